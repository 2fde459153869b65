package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.Test;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StackFileProblems;
import org.stratum.model.resource.StackFileProblems.Problem;
import org.stratum.model.resource.StackFileProblems.Severity;

/**
 * Broken .stack files are reported as their author should read them: at a line and column, in plain words,
 * never as parser internals; 2 000 mutants of the examples (cut, duplicated and deleted text, NUL bytes,
 * doubled units, huge and non-numbers, stray markup) never throw and never leak Java.
 */
public class StackFileProblemsTest {

	private static final Pattern INTERNAL = Pattern.compile("Exception|SAXParse|publicId|is not legal|org\\.eclipse|org\\.stratum|java\\.|\\p{Cntrl}");

	private static String example(String path) throws Exception {
		try (InputStream in = Examples.open(path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static List<Problem> check(String text) {
		return StackFileProblems.of(URI.createURI("memory:/test/cell.stack"), text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	public void everyShippedStackHasNoError() throws Exception {
		for (String path : Examples.list("stack")) {
			List<Problem> problems = check(example(path));
			assertTrue(problems.stream().noneMatch(p -> p.severity() == Severity.ERROR), path + ": " + problems);
		}
	}

	@Test
	public void brokenXmlIsOneProblemWhereItBreaks() throws Exception {
		String text = example("seed-000/sym-bare.stack");
		List<Problem> cut = check(text.substring(0, text.indexOf("<fabrication")));
		assertEquals(1, cut.size(), cut.toString());
		assertTrue(cut.get(0).message().contains("an element is not closed"), cut.toString());

		List<Problem> trailing = check(text + "trailing text\n");
		assertEquals(1, trailing.size(), trailing.toString());
		assertTrue(trailing.get(0).message().startsWith("text after the end of the root element"), trailing.toString());
		assertEquals(text.lines().count() + 1, trailing.get(0).line(), "at the line of the stray text");

		List<Problem> nul = check(text.replaceFirst("name=\"", "name=\"\u0000"));
		assertTrue(nul.get(0).message().startsWith("a NUL character"), nul.toString());
		assertEquals(2, nul.get(0).line());
	}

	@Test
	public void aQuantityThatDoesNotReadNamesItsAttributeAndWhatIsExpected() throws Exception {
		String text = example("seed-000/sym-bare.stack");
		int line = 0;
		List<String> lines = new ArrayList<>(text.lines().toList());
		for (int k = 0; k < lines.size(); k++) {
			if (lines.get(k).contains("thickness=\"")) {
				lines.set(k, lines.get(k).replaceFirst("thickness=\"([^\"]*) (\\w+)\"", "thickness=\"$1 $2$2\""));
				line = k + 1;
				break;
			}
		}
		List<Problem> problems = check(String.join("\n", lines) + "\n");
		assertEquals(1, problems.size(), "the half-read cell's rules are not checked: " + problems);
		Problem p = problems.get(0);
		assertEquals(line, p.line());
		assertTrue(p.column() > 1);
		assertTrue(p.message().startsWith("thickness: ") && p.message().contains("umum"), p.message());

		List<Problem> kind = check(text.replace("kind=\"symmetric\"", "kind=\"symetric\""));
		assertTrue(kind.get(0).message().startsWith("kind=\"symetric\" is not one of symmetric, "), kind.toString());
	}

	@Test
	public void mutantsGiveOnlyPlainPlacedProblems() throws Exception {
		List<String> paths = Examples.list("stack");
		List<String> texts = new ArrayList<>();
		for (String path : paths) {
			texts.add(example(path));
		}
		Random random = new Random(20261202L);
		int reported = 0;
		for (int i = 0; i < 2000; i++) {
			String text = mutate(texts.get(random.nextInt(texts.size())), random);
			List<Problem> problems;
			try {
				problems = check(text);
			} catch (RuntimeException | StackOverflowError e) {
				throw new AssertionError("mutant " + i + " threw " + e + " on:\n" + text, e);
			}
			if (!problems.isEmpty()) {
				reported++;
			}
			for (Problem p : problems) {
				assertTrue(p.line() >= 1 && p.column() >= 1, "mutant " + i + ": no position: " + p);
				assertTrue(!INTERNAL.matcher(p.message()).find(), "mutant " + i + ": internals in '" + p.message() + "' on:\n" + text);
			}
		}
		assertTrue(reported > 1000, "suspiciously few mutants were reported: " + reported);
	}

	private static String mutate(String text, Random random) {
		StringBuilder s = new StringBuilder(text);
		int edits = 1 + random.nextInt(2);
		for (int e = 0; e < edits; e++) {
			int at = random.nextInt(s.length());
			switch (random.nextInt(8)) {
			case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(10)));
			case 1 -> s.insert(at, s.substring(at, Math.min(s.length(), at + 1 + random.nextInt(30))));
			case 2 -> s.insert(at, '\u0000');
			case 3 -> replaceIn(s, Pattern.compile("\"\\d+(?:\\.\\d+)? (\\w+)\""), 1, random, m -> m + " " + m);
			case 4 -> replaceIn(s, Pattern.compile("\"(\\d+(?:\\.\\d+)?)"), 1, random,
					m -> new String[] { "1e308", "1e999", "-5", "NaN", "abc", "" }[random.nextInt(6)]);
			case 5 -> s.setLength(Math.max(1, at));
			case 6 -> s.insert(at, "<");
			default -> s.append("trailing text");
			}
		}
		return s.toString();
	}

	private static void replaceIn(StringBuilder s, Pattern pattern, int group, Random random, java.util.function.UnaryOperator<String> change) {
		Matcher m = pattern.matcher(s);
		List<int[]> found = new ArrayList<>();
		while (m.find()) {
			found.add(new int[] { m.start(group), m.end(group) });
		}
		if (!found.isEmpty()) {
			int[] at = found.get(random.nextInt(found.size()));
			s.replace(at[0], at[1], change.apply(s.substring(at[0], at[1])));
		}
	}
}
