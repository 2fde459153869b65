package org.stratum.ui.results;

import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.editors.text.TextEditor;

/**
 * Text files a run writes (summary.json, run.log): shown read-only, since the next run replaces them and
 * an edit would make the folder disagree with the run. The same files elsewhere are edited as usual.
 */
public class RunOutputTextEditor extends TextEditor {

	public static final String ID = "org.stratum.ui.editors.runOutputText";

	@Override
	public boolean isEditable() {
		return !isRunOutput(getEditorInput()) && super.isEditable();
	}

	@Override
	public boolean isEditorInputReadOnly() {
		return isRunOutput(getEditorInput()) || super.isEditorInputReadOnly();
	}

	private static boolean isRunOutput(IEditorInput input) {
		return input instanceof IFileEditorInput file && RunFolders.isRunOutput(file.getFile());
	}
}
