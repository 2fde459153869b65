package org.stratum.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;

/**
 * The "Stratum Simulation" launch configuration type: which simulation of which .stratum file, and the folder its
 * results go to (project-relative, {@code results} unless set), as Run As, the Run menu and Run Configurations... use it.
 */
public final class SimulationLaunch {

	/** The launch configuration type's id (plugin.xml). */
	public static final String TYPE = "org.stratum.ui.launch.simulation";
	/** The .stratum file, a workspace path such as {@code /project/seed-000/seed-000.stratum}. */
	public static final String FILE = "org.stratum.ui.launch.file";
	/** The simulation's name in that file. */
	public static final String SIMULATION = "org.stratum.ui.launch.simulation";
	/** The output folder, relative to the file's project. */
	public static final String OUTPUT = "org.stratum.ui.launch.output";
	/** The output folder when none is set. */
	public static final String DEFAULT_OUTPUT = "results";

	private SimulationLaunch() {
	}

	static ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE);
	}

	/** The saved configuration that runs this simulation of this file, made and saved if there is none. */
	public static ILaunchConfiguration configurationFor(IFile file, String simulation) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager.getLaunchConfigurations(type())) {
			if (file.getFullPath().toString().equals(c.getAttribute(FILE, "")) && simulation.equals(c.getAttribute(SIMULATION, ""))) {
				return c;
			}
		}
		ILaunchConfigurationWorkingCopy copy = type().newInstance(null, manager.generateLaunchConfigurationName(simulation));
		copy.setAttribute(FILE, file.getFullPath().toString());
		copy.setAttribute(SIMULATION, simulation);
		copy.setAttribute(OUTPUT, DEFAULT_OUTPUT);
		copy.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
		return copy.doSave();
	}

	/** The names of the simulations a .stratum file declares, in order. */
	static List<String> simulationsIn(IFile file) throws CoreException {
		List<String> names = new ArrayList<>();
		for (var simulation : SimulationJob.simulations(SimulationJob.parse(file))) {
			names.add(simulation.getName());
		}
		return names;
	}
}
