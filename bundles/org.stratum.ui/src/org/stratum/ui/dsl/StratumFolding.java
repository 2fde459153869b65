package org.stratum.ui.dsl;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/** Folding of .stratum blocks ({ ... } over more than one line: protocols, loops, ramps, simulations). */
public class StratumFolding extends MonoReconciler {

	public StratumFolding() {
		super(new Strategy(), false);
		setDelay(500);
	}

	@Override
	public void install(ITextViewer viewer) {
		((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).viewer = viewer;
		super.install(viewer);
	}

	/** Start and end offsets of every multi-line brace block, comments and strings skipped. */
	static Map<Integer, Integer> blocks(IDocument document) throws BadLocationException {
		String text = document.get();
		Map<Integer, Integer> result = new HashMap<>();
		Deque<Integer> open = new ArrayDeque<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				i = Math.max(i, text.indexOf('"', i + 1));
			} else if (text.startsWith("//", i)) {
				int eol = text.indexOf('\n', i);
				i = eol < 0 ? text.length() : eol;
			} else if (text.startsWith("/*", i)) {
				int close = text.indexOf("*/", i + 2);
				i = close < 0 ? text.length() : close + 1;
			} else if (c == '{') {
				open.push(i);
			} else if (c == '}' && !open.isEmpty()) {
				int start = open.pop();
				if (document.getLineOfOffset(start) < document.getLineOfOffset(i)) {
					int from = document.getLineOffset(document.getLineOfOffset(start));
					IRegion last = document.getLineInformationOfOffset(i);
					result.put(from, last.getOffset() + last.getLength() - from);
				}
			}
			if (i < 0) {
				break;
			}
		}
		return result;
	}

	static final class Strategy extends WholeDocumentStrategy {

		@Override
		protected void update() {
			if (!(viewer instanceof ProjectionViewer projection) || document == null) {
				return;
			}
			Map<Integer, Integer> blocks;
			try {
				blocks = blocks(document);
			} catch (BadLocationException e) {
				return;
			}
			projection.getTextWidget().getDisplay().asyncExec(() -> {
				ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
				if (model == null) {
					return;
				}
				Map<Annotation, Position> added = new HashMap<>();
				java.util.List<Annotation> removed = new java.util.ArrayList<>();
				Map<Integer, Integer> wanted = new HashMap<>(blocks);
				for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
					Annotation a = it.next();
					Position p = model.getPosition(a);
					if (p != null && Integer.valueOf(p.getLength()).equals(wanted.get(p.getOffset()))) {
						wanted.remove(p.getOffset());
					} else {
						removed.add(a);
					}
				}
				wanted.forEach((offset, length) -> added.put(new ProjectionAnnotation(), new Position(offset, length)));
				model.modifyAnnotations(removed.toArray(new Annotation[0]), added, null);
			});
		}
	}
}
