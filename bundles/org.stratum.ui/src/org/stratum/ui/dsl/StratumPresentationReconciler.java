package org.stratum.ui.dsl;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Syntax colours of .stratum files: keywords of the grammar, numbers, strings and comments. */
public class StratumPresentationReconciler extends PresentationReconciler {

	public StratumPresentationReconciler() {
		RuleBasedScanner scanner = new RuleBasedScanner();
		IToken keyword = new Token(new TextAttribute(new Color(127, 0, 85), null, SWT.BOLD));
		IToken number = new Token(new TextAttribute(new Color(25, 25, 200)));
		IToken string = new Token(new TextAttribute(new Color(42, 0, 255)));
		IToken comment = new Token(new TextAttribute(new Color(63, 127, 95), null, SWT.ITALIC));
		List<IRule> rules = new ArrayList<>();
		rules.add(new EndOfLineRule("//", comment));
		rules.add(new MultiLineRule("/*", "*/", comment));
		rules.add(new SingleLineRule("\"", "\"", string, '\\'));
		rules.add(new NumberRule(number));
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '/';
			}
		}, Token.UNDEFINED, true);
		for (String word : StratumLanguage.keywords()) {
			words.addWord(word, keyword);
		}
		rules.add(words);
		scanner.setRules(rules.toArray(new IRule[0]));
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner);
		setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
