package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux product archive as a user receives it: it unpacks into one {@code stratum/} folder holding
 * an executable {@code stratum} launcher, the workbench bundles, and a p2 repository an Eclipse IDE can
 * install from; and the launcher, called from elsewhere through a link, opens the Stratum workbench.
 */
public class ProductArchiveTest {

	@TempDir
	static Path unpacked;

	static Path home;

	@BeforeAll
	static void unpack() throws Exception {
		home = Product.home();
	}

	@Test
	public void archiveHoldsAnExecutableLauncherScript() throws IOException {
		Path launcher = home.resolve("stratum");
		assertTrue(Files.isRegularFile(launcher), "no launcher script " + launcher);
		assertTrue(Files.getPosixFilePermissions(launcher).contains(PosixFilePermission.OWNER_EXECUTE),
				"the launcher script is not executable");
		assertTrue(Files.readString(launcher).startsWith("#!/usr/bin/env bash"));
	}

	@Test
	public void archiveHoldsTheWorkbenchBundles() throws IOException {
		for (String prefix : List.of("org.eclipse.equinox.launcher_", "org.stratum.app_", "org.stratum.ui_",
				"org.eclipse.swt.gtk.linux.x86_64_", "org.eclipse.ui.navigator.resources_",
				// the console's ANSI preference page sits under Run/Debug > Console, which the debug UI contributes
				"org.eclipse.debug.ui_", "org.eclipse.swtchart_")) {
			try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
				assertTrue(plugins.anyMatch(p -> p.getFileName().toString().startsWith(prefix)),
						"no bundle " + prefix + "* in the product");
			}
		}
		String config = Files.readString(home.resolve("configuration/config.ini"));
		assertTrue(config.contains("eclipse.product=org.stratum.app.product"), config);
		assertTrue(config.contains("eclipse.application=org.stratum.app.application"), config);
	}

	@Test
	public void archiveHoldsAP2RepositoryWithTheStratumFeature() throws Exception {
		Path repository = home.resolve("repository");
		assertTrue(Files.isRegularFile(repository.resolve("artifacts.jar"))
				|| Files.isRegularFile(repository.resolve("artifacts.xml.xz")), "no p2 artifact index in " + repository);
		Path content = repository.resolve("content.jar");
		assertTrue(Files.isRegularFile(content), "no p2 metadata (content.jar) in " + repository);
		try (Stream<Path> features = Files.list(repository.resolve("features"))) {
			assertTrue(features.anyMatch(p -> p.getFileName().toString().startsWith("org.stratum.feature_")),
					"the p2 repository lacks org.stratum.feature");
		}
		String metadata = run(List.of("unzip", "-p", content.toString(), "content.xml"), unpacked, 60);
		assertTrue(metadata.contains("org.stratum.feature.feature.group"), "Stratum feature group not in content.xml");
		assertTrue(metadata.contains("name='org.eclipse.equinox.p2.type.category' value='true'"),
				"no category: Install New Software would show nothing unless 'Group items by category' is off");
	}

	@Test
	public void launcherOpensTheStratumWorkbenchFromAnyFolder() throws Exception {
		if (System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
			fail("this test starts the workbench and needs a display: run it under xvfb-run");
		}
		Path elsewhere = Files.createDirectories(unpacked.resolve("elsewhere/bin"));
		Path link = elsewhere.resolve("stratum");
		Files.createSymbolicLink(link, home.resolve("stratum"));
		Path smoke = unpacked.resolve("smoke");
		Path workspace = unpacked.resolve("workspace");

		ProcessBuilder builder = new ProcessBuilder(link.toString(), "-data", workspace.toString(), "-consoleLog")
				.directory(elsewhere.getParent().toFile()).redirectErrorStream(true)
				.redirectOutput(unpacked.resolve("workbench.log").toFile());
		builder.environment().put("STRATUM_VM_ARGS", "-Dstratum.smoke=" + smoke);
		Process process = builder.start();
		if (!process.waitFor(240, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			fail("the workbench did not close itself within 240 s; log:\n" + log());
		}
		assertEquals(0, process.exitValue(), () -> "the workbench exited with " + process.exitValue() + "; log:\n" + log());

		Path report = smoke.resolve("workbench.txt");
		assertTrue(Files.isRegularFile(report), () -> "the workbench wrote no report; log:\n" + log());
		List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
		assertTrue(lines.contains("title=Stratum"), lines::toString);
		assertTrue(lines.contains("perspective=org.stratum.ui.perspective"), lines::toString);
		for (String view : List.of("org.eclipse.ui.navigator.ProjectExplorer", "org.eclipse.ui.views.ProblemView",
				"org.eclipse.ui.views.PropertySheet", "org.eclipse.ui.views.ContentOutline",
				"org.eclipse.ui.console.ConsoleView", "org.stratum.ui.views.simulationResults")) {
			assertTrue(lines.contains("view=" + view), () -> "no view " + view + " in " + lines);
		}
		assertTrue(Files.isDirectory(workspace.resolve(".metadata")), "-data was not used as the workspace");
		String log = log();
		assertFalse(log.contains("!ENTRY") && log.contains("!SEVERITY 4") || log.contains("Exception"),
				"the workbench logged errors:\n" + log);

		Path screenshots = Files.createDirectories(Path.of(System.getProperty("stratum.screenshots", "target/screenshots")));
		Files.copy(smoke.resolve("workbench.png"), screenshots.resolve("product-workbench.png"),
				StandardCopyOption.REPLACE_EXISTING);
		assertTrue(Files.size(smoke.resolve("workbench.png")) > 10_000, "the screenshot is suspiciously small");
	}

	@Test
	public void launcherNamesWhatIsMissingWithoutADisplay() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(home.resolve("stratum").toString()).redirectErrorStream(true);
		builder.environment().remove("DISPLAY");
		builder.environment().remove("WAYLAND_DISPLAY");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS));
		assertEquals(2, process.exitValue(), output);
		assertTrue(output.contains("no display"), output);
	}

	private static String log() {
		Path log = unpacked.resolve("workbench.log");
		try {
			return Files.exists(log) ? Files.readString(log) : "(no log)";
		} catch (IOException e) {
			return "(log unreadable: " + e + ")";
		}
	}

	private static String run(List<String> command, Path dir, int seconds) throws Exception {
		return Product.run(command, dir, seconds);
	}
}
