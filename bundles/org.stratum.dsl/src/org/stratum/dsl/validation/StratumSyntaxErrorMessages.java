package org.stratum.dsl.validation;

import java.util.Locale;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Parser messages in the user's words: the grammar's token names ({@code RULE_NUMBER}, {@code EOF}) become
 * what they stand for, and characters that do not show (a NUL byte, a tab) are named instead of printed raw.
 */
public class StratumSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage message = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(plain(message.getMessage()), message.getIssueCode(), message.getIssueData());
	}

	/** The message with token names replaced and invisible characters named. */
	static String plain(String message) {
		if (message == null) {
			return "the text cannot be read here";
		}
		return visible(message.replace("RULE_NUMBER", "a number").replace("RULE_ID", "a name").replace("RULE_STRING", "a quoted text")
				.replace("RULE_ANY_OTHER", "a symbol").replaceAll("<EOF>|\\bEOF\\b", "the end of the file"));
	}

	/** Text with characters that do not show named ("a NUL character") instead of printed raw. */
	public static String visible(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (c == '\n' || c == '\r' || c == '\t') {
				out.append(' ');
			} else if (Character.isISOControl(c) || Character.getType(c) == Character.UNASSIGNED) {
				out.append(c == 0 ? "a NUL character" : String.format(Locale.ROOT, "the invisible character U+%04X", c));
			} else {
				out.appendCodePoint(c);
			}
		});
		return out.toString().replace("'a NUL character'", "a NUL character").replaceAll("'(the invisible character U\\+[0-9A-F]{4})'", "$1");
	}
}
