package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10 000 damaged variants of the examples, made the way real damage looks (tokens deleted, duplicated,
 * reversed and replaced; NUL bytes; huge numbers; stray units and brackets) while comments and layout stay
 * as written: the parser and validator must only ever report problems a user can act on. A check that throws
 * on a partial parse tree ("Error executing EValidator"), any error logged, a problem without a position
 * (0:0), Java names in a message or an unprintable character in it fail the test.
 */
public class FuzzTest {

	private static final int MUTATIONS = 10_000;
	/** A token with the white space before it, so that joining the tokens gives the text back. */
	private static final Pattern TOKEN = Pattern.compile(
			"\\s*(//[^\\n]*|/\\*.*?\\*/|\"[^\"]*\"|[A-Za-z_][A-Za-z_0-9]*|\\d+(\\.\\d+)?([eE][-+]?\\d+)?|\\S)", Pattern.DOTALL);
	private static final String[] INSERTS = { "mAh/cm2", "mA/cm2", "V", "h", "degC", "MPa", "um", "Hz", "C", "xyz", "/", "%", "1/0", "{", "}",
			";", ",", "(", ")", "\u0000" };
	private static final String[] NUMBERS = { "1e308", "1e999", "-0", "0", "99999999999999999999", "1e-320", "NaN", "-1e308" };
	private static final Pattern INTERNAL = Pattern.compile("Exception|Error executing|RULE_|org\\.eclipse|org\\.stratum|java\\.|\\p{Cntrl}");

	@TempDir
	Path dir;

	/** Collects what is logged at ERROR or worse while the mutants are checked. */
	private static final class Errors extends AppenderSkeleton {
		final List<String> logged = Collections.synchronizedList(new ArrayList<>());

		@Override
		protected void append(LoggingEvent event) {
			if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
				logged.add(event.getRenderedMessage() + (event.getThrowableInformation() != null ? ": " + event.getThrowableInformation().getThrowable() : ""));
			}
		}

		@Override
		public void close() {
			// nothing held
		}

		@Override
		public boolean requiresLayout() {
			return false;
		}
	}

	@Test
	public void damagedInputOnlyGivesProblemsAUserCanActOn() throws Exception {
		Dsl.copyExamples(dir);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(p -> p.toString().endsWith(".stratum")).toList();
		}
		List<List<String>> sources = new ArrayList<>();
		List<Dsl> languages = new ArrayList<>();
		for (Path f : files) {
			List<String> tokens = tokens(Files.readString(f));
			assertTrue(String.join("", tokens).equals(Files.readString(f).stripTrailing()), "tokens give " + f + " back");
			sources.add(tokens);
			languages.add(new Dsl(f.getParent()));
		}
		Errors errors = new Errors();
		Logger.getRootLogger().addAppender(errors);
		Random random = new Random(20261202L);
		int withProblems = 0;
		try {
			for (int i = 0; i < MUTATIONS; i++) {
				int which = random.nextInt(files.size());
				String text = mutate(new ArrayList<>(sources.get(which)), random);
				Dsl dsl = languages.get(which);
				List<Issue> issues;
				try {
					XtextResource resource = dsl.load("fuzz.stratum", text);
					issues = Dsl.validate(resource);
				} catch (RuntimeException | StackOverflowError e) {
					throw new AssertionError("mutation " + i + " threw " + e + " on:\n" + text, e);
				}
				if (!issues.isEmpty()) {
					withProblems++;
				}
				for (Issue issue : issues) {
					boolean placed = issue.getLineNumber() != null && issue.getLineNumber() >= 1 && issue.getColumn() != null && issue.getColumn() >= 1;
					assertTrue(placed, "mutation " + i + ": a problem without a position: " + issue + "\n" + text);
					assertTrue(!INTERNAL.matcher(issue.getMessage()).find(), "mutation " + i + ": internals in '" + issue.getMessage() + "' on:\n" + text);
				}
				assertTrue(errors.logged.isEmpty(), "mutation " + i + " logged " + errors.logged + " on:\n" + text);
			}
		} finally {
			Logger.getRootLogger().removeAppender(errors);
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
			switch (random.nextInt(7)) {
			case 0 -> tokens.remove(at);
			case 1 -> tokens.add(at, tokens.get(at));
			case 2 -> Collections.reverse(tokens.subList(at, Math.min(tokens.size(), at + 2 + random.nextInt(5))));
			case 3 -> tokens.set(at, tokens.get(random.nextInt(tokens.size())));
			case 4 -> tokens.set(at, " " + randomBytes(random));
			case 5 -> tokens.set(at, " " + NUMBERS[random.nextInt(NUMBERS.length)]);
			default -> tokens.add(at, " " + INSERTS[random.nextInt(INSERTS.length)]);
			}
		}
		return String.join("", tokens);
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
