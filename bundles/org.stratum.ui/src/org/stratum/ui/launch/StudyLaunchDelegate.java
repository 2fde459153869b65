package org.stratum.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;
import org.stratum.ui.preferences.StratumPreferences;

/**
 * Launches a "Stratum Sweep or Fit" configuration: checks its file, study and output folder and schedules the
 * {@link StudyJob}. A configuration that names no file, a file that is gone, or no sweep or fit is refused with what
 * to fix.
 */
public final class StudyLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		String path = configuration.getAttribute(SimulationLaunch.FILE, "");
		IResource member = path.isEmpty() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(path);
		if (!(member instanceof IFile file) || !"stratum".equals(file.getFileExtension())) {
			throw SimulationLaunchDelegate.refused("'" + configuration.getName() + "' names no .stratum file of the workspace"
					+ (path.isEmpty() ? "" : " ('" + path + "' is gone)") + "; choose one in Run > Run Configurations...");
		}
		StudyLaunch.Study study = StudyLaunch.study(configuration);
		if (study == null || study.name().isEmpty()) {
			throw SimulationLaunchDelegate.refused("'" + configuration.getName() + "' names no sweep or fit of " + file.getName()
					+ "; choose one in Run > Run Configurations...");
		}
		String output = configuration.getAttribute(SimulationLaunch.OUTPUT, StratumPreferences.outputFolder()).strip();
		IFolder folder = file.getProject().getFolder(output.isEmpty() ? StratumPreferences.outputFolder() : output);
		if (!folder.exists()) {
			SimulationLaunchDelegate.ensure(folder, monitor);
		}
		new StudyJob(file, study.kind(), study.name(), folder).schedule();
	}
}
