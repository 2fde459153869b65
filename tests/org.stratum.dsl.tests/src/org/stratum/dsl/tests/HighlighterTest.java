package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.dsl.ide.highlighting.StratumHighlighter;
import org.stratum.dsl.ide.highlighting.StyledRange;
import org.stratum.dsl.ide.highlighting.TokenStyle;
import org.stratum.examples.Examples;

/** One colouring of .stratum text: whole tokens only, names never coloured as keywords, the same on every call. */
public class HighlighterTest {

	private static final StratumHighlighter HIGHLIGHTER = Dsl.INJECTOR.getInstance(StratumHighlighter.class);

	private static final String TEXT = """
			// stack in a comment
			stack ScNano = "sym-sc-nano20-llzto.stack";
			stack Ccd000 = ScNano with interlayer.fraction of LLZTO-nano = 28.5 wt%, cell.temperature = 25 degC;
			protocol P { cccv charge at 1C to 4.3 V until current < C/20; label again; goto again if cycle < 5; }
			simulation S { cell Ccd000; protocol P; outputs voltage, capacity; }
			""";

	/** The style of the first occurrence of a word (after the given prefix), or null where it is plain. */
	private static TokenStyle styleAt(List<StyledRange> ranges, String text, String context, String word) {
		int at = text.indexOf(context) + context.indexOf(word);
		for (StyledRange r : ranges) {
			if (r.offset() <= at && at < r.end()) {
				assertTrue(r.offset() <= at && at + word.length() <= r.end(), word + " is split across styles: " + r);
				return r.style();
			}
		}
		return null;
	}

	@Test
	void keywordsAreWholeTokensUsedAsKeywords() {
		List<StyledRange> ranges = HIGHLIGHTER.highlight(TEXT);
		assertEquals(TokenStyle.COMMENT, styleAt(ranges, TEXT, "// stack", "stack"));
		assertEquals(TokenStyle.KEYWORD, styleAt(ranges, TEXT, "stack ScNano", "stack"));
		assertEquals(TokenStyle.STRING, styleAt(ranges, TEXT, "\"sym-sc-nano20-llzto.stack\"", "stack"));
		assertEquals(TokenStyle.DECLARATION, styleAt(ranges, TEXT, "stack Ccd000", "Ccd000"));
		assertEquals(TokenStyle.REFERENCE, styleAt(ranges, TEXT, "of LLZTO-nano", "LLZTO-nano"));
		assertEquals(null, styleAt(ranges, TEXT, "cell.temperature", "temperature"), "a property named like a keyword");
		assertEquals(TokenStyle.UNIT, styleAt(ranges, TEXT, "25 degC", "degC"));
		assertEquals(TokenStyle.NUMBER, styleAt(ranges, TEXT, "28.5 wt%", "28.5"));
		assertEquals(TokenStyle.UNIT, styleAt(ranges, TEXT, "1C", "C"));
		assertEquals(TokenStyle.KEYWORD, styleAt(ranges, TEXT, "4.3 V until", "until"));
		assertEquals(TokenStyle.KEYWORD, styleAt(ranges, TEXT, " to 4.3", "to"));
		assertEquals(TokenStyle.UNIT, styleAt(ranges, TEXT, "C/20", "C"));
		assertEquals(TokenStyle.DECLARATION, styleAt(ranges, TEXT, "label again", "again"));
		assertEquals(TokenStyle.REFERENCE, styleAt(ranges, TEXT, "goto again", "again"));
		assertEquals(TokenStyle.REFERENCE, styleAt(ranges, TEXT, "cell Ccd000", "Ccd000"));
		assertEquals(null, styleAt(ranges, TEXT, "outputs voltage", "voltage"), "an output named like a keyword");
	}

	/** No keyword colour lands inside another token, in every shipped file; and colouring does not depend on history. */
	@Test
	void shippedFilesHaveNoKeywordInsideAWord() throws IOException {
		for (String path : Examples.all()) {
			if (!path.endsWith(".stratum")) {
				continue;
			}
			String text;
			try (InputStream in = Examples.open(path)) {
				text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			List<StyledRange> ranges = HIGHLIGHTER.highlight(text);
			for (StyledRange r : ranges) {
				if (r.style() == TokenStyle.KEYWORD || r.style() == TokenStyle.NUMBER) {
					boolean before = r.offset() > 0 && Character.isLetterOrDigit(text.charAt(r.offset() - 1));
					boolean after = r.end() < text.length() && Character.isLetter(text.charAt(r.end()));
					assertTrue(!before && !(after && r.style() == TokenStyle.KEYWORD),
							path + ": " + r.style() + " inside a word at '" + text.substring(Math.max(0, r.offset() - 5), Math.min(text.length(), r.end() + 5)) + "'");
				}
			}
			assertEquals(ranges, HIGHLIGHTER.highlight(text), path);
		}
	}

	/** Half-typed text is coloured by the same rules: tokens stay whole while the parse fails. */
	@Test
	void brokenTextKeepsWholeTokens() {
		String broken = "stack Ccd000 = \"a stack\" with interlayer.thickness = ;\nprotocol P { plate at 2 mA/cm2 for";
		List<StyledRange> ranges = HIGHLIGHTER.highlight(broken);
		assertEquals(TokenStyle.STRING, styleAt(ranges, broken, "\"a stack\"", "stack"));
		assertEquals(TokenStyle.KEYWORD, styleAt(ranges, broken, "plate at", "plate"));
		assertEquals(TokenStyle.NUMBER, styleAt(ranges, broken, "2 mA", "2"));
		assertEquals(styleAt(ranges, broken, "Ccd000", "Ccd"), styleAt(ranges, broken, "Ccd000", "000"), "a name is one token");
	}
}
