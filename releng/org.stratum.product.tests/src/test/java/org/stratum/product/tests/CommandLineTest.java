package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.product.tests.InstalledStratum.Result;

/**
 * The installed {@code stratum} command line, without a display: help, validate (exit codes and
 * file:line:col messages), validate-model, a user's Maven build and the language server driven over stdin/stdout
 * ({@code stratum run}: {@link RunCommandTest}).
 */
public class CommandLineTest {

	@TempDir
	Path dir;

	private Result stratum(String... args) throws Exception {
		return InstalledStratum.run(dir, null, args);
	}

	private static Path examples() {
		return InstalledStratum.examples();
	}

	@Test
	public void helpListsCommandsAndExitCodes() throws Exception {
		Result r = stratum("--help");
		assertEquals(0, r.exit(), r.err());
		assertTrue(r.out().contains("validate") && r.out().contains("lsp"), r.out());
		assertTrue(r.out().contains("Exit codes"), r.out());
	}

	@Test
	public void validateModelPrintsTheValidationTableWithItsCalibratedConstantsAndWritesItsRowsAsJson() throws Exception {
		Path report = dir.resolve("validation.md");
		// the front model's rows (about 50 runs of the 2-D model) are left out: they take minutes, not the seconds of a test
		Result r = stratum("validate-model", examples().toString(), "--out", report.toString(), "--no-front");
		assertEquals(0, r.exit(), r.out() + r.err());
		String table = Files.readString(report);
		assertEquals(r.out().strip(), table.strip(), "--out writes what is printed");
		assertTrue(table.startsWith("| case | quantity | measured | predicted | ratio or agreement | failure | role |"), table);
		for (String row : List.of("| 000 SC-nano 20LLZTO | CCD / mA cm-2 | >= 20", "| 003 bare LATP | R_int after 400 h / Ohm | 4.08e+03 |",
				"| 003 CuF2 15 um LFP full cell | mean Coulombic efficiency / % | > 99.5 |", "| 002 LPSC1.0 | CCD / mA cm-2 | withheld |",
				"| 002 LPSC1.0-73 (0.01 mA/cm2 ramp, finer than the paper's) | CCD / mA cm-2 | withheld | 0.760 |",
				"| 002 LPSC1.0-82 in-situ EIS | R_int after cycle 20 / Ohm | withheld |", "| 004 Li@LiAlO2 LCO full cell 0.1C cycling | capacity retention after 96 cycles / % | withheld |",
				"| LATP mixed-conducting interphase growth k |", "| Li6PS5Cl interphase parabolic growth k (upper bound) |",
				"| PVDF/LiTFSI/LiNO3 coating ionic conductivity (25 degC) |", "- Seed 000: Kendall's tau", "- Seed 004: ")) {
			assertTrue(table.contains(row), "no row " + row + " in\n" + table);
		}
		assertTrue(table.lines().filter(l -> l.contains("| blind prediction")).allMatch(l -> l.contains("| withheld |") || l.contains("| no number")),
				"blind cases show no measurement");
		assertTrue(table.lines().noneMatch(l -> l.contains("NaN")), "no NaN in the report");
		assertTrue(!table.contains("## Front model"), "--no-front leaves the front rows out");
		// the same rows as JSON beside the Markdown: blind ones with a null measurement and a prediction
		String json = Files.readString(dir.resolve("validation.json"));
		java.util.regex.Matcher record = java.util.regex.Pattern.compile("\\{[^{}]*\"role\": \"blind prediction\"[^{}]*\\}").matcher(json);
		int blind = 0;
		while (record.find()) {
			blind++;
			assertTrue(record.group().contains("\"measured\": null"), record.group());
			assertTrue(record.group().contains("\"failure\": "), record.group());
		}
		assertTrue(blind > 100, "every blind quantity has a record: " + blind);
		assertTrue(json.contains("\"kendall_tau\": 1.0"), "seed 000's ranking comes out as measured:\n" + json.substring(json.indexOf("\"seeds\"")));
	}

	@Test
	public void validateLocatesStackProblemsAtTheirElement() throws Exception {
		Path source = examples().resolve("seed-003/sym-cuf2-15um-latp.stack");
		List<String> lines = new ArrayList<>(Files.readAllLines(source));
		int line = 0;
		for (int k = 0; k < lines.size(); k++) {
			if (lines.get(k).contains("name=\"LATP pellet\"")) {
				lines.set(k, lines.get(k).replace("thickness=\"1 mm\"", "thickness=\"20 mAh/cm2\""));
				line = k + 1;
			}
		}
		assertTrue(line > 1, "the example changed: no LATP pellet line");
		Path bad = dir.resolve("bad.stack");
		Files.write(bad, lines);
		Result r = stratum("validate", bad.toString());
		assertEquals(1, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains(bad + ":" + line + ":1: error: layer 'LATP pellet' (SolidElectrolyte): thickness '20 mAh/cm2' has the wrong unit"),
				r.out());
	}

