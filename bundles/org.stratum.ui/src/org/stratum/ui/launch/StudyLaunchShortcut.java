package org.stratum.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

/**
 * Run As > Stratum Sweep or Fit on a .stratum file (in Project Explorer or its editor): the file's one sweep or fit,
 * or the one the user picks among several, through its launch configuration (made on first use, then in the Run
 * menu's history and in Run Configurations...), which runs it as a {@link StudyJob}.
 */
public final class StudyLaunchShortcut extends FileLaunchShortcut {

	private static final String TITLE = "Run Sweep or Fit";

	/** Runs one sweep or fit of the file an editor shows (the Outline's Run Sweep / Run Fit), after offering to save it. */
	public static void launch(IEditorPart editor, IFile file, StudyJob.Kind kind, String name, String mode) {
		SimulationLaunchShortcut.offerToSave(editor, file);
		launch(file, new StudyLaunch.Study(kind, name), mode);
	}

	@Override
	void launch(IFile file, String mode) {
		List<StudyLaunch.Study> studies;
		try {
			studies = StudyLaunch.studiesIn(file);
		} catch (CoreException e) {
			ErrorDialog.openError(shell(), TITLE, file.getName() + " cannot be read.", e.getStatus());
			return;
		}
		if (studies.isEmpty()) {
			MessageDialog.openInformation(shell(), TITLE, file.getName() + " declares no sweep and no fit: add one such as\n"
					+ "sweep Design { simulation Name; vary interlayer.thickness from 10 um to 50 um steps 5; }");
			return;
		}
		StudyLaunch.Study chosen = studies.size() == 1 ? studies.get(0)
				: RunChooser.choose(shell(), TITLE, "Sweeps and fits of " + file.getName() + ":", studies);
		if (chosen != null) {
			launch(file, chosen, mode);
		}
	}

	private static void launch(IFile file, StudyLaunch.Study study, String mode) {
		try {
			DebugUITools.launch(StudyLaunch.configurationFor(file, study), mode);
		} catch (CoreException e) {
			ErrorDialog.openError(shell(), TITLE, "The " + study.kind().word() + " could not be started.", e.getStatus());
		}
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
