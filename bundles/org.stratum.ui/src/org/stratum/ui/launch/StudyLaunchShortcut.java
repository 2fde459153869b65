package org.stratum.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PlatformUI;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Sweep;

/**
 * Run As > Stratum Sweep or Fit on a .stratum file (in Project Explorer or its editor): the file's one sweep or fit,
 * or the one the user picks among several, run as a {@link StudyJob} into the preferences' results folder.
 */
public final class StudyLaunchShortcut implements org.eclipse.debug.ui.ILaunchShortcut {

	private static final String TITLE = "Run Sweep or Fit";

	/** A sweep or a fit of a file, as the chooser lists it ("sweep CcdDesign"). */
	record Study(StudyJob.Kind kind, String name) {
		@Override
		public String toString() {
			return kind.word() + " " + name;
		}
	}

	@Override
	public void launch(ISelection selection, String mode) {
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile file) {
			launch(file);
		}
	}

	@Override
	public void launch(IEditorPart editor, String mode) {
		if (editor.getEditorInput() instanceof IFileEditorInput input) {
			SimulationLaunchShortcut.offerToSave(editor, input.getFile());
			launch(input.getFile());
		}
	}

	private static void launch(IFile file) {
		List<Study> studies;
		try {
			studies = studiesIn(file);
		} catch (CoreException e) {
			ErrorDialog.openError(shell(), TITLE, file.getName() + " cannot be read.", e.getStatus());
			return;
		}
		if (studies.isEmpty()) {
			MessageDialog.openInformation(shell(), TITLE, file.getName() + " declares no sweep and no fit: add one such as\n"
					+ "sweep Design { simulation Name; vary interlayer.thickness from 10 um to 50 um steps 5; }");
			return;
		}
		Study chosen = studies.size() == 1 ? studies.get(0) : RunChooser.choose(shell(), TITLE, "Sweeps and fits of " + file.getName() + ":", studies);
		if (chosen != null) {
			new StudyJob(file, chosen.kind(), chosen.name()).schedule();
		}
	}

	/** The sweeps and fits of the file as saved, in the file's order. */
	static List<Study> studiesIn(IFile file) throws CoreException {
		List<Study> studies = new ArrayList<>();
		var resource = SimulationJob.parse(file);
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			for (EObject e : model.getElements()) {
				if (e instanceof Sweep s) {
					studies.add(new Study(StudyJob.Kind.SWEEP, s.getName()));
				} else if (e instanceof Fit f) {
					studies.add(new Study(StudyJob.Kind.FIT, f.getName()));
				}
			}
		}
		return studies;
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
