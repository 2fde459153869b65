package org.stratum.ui.dsl;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/** A reconciling strategy that redoes its whole work on every change (a .stratum file is small). */
abstract class WholeDocumentStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	protected IDocument document;
	protected ITextViewer viewer;

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		// the work is short
	}

	@Override
	public void initialReconcile() {
		update();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		update();
	}

	@Override
	public void reconcile(IRegion partition) {
		update();
	}

	protected abstract void update();
}
