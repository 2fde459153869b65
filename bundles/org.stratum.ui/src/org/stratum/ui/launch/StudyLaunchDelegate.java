package org.stratum.ui.launch;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.ILaunchConfigurationDelegate;

/**
 * Launches a "Stratum Sweep or Fit" configuration: checks its file, study and output folder and schedules the
 * {@link StudyJob}. A configuration that names no file, a file that is gone, or no sweep or fit is refused with what
 * to fix.
 */
public final class StudyLaunchDelegate implements ILaunchConfigurationDelegate {

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		IFile file = SimulationLaunchDelegate.file(configuration);
		StudyLaunch.Study study = StudyLaunch.study(configuration);
		if (study == null || study.name().isEmpty()) {
			throw SimulationLaunchDelegate.refused("'" + configuration.getName() + "' names no sweep or fit of " + file.getName()
					+ "; choose one in Run > Run Configurations...");
		}
		new StudyJob(file, study.kind(), study.name(), SimulationLaunchDelegate.output(configuration, file, monitor)).schedule();
	}
}
