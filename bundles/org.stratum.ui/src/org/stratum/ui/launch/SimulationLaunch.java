package org.stratum.ui.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.ILog;
import org.stratum.ui.preferences.StratumPreferences;
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
	/**
	 * Overrides of the simulated cell's quantities, one variation each as written after a stack declaration's
	 * {@code with} ({@code interlayer.thickness = 15 um}); the file is not changed.
	 */
	public static final String OVERRIDES = "org.stratum.ui.launch.overrides";
	/** The output folder, relative to the file's project. */
	public static final String OUTPUT = "org.stratum.ui.launch.output";

	private SimulationLaunch() {
	}

	static ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(TYPE);
	}

	/** The saved configuration that runs this simulation of this file, made and saved if there is none. */
	public static ILaunchConfiguration configurationFor(IFile file, String simulation) throws CoreException {
		return configurationFor(type(), file, simulation, c -> simulation.equals(c.getAttribute(SIMULATION, "")),
				copy -> copy.setAttribute(SIMULATION, simulation));
	}

	/** Whether a configuration of a file names the element wanted. */
	interface Names {
		boolean test(ILaunchConfiguration configuration) throws CoreException;
	}

	/**
	 * The saved configuration of the type for this file that names the element, or a new one named after it (file,
	 * the preferences' output folder, then {@code element} sets what names it), saved.
	 */
	static ILaunchConfiguration configurationFor(ILaunchConfigurationType type, IFile file, String name, Names names,
			java.util.function.Consumer<ILaunchConfigurationWorkingCopy> element) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunchConfiguration c : manager.getLaunchConfigurations(type)) {
			if (file.getFullPath().toString().equals(c.getAttribute(FILE, "")) && names.test(c)) {
				return c;
			}
		}
		ILaunchConfigurationWorkingCopy copy = type.newInstance(null, manager.generateLaunchConfigurationName(name));
		copy.setAttribute(FILE, file.getFullPath().toString());
		element.accept(copy);
		copy.setAttribute(OUTPUT, StratumPreferences.outputFolder());
		copy.setMappedResources(new org.eclipse.core.resources.IResource[] { file });
		return copy.doSave();
	}

	/**
	 * The folder runs of this simulation write into: its launch configuration's output, or the preference's folder
	 * when it has no configuration yet.
	 */
	public static IFolder outputFolder(IFile file, String simulation) {
		String output = StratumPreferences.outputFolder();
		try {
			for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(type())) {
				if (file.getFullPath().toString().equals(c.getAttribute(FILE, "")) && simulation.equals(c.getAttribute(SIMULATION, ""))) {
					output = c.getAttribute(OUTPUT, output).strip();
				}
			}
		} catch (CoreException e) {
			ILog.of(SimulationLaunch.class).log(e.getStatus()); // the preference's folder is where a new run would write
		}
		return file.getProject().getFolder(output.isEmpty() ? StratumPreferences.outputFolder() : output);
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