	@Test
	public void validateAcceptsTheSeedExamples() throws Exception {
		Result r = stratum("validate", examples().toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.err().contains("0 error(s)"), r.err());
		assertTrue(r.err().matches("(?s).*\\b(5[0-9]|[6-9][0-9]) file\\(s\\) checked.*"), r.err());
	}

	@Test
	public void validateReportsErrorsWithFileLineAndColumn() throws Exception {
		Path bad = dir.resolve("bad.stratum");
		Files.writeString(bad, "protocol P {\n\tsign plating positive;\n\tplate at 2 mAh/cm2 for 1 h;\n}\n");
		Result r = stratum("validate", bad.toString());
		assertEquals(1, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains(bad + ":3:13: error: expected a current density such as mA/cm2, got an areal capacity ('mAh/cm2')"), r.out());
		Result missing = stratum("validate", dir.resolve("nothing.stratum").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("no such file or folder"), missing.err());
	}

	@Test
	public void aUsersMavenBuildFailsOnABrokenFile() throws Exception {
		Path project = dir.resolve("ci-project");
		copy(examples().resolve("ci-project"), project);
		Path mvnw = examples().getParent().resolve("mvnw");
		List<String> build = List.of(mvnw.toString(), "-B", "-q", "-f", project.resolve("pom.xml").toString(), "verify");
		ProcessBuilder ok = new ProcessBuilder(build).directory(project.toFile()).redirectErrorStream(true);
		ok.environment().put("STRATUM_HOME", Product.home().toString());
		Process good = ok.start();
		String goodOutput = new String(good.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(good.waitFor(300, TimeUnit.SECONDS));
		assertEquals(0, good.exitValue(), goodOutput);

		Path study = project.resolve("cells/screening.stratum");
		Files.writeString(study, Files.readString(study).replace("start 0.5 mA/cm2", "start 0.5 mAh/cm2"));
		Process bad = ok.start();
		String badOutput = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(bad.waitFor(300, TimeUnit.SECONDS));
		assertTrue(bad.exitValue() != 0, "the build passed a broken file:\n" + badOutput);
		assertTrue(badOutput.contains("screening.stratum:10:") && badOutput.contains("expected a current density"), badOutput);
	}

	@Test
	public void aUsersMavenBuildFailsOnAFailedExpectation() throws Exception {
		Path project = dir.resolve("ci-project");
		copy(examples().resolve("ci-project"), project);
		Path study = project.resolve("cells/screening.stratum");
		// the team's model no longer gives what they expect of it: the 15 um cell must now reach 50 mA/cm2
		String text = Files.readString(study);
		int ccd15 = text.indexOf("simulation Ccd15");
		Files.writeString(study, text.substring(0, ccd15) + text.substring(ccd15).replace(">= 5 mA/cm2", ">= 50 mA/cm2"));
		ProcessBuilder build = new ProcessBuilder(examples().getParent().resolve("mvnw").toString(), "-B", "-q", "-f", project.resolve("pom.xml").toString(),
				"verify").directory(project.toFile()).redirectErrorStream(true);
		build.environment().put("STRATUM_HOME", Product.home().toString());
		Process p = build.start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(300, TimeUnit.SECONDS));
		assertTrue(p.exitValue() != 0, "the build passed a failed expectation:\n" + output);
		assertTrue(output.contains("expect critical_current_density >= 50 mA/cm2: failed ("), output);
		assertTrue(output.contains("expect critical_current_density >= 5 mA/cm2: passed ("), "the other simulation's expectation is still shown: " + output);
		assertTrue(output.contains("1 of 1 expectations of Ccd15 failed"), output);
		String summary = Files.readString(project.resolve("target/stratum-results/Ccd15/summary.json"));
		assertTrue(summary.contains("\"expectation\": \"expect critical_current_density >= 50 mA/cm2\"") && summary.contains("\"result\": \"failed\""),
				"the run's summary keeps the verdict: " + summary);
	}

