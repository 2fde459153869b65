package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10 000 damaged variants of the examples (tokens deleted, duplicated and swapped, random bytes, huge
 * numbers, wrong units): the parser and validator must only ever report problems, never throw.
 */
public class FuzzTest {

	private static final int MUTATIONS = 10_000;
	private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|[A-Za-z_][A-Za-z_0-9]*|\\d+(\\.\\d+)?([eE][-+]?\\d+)?|\\S");
	private static final String[] UNITS = { "mAh/cm2", "mA/cm2", "V", "h", "degC", "MPa", "um", "Hz", "C", "xyz", "/", "%", "1/0" };
	private static final String[] NUMBERS = { "1e308", "1e999", "-0", "0", "99999999999999999999", "1e-320", "NaN", "-1e308" };

	@TempDir
	Path dir;

	@Test
	public void damagedInputOnlyGivesDiagnostics() throws Exception {
		Dsl.copyExamples(dir);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(p -> p.toString().endsWith(".stratum")).toList();
		}
		List<List<String>> sources = new ArrayList<>();
		List<Dsl> languages = new ArrayList<>();
		for (Path f : files) {
			sources.add(tokens(Files.readString(f)));
			languages.add(new Dsl(f.getParent()));
		}
		Random random = new Random(20261122L);
		int withProblems = 0;
		for (int i = 0; i < MUTATIONS; i++) {
			int which = random.nextInt(files.size());
			String text = mutate(new ArrayList<>(sources.get(which)), random);
			Dsl dsl = languages.get(which);
			try {
				XtextResource resource = dsl.load("fuzz.stratum", text);
				if (!resource.getErrors().isEmpty() | !Dsl.validate(resource).isEmpty()) {
					withProblems++;
				}
			} catch (RuntimeException | StackOverflowError e) {
				throw new AssertionError("mutation " + i + " threw " + e + " on:\n" + text, e);
			}
		}
		assertTrue(withProblems > MUTATIONS / 2, "suspiciously few mutations were reported: " + withProblems);
	}

	static List<String> tokens(String text) {
		List<String> out = new ArrayList<>();
		Matcher m = TOKEN.matcher(text);
		while (m.find()) {
			out.add(m.group());
		}
		return out;
	}

	static String mutate(List<String> tokens, Random random) {
		int edits = 1 + random.nextInt(3);
		for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
			int at = random.nextInt(tokens.size());
			switch (random.nextInt(6)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at));
			case 2 -> {
				int other = random.nextInt(tokens.size());
				String t = tokens.get(at);
				tokens.set(at, tokens.get(other));
				tokens.set(other, t);
			}
			case 3 -> tokens.set(at, randomBytes(random));
			case 4 -> tokens.set(at, NUMBERS[random.nextInt(NUMBERS.length)]);
			default -> tokens.add(at, UNITS[random.nextInt(UNITS.length)]);
			}
		}
		return String.join(" ", tokens);
	}

	private static String randomBytes(Random random) {
		StringBuilder s = new StringBuilder();
		int n = 1 + random.nextInt(6);
		for (int i = 0; i < n; i++) {
			s.append((char) random.nextInt(0x250));
		}
		return s.toString();
	}
}
