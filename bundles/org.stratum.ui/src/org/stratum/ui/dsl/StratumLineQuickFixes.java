package org.stratum.ui.dsl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Ctrl+1 with the caret anywhere on a line that has a problem: the fixes of the line's problems, as
 * Java editors offer them. The generic editor itself offers the fixes of a problem only while the caret
 * is inside its marked range; this processor adds those of the line's other problems, so a fix is never
 * offered twice.
 */
public class StratumLineQuickFixes implements IQuickAssistProcessor {

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		ISourceViewer viewer = context.getSourceViewer();
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		if (model == null) {
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		int caret = context.getOffset();
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			int line = document.getLineOfOffset(caret);
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				if (!(it.next() instanceof MarkerAnnotation annotation) || !isStratumProblem(annotation.getMarker())) {
					continue;
				}
				Position position = model.getPosition(annotation);
				if (position == null || position.isDeleted() || contains(position, caret)
						|| document.getLineOfOffset(position.getOffset()) != line) {
					continue;
				}
				for (IMarkerResolution resolution : IDE.getMarkerHelpRegistry().getResolutions(annotation.getMarker())) {
					proposals.add(new Fix(annotation.getMarker(), resolution));
				}
			}
		} catch (BadLocationException e) {
			return new ICompletionProposal[0]; // the caret is outside the document it was asked for
		}
		return proposals.toArray(new ICompletionProposal[0]);
	}

	/** Whether the generic editor already offers this range's fixes at the caret. */
	private static boolean contains(Position position, int caret) {
		return caret >= position.getOffset() && caret <= position.getOffset() + position.getLength();
	}

	private static boolean isStratumProblem(IMarker marker) {
		return marker != null && marker.exists() && marker.getAttribute(StratumMarkers.CODE, null) != null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation marker && isStratumProblem(marker.getMarker());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	/** One resolution of one marker, as a quick-fix proposal. */
	private record Fix(IMarker marker, IMarkerResolution resolution) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			resolution.run(marker);
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return marker.getAttribute(IMarker.MESSAGE, null);
		}

		@Override
		public String getDisplayString() {
			return resolution.getLabel();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public org.eclipse.jface.text.contentassist.IContextInformation getContextInformation() {
			return null;
		}
	}
}
