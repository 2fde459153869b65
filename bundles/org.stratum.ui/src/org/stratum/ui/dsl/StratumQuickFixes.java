package org.stratum.ui.dsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.stratum.dsl.ide.quickfix.StratumQuickfixes;

/**
 * Quick fixes on .stratum problems (Problems view, editor ruler, Ctrl+1): the language's own fixes,
 * applied as text edits to the file's document (undoable; the editor stays the place to save).
 */
public class StratumQuickFixes implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(StratumMarkers.CODE, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				IDocument document = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
				return resolutions(marker, file, document).toArray(new IMarkerResolution[0]);
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			return new IMarkerResolution[0];
		}
	}

	private List<IMarkerResolution> resolutions(IMarker marker, IFile file, IDocument document) throws BadLocationException {
		LspBridge bridge = new LspBridge(document);
		int start = marker.getAttribute(IMarker.CHAR_START, 0);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		Diagnostic diagnostic = new Diagnostic(LspBridge.range(document, start, end), marker.getAttribute(IMarker.MESSAGE, ""));
		diagnostic.setSeverity(DiagnosticSeverity.Error);
		diagnostic.setCode(Either.forLeft(marker.getAttribute(StratumMarkers.CODE, "")));
		String data = marker.getAttribute(StratumMarkers.DATA, "");
		diagnostic.setData(data.isEmpty() ? new String[0] : data.split(StratumMarkers.SEPARATOR));
		StratumQuickfixes provider = (StratumQuickfixes) StratumLanguage.injector().getInstance(IQuickFixProvider.class);
		List<IMarkerResolution> result = new ArrayList<>();
		for (StratumQuickfixes.TextFix fix : provider.textFixes(diagnostic, bridge.xtextDocument)) {
			result.add(new Fix(fix.label(), file, fix.edits()));
		}
		return result;
	}

	/** Applies the edits of one resolution to the file's document, last edit first. */
	record Fix(String label, IFile file, List<TextEdit> edits) implements IMarkerResolution {

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public void run(IMarker marker) {
			ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
			try {
				manager.connect(file.getFullPath(), LocationKind.IFILE, null);
				try {
					ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
					IDocument document = buffer.getDocument();
					boolean wasDirty = buffer.isDirty();
					List<TextEdit> ordered = new ArrayList<>(edits);
					ordered.sort(Comparator.comparingInt((TextEdit e) -> offset(document, e)).reversed());
					for (TextEdit e : ordered) {
						int from = offset(document, e);
						int to = document.getLineOffset(e.getRange().getEnd().getLine()) + e.getRange().getEnd().getCharacter();
						document.replace(from, to - from, e.getNewText());
					}
					if (!wasDirty && manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).isShared() == false) {
						buffer.commit(null, true);
					}
				} finally {
					manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
				}
			} catch (CoreException | BadLocationException e) {
				org.eclipse.core.runtime.ILog.of(StratumQuickFixes.class).error("quick fix failed: " + e.getMessage(), e);
			}
		}

		private static int offset(IDocument document, TextEdit e) {
			try {
				return document.getLineOffset(e.getRange().getStart().getLine()) + e.getRange().getStart().getCharacter();
			} catch (BadLocationException ex) {
				return 0;
			}
		}
	}
}
