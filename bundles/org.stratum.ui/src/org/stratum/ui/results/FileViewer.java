package org.stratum.ui.results;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;

/** An editor that shows a workspace file and never changes it: never dirty, nothing to save. */
public abstract class FileViewer extends EditorPart {

	@Override
	public final void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput fileInput)) {
			throw new PartInitException(getClass().getSimpleName() + " shows files of the workspace, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		load(fileInput.getFile());
	}

	/** Reads the file; a file that cannot be shown keeps its reason for {@code createPartControl}. */
	protected abstract void load(IFile file);

	@Override
	public final void doSave(IProgressMonitor monitor) {
		// a viewer changes nothing
	}

	@Override
	public final void doSaveAs() {
		// a viewer changes nothing
	}

	@Override
	public final boolean isDirty() {
		return false;
	}

	@Override
	public final boolean isSaveAsAllowed() {
		return false;
	}
}
