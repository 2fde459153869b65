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
 * Run As > Stratum Simulation on a .stratum file (in Project Explorer or its editor): the file's one simulation, or
 * the one the user picks among several, through its launch configuration (made on first use, then in the Run
 * menu's history and in Run Configurations...).
 */
public final class SimulationLaunchShortcut extends FileLaunchShortcut {

	/** Runs one simulation of the file an editor shows (the Outline's Run Simulation), after offering to save it. */
	public static void launch(IEditorPart editor, IFile file, String simulation, String mode) {
		offerToSave(editor, file);
		try {
			DebugUITools.launch(SimulationLaunch.configurationFor(file, simulation), mode);
		} catch (CoreException e) {
			ErrorDialog.openError(shell(), "Run Simulation", "The simulation could not be started.", e.getStatus());
		}
	}

	/** A run reads the saved file: a dirty editor is offered a save first. */
	public static void offerToSave(IEditorPart editor, IFile file) {
		if (editor.isDirty() && MessageDialog.openQuestion(shell(), "Run Simulation", file.getName() + " has unsaved changes. Save them first?")) {
			editor.doSave(null);
		}
	}

	@Override
	void launch(IFile file, String mode) {
		try {
			List<String> simulations = SimulationLaunch.simulationsIn(file);
			if (simulations.isEmpty()) {
				MessageDialog.openInformation(shell(), "Run Simulation", file.getName() + " declares no simulation: add one such as\n"
						+ "simulation Name { cell = SomeStack; protocol = SomeProtocol; model stack; }");
				return;
			}
			String chosen = simulations.size() == 1 ? simulations.get(0)
					: RunChooser.choose(shell(), "Run Simulation", "Simulations of " + file.getName() + ":", simulations);
			if (chosen != null) {
				DebugUITools.launch(SimulationLaunch.configurationFor(file, chosen), mode);
			}
		} catch (CoreException e) {
			ErrorDialog.openError(shell(), "Run Simulation", "The simulation could not be started.", e.getStatus());
		}
	}

	private static Shell shell() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
	}
}
