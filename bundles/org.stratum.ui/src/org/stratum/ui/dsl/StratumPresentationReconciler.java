package org.stratum.ui.dsl;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.custom.StyleRange;
import org.stratum.dsl.ide.highlighting.StratumHighlighter;
import org.stratum.dsl.ide.highlighting.StyledRange;

/**
 * Colours of .stratum files: every change repaints the whole text from {@link StratumHighlighter}, so
 * the colours never depend on where the last edit or click was (files are a few hundred lines; lexing
 * and parsing them takes a few milliseconds).
 */
public class StratumPresentationReconciler extends PresentationReconciler {

	public StratumPresentationReconciler() {
		WholeText whole = new WholeText();
		setDamager(whole, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(whole, IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** Damages and repaints the whole document on every change. */
	private static final class WholeText implements IPresentationDamager, IPresentationRepairer {

		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
			return new Region(0, document.getLength());
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			String text = document.get();
			StratumHighlighter highlighter = StratumLanguage.injector().getInstance(StratumHighlighter.class);
			presentation.setDefaultStyleRange(new StyleRange(0, text.length(), null, null));
			for (StyledRange range : highlighter.highlight(text)) {
				presentation.addStyleRange(new StyleRange(range.offset(), range.length(), StratumColours.colour(range.style()), null,
						StratumColours.fontStyle(range.style())));
			}
		}
	}
}
