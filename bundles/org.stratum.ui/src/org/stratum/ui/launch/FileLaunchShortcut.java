package org.stratum.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.ui.ILaunchShortcut;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;

/**
 * A Run As shortcut on a .stratum file, chosen in Project Explorer or shown in an editor (whose unsaved changes are
 * offered a save first, as a run reads the saved file).
 */
abstract class FileLaunchShortcut implements ILaunchShortcut {

	/** Launches what the user chooses of the file. */
	abstract void launch(IFile file, String mode);

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile file) {
			launch(file, mode);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			SimulationLaunchShortcut.offerToSave(editor, input.getFile());
			launch(input.getFile(), mode);
		}
	}
}
