package org.stratum.ui.help;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of Stratum's help pages as the markup of a forms {@code FormText}: headings, paragraphs, bullet and
 * numbered lists, tables (a line per row), code blocks, inline code, bold and links. The help files use no more of
 * Markdown than this; the same files read well on the web.
 */
public final class MarkdownFormText {

	/** Fonts the markup names; the view registers them on its FormText. */
	public static final String HEADER = "header";
	public static final String CODE = "code";

	private static final Pattern INLINE = Pattern.compile("`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^)]+)\\)");

	private MarkdownFormText() {
	}

	/** The {@code <form>...</form>} text of a Markdown page. */
	public static String convert(String markdown) {
		StringBuilder out = new StringBuilder("<form>");
		StringBuilder paragraph = new StringBuilder();
		boolean code = false;
		boolean inTable = false;
		for (String raw : markdown.split("\r?\n", -1)) {
			String line = raw.strip();
			if (line.startsWith("```")) {
				flush(out, paragraph);
				out.append(code ? "</p>" : "<p>");
				code = !code;
				continue;
			}
			if (code) {
				out.append("<span font=\"").append(CODE).append("\">").append(escape(raw.isEmpty() ? " " : raw)).append("</span><br/>");
				continue;
			}
			if (line.isEmpty()) {
				flush(out, paragraph);
				inTable = false;
				continue;
			}
			if (line.startsWith("#")) {
				flush(out, paragraph);
				out.append("<p><span font=\"").append(HEADER).append("\">").append(escape(line.replaceFirst("^#+\\s*", "").replace("`", ""))).append("</span></p>");
			} else if (line.startsWith("- ")) {
				flush(out, paragraph);
				out.append("<li>").append(inline(line.substring(2))).append("</li>");
			} else if (line.matches("\\d+\\.\\s.*")) {
				flush(out, paragraph);
				String number = line.substring(0, line.indexOf('.') + 1);
				out.append("<li style=\"text\" value=\"").append(number).append("\">").append(inline(line.substring(number.length()).strip())).append("</li>");
			} else if (line.startsWith("|")) {
				flush(out, paragraph);
				String[] cells = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|");
				if (cells.length > 0 && cells[0].strip().matches("-+")) {
					continue; // the header's underline
				}
				if (!inTable) {
					inTable = true; // the first row names the columns: it reads as a heading line
					out.append("<p><b>").append(inline(String.join(" / ", trimmed(cells)))).append("</b></p>");
					continue;
				}
				String[] t = trimmed(cells);
				out.append("<li>").append(inline(t[0]));
				for (int k = 1; k < t.length; k++) {
					out.append(k == 1 ? ": " : "; ").append(inline(t[k]));
				}
				out.append("</li>");
			} else {
				paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
			}
		}
		flush(out, paragraph);
		if (code) {
			out.append("</p>");
		}
		return out.append("</form>").toString();
	}

	private static String[] trimmed(String[] cells) {
		String[] t = new String[cells.length];
		for (int k = 0; k < cells.length; k++) {
			t[k] = cells[k].strip();
		}
		return t;
	}

	private static void flush(StringBuilder out, StringBuilder paragraph) {
		if (paragraph.length() > 0) {
			out.append("<p>").append(inline(paragraph.toString())).append("</p>");
			paragraph.setLength(0);
		}
	}

	/** Inline code, bold and links of one line of text, the rest escaped. */
	static String inline(String text) {
		StringBuilder s = new StringBuilder();
		Matcher m = INLINE.matcher(text);
		int at = 0;
		while (m.find()) {
			s.append(escape(text.substring(at, m.start())));
			if (m.group(1) != null) {
				s.append("<span font=\"").append(CODE).append("\">").append(escape(m.group(1))).append("</span>");
			} else if (m.group(2) != null) {
				s.append("<b>").append(escape(m.group(2))).append("</b>");
			} else {
				s.append("<a href=\"").append(escape(m.group(4))).append("\">").append(escape(m.group(3))).append("</a>");
			}
			at = m.end();
		}
		return s.append(escape(text.substring(at))).toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
