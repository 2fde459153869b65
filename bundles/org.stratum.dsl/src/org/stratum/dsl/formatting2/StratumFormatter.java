package org.stratum.dsl.formatting2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Quantity;

/**
 * The layout of a .stratum file, which keeps the author's choices where the layout allows several: blocks
 * indented by a tab; a block written on one line stays on one line while it fits in {@value #WIDTH} columns,
 * a block over several lines has one statement per line; the author's blank lines are kept (at most one in a
 * row, none just inside braces); comments stay where they are; single spaces between words, none before
 * {@code ; , . ] ) /} or after {@code . [ ( /} (a C-rate "C/20"), none inside units ("mA/cm2") and material ids ("LLZTO-nano").
 * Formatting a formatted file changes nothing, and the shipped examples are formatted files.
 */
public class StratumFormatter extends AbstractJavaFormatter {

	/** Longest line a one-line block may make (a tab counts as four columns). */
	public static final int WIDTH = 200;

	protected void format(Model model, IFormattableDocument doc) {
		ITextRegionAccess access = getTextRegionAccess();
		List<ISemanticRegion> tokens = new ArrayList<>();
		for (ISemanticRegion region : access.regionForRootEObject().getAllSemanticRegions()) {
			tokens.add(region);
			String compact = compactForm(region);
			if (compact != null && !compact.equals(region.getText())) {
				replace(doc, region, compact);
			}
		}
		Set<ISemanticRegion> expanded = expandedBraces(tokens);
		int depth = 0;
		boolean inExpanded = false;
		List<Boolean> open = new ArrayList<>();
		if (tokens.isEmpty()) {
			return;
		}
		IHiddenRegion leading = tokens.get(0).getPreviousHiddenRegion();
		if (leading != null && !getRequest().isFormatUndefinedHiddenRegionsOnly()) {
			replace(doc, leading, layout(leading, null, tokens.get(0), 0, false, Break.NONE));
		}
		for (int k = 0; k < tokens.size(); k++) {
			ISemanticRegion token = tokens.get(k);
			ISemanticRegion next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
			String text = token.getText();
			if (text.equals("{")) {
				boolean expand = expanded.contains(token);
				open.add(expand);
				depth++;
				inExpanded = expand;
			} else if (text.equals("}") && !open.isEmpty()) {
				open.remove(open.size() - 1);
				depth--;
				inExpanded = open.isEmpty() || open.get(open.size() - 1);
			}
			int nextDepth = next != null && next.getText().equals("}") ? depth - 1 : depth;
			Break rule;
			if (next == null) {
				rule = Break.END;
			} else if (depth == 0 && (text.equals(";") || text.equals("}")) && endsElement(token)) {
				rule = Break.BETWEEN_ELEMENTS;
			} else if (inExpanded && (text.equals("{") || text.equals(";") || text.equals("}") && !next.getText().equals(";"))
					|| next.getText().equals("}") && expanded.contains(openerOf(tokens, k + 1))) {
				rule = text.equals("{") || next.getText().equals("}") ? Break.INSIDE_BRACES : Break.STATEMENTS;
			} else {
				rule = Break.NONE;
			}
			IHiddenRegion gap = token.getNextHiddenRegion();
			if (gap == null) {
				continue;
			}
			if (getRequest().isFormatUndefinedHiddenRegionsOnly()) {
				// the serializer writing new text: only the gaps it made up are laid out, simply
				if (gap.isUndefined()) {
					boolean spaced = next != null && spaceBetween(text, next.getText());
					doc.set(gap, f -> {
						if (rule != Break.NONE) {
							f.newLine();
						} else if (spaced) {
							f.oneSpace();
						} else {
							f.noSpace();
						}
					});
				}
			} else {
				replace(doc, gap, layout(gap, token, next, nextDepth, depth > 0 || !endsElement(token), rule));
			}
		}
	}

	/** Where a line must or may break between two tokens. */
	private enum Break {
		/** Inside a statement or a one-line block: the author's line breaks stay, as continuation lines. */
		NONE,
		/** Between statements of an expanded block: one line break, the author's blank line kept. */
		STATEMENTS,
		/** Just after '{' or before '}' of an expanded block: one line break, no blank line. */
		INSIDE_BRACES,
		/** Between top-level elements: one line break, the author's blank line kept. */
		BETWEEN_ELEMENTS,
		/** After the last token: one line break ends the file. */
		END
	}

