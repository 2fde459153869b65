package org.stratum.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.stratum.ui.preferences.StratumPreferences;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/**
 * Launches a "Stratum Simulation" configuration: checks that its file and output folder make sense and schedules the
 * {@link SimulationJob}. A configuration that names no file, or a file that is gone, is refused with what to fix.
 */
public final class SimulationLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		IFile file = file(configuration);
		String simulation = configuration.getAttribute(SimulationLaunch.SIMULATION, "");
		if (simulation.isEmpty()) {
			throw refused("'" + configuration.getName() + "' names no simulation of " + file.getName() + "; choose one in Run > Run Configurations...");
		}
		new SimulationJob(file, simulation, output(configuration, file, monitor), configuration.getAttribute(SimulationLaunch.OVERRIDES, java.util.List.of()))
				.schedule();
	}

	/** The .stratum file a configuration names; refused with what to fix when it names none or the file is gone. */
	static IFile file(ILaunchConfiguration configuration) throws CoreException {
		String path = configuration.getAttribute(SimulationLaunch.FILE, "");
		IResource member = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		if (!(member instanceof IFile file) || !"stratum".equals(file.getFileExtension())) {
			throw refused("'" + configuration.getName() + "' names no .stratum file of the workspace" + (path.isEmpty() ? "" : " ('" + path + "' is gone)")
					+ "; choose one in Run > Run Configurations...");
		}
		return file;
	}

	/** The configuration's output folder in the file's project (the preferences' when blank), created if missing. */
	static IFolder output(ILaunchConfiguration configuration, IFile file, IProgressMonitor monitor) throws CoreException {
		String output = configuration.getAttribute(SimulationLaunch.OUTPUT, StratumPreferences.outputFolder()).strip();
		IFolder folder = file.getProject().getFolder(output.isEmpty() ? StratumPreferences.outputFolder() : output);
		if (!folder.exists()) {
			ensure(folder, monitor);
		}
		return folder;
	}

	/** Creates the folder and any missing parents. */
	static void ensure(IFolder folder, IProgressMonitor monitor) throws CoreException {
		if (folder.getParent() instanceof IFolder parent && !parent.exists()) {
			ensure(parent, monitor);
		}
		folder.create(true, true, monitor);
	}

	static CoreException refused(String message) {
		return new CoreException(new Status(IStatus.ERROR, "org.stratum.ui", message));
	}
}