	private static void copy(Path from, Path to) throws Exception {
		try (var walk = Files.walk(from)) {
			for (Path p : walk.toList()) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				} else if (!p.toString().contains("/target/")) {
					Files.copy(p, target);
				}
			}
		}
	}

	@Test
	public void languageServerAnswersOverStdio() throws Exception {
		Path workspace = Files.createDirectories(dir.resolve("lsp"));
		Process server = new ProcessBuilder(Product.home().resolve("stratum").toString(), "lsp").directory(workspace.toFile())
				.redirectError(dir.resolve("lsp-err.txt").toFile()).start();
		try {
			OutputStream in = server.getOutputStream();
			InputStream out = server.getInputStream();
			String uri = workspace.resolve("test.stratum").toUri().toString();
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
					+ workspace.toUri() + "\",\"capabilities\":{}}}");
			String init = awaitMessage(out, "\"id\":1");
			assertTrue(init.contains("completionProvider"), init);
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			String text = "protocol P {\\n\\tsign plating positive;\\n\\tplate at 2 mAh/cm2 for 1 h;\\n\\tstrip at 3 \\n}\\n";
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\",\"languageId\":\"stratum\",\"version\":1,\"text\":\"" + text + "\"}}}");
			String diagnostics = awaitMessage(out, "textDocument/publishDiagnostics");
			assertTrue(diagnostics.contains("expected a current density"), diagnostics);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\"},\"position\":{\"line\":3,\"character\":1}}}");
			String completion = awaitMessage(out, "\"id\":2");
			assertTrue(completion.contains("\"label\":\"plate\"") && completion.contains("\"label\":\"ccd\""), completion);

			send(in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\"},\"position\":{\"line\":3,\"character\":12}}}");
			String units = awaitMessage(out, "\"id\":4");
			assertTrue(units.contains("\"label\":\"mA/cm2\""), units);

			// a stack declaration is offered the .stack files below the file's folder
			Files.createDirectories(workspace.resolve("cells"));
			Files.copy(examples().resolve("seed-000/sym-bare.stack"), workspace.resolve("cells/bare.stack"));
			String stacksUri = workspace.resolve("stacks.stratum").toUri().toString();
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"" + stacksUri
					+ "\",\"languageId\":\"stratum\",\"version\":1,\"text\":\"stack S = \"}}}");
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"" + stacksUri
					+ "\"},\"position\":{\"line\":0,\"character\":10}}}");
			String files = awaitMessage(out, "\"id\":7");
			assertTrue(files.contains("cells/bare.stack"), files);

			send(in, "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\"},\"position\":{\"line\":2,\"character\":13}}}");
			String hover = awaitMessage(out, "\"id\":5");
			assertTrue(hover.contains("72000"), "hover shows no SI value: " + hover);

			String diagnosticArray = diagnostics.substring(diagnostics.indexOf("\"diagnostics\":") + 14, diagnostics.lastIndexOf("]") + 1);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"" + uri
					+ "\"},\"range\":{\"start\":{\"line\":2,\"character\":12},\"end\":{\"line\":2,\"character\":19}},\"context\":{\"diagnostics\":"
					+ diagnosticArray + "}}}");
			String actions = awaitMessage(out, "\"id\":6");
			assertTrue(actions.contains("Change unit to mA/cm2") && actions.contains("\"newText\":\"mA/cm2\""), actions);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\",\"params\":null}");
			awaitMessage(out, "\"id\":3");
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\",\"params\":null}");
			assertTrue(server.waitFor(30, TimeUnit.SECONDS), "the server did not exit");
		} finally {
			server.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String json) throws Exception {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** Reads framed messages until one contains the marker (60 s at most). */
	private static String awaitMessage(InputStream out, String marker) throws Exception {
		long end = System.currentTimeMillis() + 60_000;
		StringBuilder seen = new StringBuilder();
		while (System.currentTimeMillis() < end) {
			String message = read(out);
			if (message.contains(marker)) {
				return message;
			}
			seen.append(message).append('\n');
		}
		throw new AssertionError("no message with " + marker + "; got:\n" + seen);
	}

	private static String read(InputStream out) throws Exception {
		int length = -1;
		StringBuilder header = new StringBuilder();
		while (true) {
			int c = out.read();
			if (c < 0) {
				throw new AssertionError("the server closed its output");
			}
			header.append((char) c);
			if (header.toString().endsWith("\r\n\r\n")) {
				for (String line : header.toString().split("\r\n")) {
					if (line.startsWith("Content-Length:")) {
						length = Integer.parseInt(line.substring(15).trim());
					}
				}
				break;
			}
		}
		return new String(out.readNBytes(length), StandardCharsets.UTF_8);
	}
}
