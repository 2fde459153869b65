package org.stratum.ui.dsl;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Re-parses and validates a .stratum editor's text half a second after typing stops: problems become
 * markers and the parse is kept for the outline (colours are {@link StratumPresentationReconciler}'s).
 */
public class StratumReconciler extends MonoReconciler {

	private static final Map<IDocument, XtextResource> LAST_PARSE = new WeakHashMap<>();

	public StratumReconciler() {
		super(new Strategy(), false);
		setDelay(500);
	}

	/** The newest parse of a document, or null before the first reconcile. */
	public static synchronized XtextResource lastParse(IDocument document) {
		return LAST_PARSE.get(document);
	}

	/** Runs the reconcile now, on this thread (tests, and the first display of a file). */
	public static List<Issue> reconcileNow(ITextViewer viewer) {
		Strategy strategy = new Strategy();
		strategy.setDocument(viewer.getDocument());
		return strategy.run();
	}

	static final class Strategy extends WholeDocumentStrategy {

		@Override
		protected void update() {
			run();
		}

		List<Issue> run() {
			if (document == null) {
				return List.of();
			}
			IFile file = StratumLanguage.fileOf(document);
			XtextResource resource = StratumLanguage.parse(file, document.get());
			List<Issue> issues = StratumLanguage.validate(resource);
			synchronized (StratumReconciler.class) {
				LAST_PARSE.put(document, resource);
			}
			if (file != null && file.exists()) {
				StratumMarkers.update(file, issues);
			}
			return issues;
		}
	}
}
