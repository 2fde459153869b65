package org.stratum.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineHeaderCodeMining;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.stratum.engine.results.RunSummary;
import org.stratum.engine.results.SummaryJson;
import org.stratum.ui.launch.SimulationLaunch;

/**
 * Results where the modeller writes: above each {@code simulation} of a .stratum editor, the headline of its latest
 * run ("CCD 15 mA/cm2 · short at 9.34 h · 2 min ago"), "stale" when an input changed since, and a click opens the
 * results editor. The minings follow runs as they write.
 */
public final class RunCodeMinings extends AbstractCodeMiningProvider implements IResourceChangeListener {

	private static final Pattern SIMULATION = Pattern.compile("(?m)^[ \\t]*simulation[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");

	private ITextViewer viewer;

	public RunCodeMinings() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer textViewer, IProgressMonitor monitor) {
		this.viewer = textViewer;
		ITextEditor editor = getAdapter(ITextEditor.class);
		IFile file = editor != null && editor.getEditorInput() instanceof IFileEditorInput input ? input.getFile() : null;
		IDocument document = textViewer.getDocument();
		if (file == null || document == null) {
			return CompletableFuture.completedFuture(List.of());
		}
		String text = document.get();
		return CompletableFuture.supplyAsync(() -> minings(file, document, text));
	}

	private List<ICodeMining> minings(IFile file, IDocument document, String text) {
		List<ICodeMining> minings = new ArrayList<>();
		Matcher m = SIMULATION.matcher(text);
		while (m.find()) {
			IFile summary = SimulationLaunch.outputFolder(file, m.group(1)).getFolder(m.group(1)).getFile(SummaryJson.FILE);
			WorkspaceRuns.Entry run = WorkspaceRuns.entry(summary);
			if (run == null) {
				continue;
			}
			try {
				minings.add(new Mining(document.getLineOfOffset(m.start(1)), document, this, label(run), summary));
			} catch (BadLocationException e) {
				throw new IllegalStateException("a match of the document's own text lies outside it", e);
			}
		}
		return minings;
	}

	/** The mining's text for a run. */
	static String label(WorkspaceRuns.Entry run) {
		boolean stale = run.run().inputs().stream().anyMatch(RunSummary.InputFile::changedSince);
		return Headlines.of(run.run()) + " · " + Headlines.ago(run.modified(), System.currentTimeMillis()) + (stale ? " · stale: inputs changed since" : "");
	}

	/** A header line that opens the run's results when clicked. */
	private static final class Mining extends LineHeaderCodeMining {
		Mining(int line, IDocument document, RunCodeMinings provider, String label, IFile summary) throws BadLocationException {
			super(line, document, provider, event -> open(summary));
			setLabel(label);
		}
	}

	private static void open(IFile summary) {
		try {
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), summary);
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(null, "Results cannot be opened", null, e.getStatus());
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		ITextViewer v = viewer;
		if (WorkspaceRuns.touchesRuns(event) && v instanceof ISourceViewerExtension5 minings && v.getTextWidget() != null && !v.getTextWidget().isDisposed()) {
			v.getTextWidget().getDisplay().asyncExec(() -> {
				if (!v.getTextWidget().isDisposed()) {
					minings.updateCodeMinings();
				}
			});
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}
}