	/**
	 * The new text of a hidden region: its comments as written, the white space around them laid out by the
	 * rule, with the author's line breaks counted to keep blank lines (at most one).
	 */
	private static String layout(IHiddenRegion gap, ISemanticRegion before, ISemanticRegion after, int depth, boolean continuation, Break rule) {
		StringBuilder out = new StringBuilder();
		int pendingBreaks = 0;
		boolean sawBreak = false;
		// a comment that starts a line and has the next token after it on that line belongs to the token
		// ("/* the simulation */ simulation S ..."): no line break between them
		boolean commentLeadsNext = false;
		for (IHiddenRegionPart part : gap.getParts()) {
			if (part instanceof IComment comment) {
				String text = comment.getText();
				boolean lineComment = text.startsWith("//");
				if (before == null && out.isEmpty()) {
					commentLeadsNext = true; // the file starts with this comment: no blank lines above it
				} else if (pendingBreaks > 0) {
					out.append("\n".repeat(Math.min(2, pendingBreaks)));
					out.append("\t".repeat(depth));
					commentLeadsNext = true;
				} else {
					out.append(' ');
					commentLeadsNext = false;
				}
				out.append(lineComment ? text.stripTrailing() : text);
				pendingBreaks = lineComment ? 1 : 0;
				sawBreak |= lineComment;
			} else {
				int breaks = (int) part.getText().chars().filter(c -> c == '\n').count();
				pendingBreaks += breaks;
				sawBreak |= breaks > 0;
			}
		}
		if (after == null) {
			return out.isEmpty() ? "\n" : out + "\n";
		}
		if (before == null) {
			if (out.isEmpty()) {
				return "";
			}
			return out + "\n".repeat(Math.max(1, Math.min(2, pendingBreaks)));
		}
		if (!out.isEmpty() && pendingBreaks == 0 && commentLeadsNext && rule != Break.NONE) {
			return out + " ";
		}
		int breaks = switch (rule) {
		case STATEMENTS, BETWEEN_ELEMENTS -> Math.max(1, Math.min(2, pendingBreaks));
		case INSIDE_BRACES -> 1;
		case NONE -> Math.min(1, pendingBreaks);
		case END -> 1;
		};
		if (breaks > 0) {
			boolean continues = rule == Break.NONE && continuation && !after.getText().equals("}");
			return out + "\n".repeat(breaks) + "\t".repeat(depth + (continues ? 1 : 0));
		}
		if (sawBreak) {
			return out + "\n" + "\t".repeat(depth);
		}
		if (gap.getText().isEmpty() && before.getSemanticElement() instanceof Quantity && after.getSemanticElement() == before.getSemanticElement()) {
			return ""; // a number and its unit written together stay together ("1C", "5C")
		}
		return out + (spaceBetween(before.getText(), after.getText()) ? " " : "");
	}

	private static boolean spaceBetween(String before, String after) {
		return !Set.of(";", ",", ".", "]", ")", "/").contains(after) && !Set.of(".", "[", "(", "/").contains(before);
	}

	/** Whether the token is the last one of a top-level element. */
	private static boolean endsElement(ISemanticRegion token) {
		EObject element = token.getSemanticElement();
		while (element != null && !(element.eContainer() instanceof Model)) {
			element = element.eContainer();
		}
		if (element == null) {
			return false;
		}
		ITextSegment whole = token.getTextRegionAccess().regionForEObject(element);
		return whole != null && whole.getEndOffset() == token.getEndOffset();
	}

	/**
	 * The '{' tokens whose blocks are laid out one statement per line: those written over several lines, those
	 * that do not fit on one line, and those holding such a block.
	 */
	private static Set<ISemanticRegion> expandedBraces(List<ISemanticRegion> tokens) {
		Set<ISemanticRegion> expanded = new HashSet<>();
		List<Integer> stack = new ArrayList<>();
		for (int k = 0; k < tokens.size(); k++) {
			String text = tokens.get(k).getText();
			if (text.equals("{")) {
				stack.add(k);
			} else if (text.equals("}") && !stack.isEmpty()) {
				int opener = stack.remove(stack.size() - 1);
				boolean multiLine = tokens.get(opener).getLineRegions().get(0).getOffset() != tokens.get(k).getLineRegions().get(0).getOffset();
				boolean holdsExpanded = false;
				for (int j = opener + 1; j < k && !holdsExpanded; j++) {
					holdsExpanded = expanded.contains(tokens.get(j));
				}
				if (multiLine || holdsExpanded || oneLineWidth(tokens, opener, k, stack.size()) > WIDTH) {
					expanded.add(tokens.get(opener));
				}
			}
		}
		return expanded;
	}

	/** The width of the line a one-line block makes: its statement from its first token to the '}'. */
	private static int oneLineWidth(List<ISemanticRegion> tokens, int opener, int closer, int depth) {
		int start = opener;
		EObject owner = tokens.get(opener).getSemanticElement();
		while (start > 0 && tokens.get(start - 1).getSemanticElement() == owner && !tokens.get(start - 1).getText().equals(";")) {
			start--;
		}
		int width = 4 * depth;
		for (int j = start; j <= closer; j++) {
			String text = tokens.get(j).getText();
			width += text.length() + (j > start && spaceBetween(tokens.get(j - 1).getText(), text) ? 1 : 0);
		}
		return width;
	}

	private static ISemanticRegion openerOf(List<ISemanticRegion> tokens, int closer) {
		int level = 0;
		for (int j = closer; j >= 0; j--) {
			String text = tokens.get(j).getText();
			if (text.equals("}")) {
				level++;
			} else if (text.equals("{") && --level == 0) {
				return tokens.get(j);
			}
		}
		return null;
	}

	private static void replace(IFormattableDocument doc, ITextSegment region, String text) {
		if (text.equals(region.getText())) {
			return;
		}
		doc.addReplacer(new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return region;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				context.addReplacement(region.replaceWith(text));
				return context;
			}
		});
	}

	/**
	 * Units and material ids are single tokens of the grammar's datatype rules, so their inner spacing
	 * ("mA / cm2", "LLZTO - nano") is rewritten as a whole: the compact text, or null for other regions.
	 */
	private static String compactForm(ISemanticRegion region) {
		EObject element = region.getGrammarElement();
		if (element instanceof CrossReference reference) {
			element = reference.getTerminal();
		}
		if (!(element instanceof RuleCall call)) {
			return null;
		}
		return switch (call.getRule().getName()) {
		case "Unit" -> region.getText().trim().replaceAll("\\s*([/*])\\s*", "$1").replaceAll("\\s+%", "%").replaceAll("\\s+", " ");
		case "MaterialId" -> region.getText().replaceAll("\\s+", "");
		default -> null;
		};
	}
}
