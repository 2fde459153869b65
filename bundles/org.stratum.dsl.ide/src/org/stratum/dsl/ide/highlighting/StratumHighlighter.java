package org.stratum.dsl.ide.highlighting;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.stratum.dsl.stratum.Element;
import org.stratum.dsl.stratum.Label;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.StratumPackage;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.name.Named;

/**
 * The colouring of a .stratum text, from one place so that every editor shows the same colours whatever
 * was typed or clicked before. Tokens come from the language's own lexer, so a keyword is coloured only
 * as a whole token (not the {@code TO} in {@code LLZTO}, not a {@code stack} inside a string, not the
 * digits of {@code Ccd000}); the parse then lays the styles that need the grammar over them: units,
 * references, declared names, and keywords the grammar lets the user take as names ({@code outputs
 * voltage}, {@code cell.temperature}), which are coloured as names.
 */
public class StratumHighlighter {

	private static final String VALID_ID = "ValidID";

	@Inject
	@Named(LexerBindings.RUNTIME)
	private Provider<Lexer> lexers;

	@Inject
	private ITokenDefProvider tokenDefinitions;

	@Inject
	private IParser parser;

	/** The styled runs of the text, sorted, disjoint, each within the text; unstyled text has no run. */
	public List<StyledRange> highlight(String text) {
		TokenStyle[] styles = new TokenStyle[text.length()];
		lex(text, styles);
		overlay(parser.parse(new StringReader(text)), styles);
		return runs(styles);
	}

	private void lex(String text, TokenStyle[] styles) {
		Map<Integer, String> names = tokenDefinitions.getTokenDefMap();
		Lexer lexer = lexers.get();
		lexer.setCharStream(new ANTLRStringStream(text));
		for (Token token = lexer.nextToken(); token.getType() != Token.EOF; token = lexer.nextToken()) {
			CommonToken common = (CommonToken) token;
			TokenStyle style = styleOf(names.get(token.getType()));
			if (style != null) {
				fill(styles, common.getStartIndex(), common.getStopIndex() + 1, style);
			}
		}
	}

	/** The style of a token type by its name in the grammar ({@code 'stack'}, {@code RULE_NUMBER}). */
	private static TokenStyle styleOf(String tokenName) {
		if (tokenName == null) {
			return null;
		}
		if (tokenName.startsWith("'")) {
			return Character.isLetter(tokenName.charAt(1)) ? TokenStyle.KEYWORD : null;
		}
		return switch (tokenName) {
			case "RULE_NUMBER" -> TokenStyle.NUMBER;
			case "RULE_STRING" -> TokenStyle.STRING;
			case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> TokenStyle.COMMENT;
			default -> null;
		};
	}

	private static void overlay(IParseResult parse, TokenStyle[] styles) {
		if (parse == null || parse.getRootNode() == null) {
			return;
		}
		for (ILeafNode leaf : parse.getRootNode().getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && VALID_ID.equals(GrammarUtil.containingRule(keyword).getName())) {
				fill(styles, leaf.getOffset(), leaf.getEndOffset(), null);
			}
		}
		EObject root = parse.getRootASTElement();
		if (root == null) {
			return;
		}
		List<EObject> objects = new ArrayList<>();
		objects.add(root);
		root.eAllContents().forEachRemaining(objects::add);
		for (EObject object : objects) {
			if (object instanceof Quantity) {
				style(object, StratumPackage.Literals.QUANTITY__UNIT, TokenStyle.UNIT, styles);
			} else if (object instanceof Element) {
				style(object, StratumPackage.Literals.ELEMENT__NAME, TokenStyle.DECLARATION, styles);
			} else if (object instanceof Label) {
				style(object, StratumPackage.Literals.LABEL__NAME, TokenStyle.DECLARATION, styles);
			}
			for (EReference reference : object.eClass().getEAllReferences()) {
				if (!reference.isContainment()) {
					style(object, reference, TokenStyle.REFERENCE, styles);
				}
			}
		}
	}

	private static void style(EObject object, EStructuralFeature feature, TokenStyle style, TokenStyle[] styles) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					fill(styles, leaf.getOffset(), leaf.getEndOffset(), style);
				}
			}
		}
	}

	private static void fill(TokenStyle[] styles, int from, int to, TokenStyle style) {
		for (int i = Math.max(0, from); i < Math.min(to, styles.length); i++) {
			styles[i] = style;
		}
	}

	private static List<StyledRange> runs(TokenStyle[] styles) {
		List<StyledRange> runs = new ArrayList<>();
		int i = 0;
		while (i < styles.length) {
			int start = i;
			TokenStyle style = styles[i];
			while (i < styles.length && styles[i] == style) {
				i++;
			}
			if (style != null) {
				runs.add(new StyledRange(start, i - start, style));
			}
		}
		return runs;
	}
}
