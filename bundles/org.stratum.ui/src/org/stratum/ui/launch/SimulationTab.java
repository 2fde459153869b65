package org.stratum.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The Simulation tab: the .stratum file, which of its simulations, the output folder and the cell's overrides. */
final class SimulationTab extends ElementTab {

	private Text overrides;

	@Override
	String elementLabel() {
		return "&Simulation:";
	}

	@Override
	String elementWord() {
		return "simulation";
	}

	@Override
	List<String> elementsIn(IFile file) throws CoreException {
		return SimulationLaunch.simulationsIn(file);
	}

	@Override
	String elementOf(ILaunchConfiguration configuration) throws CoreException {
		return configuration.getAttribute(SimulationLaunch.SIMULATION, "");
	}

	@Override
	void applyElement(ILaunchConfigurationWorkingCopy configuration, String text) {
		configuration.setAttribute(SimulationLaunch.SIMULATION, text);
	}

	@Override
	void createMore(Composite root) {
		Label overridesLabel = new Label(root, SWT.WRAP);
		overridesLabel.setText("Cell &overrides, one per line as after a stack's 'with' (interlayer.thickness = 15 um); the file is not changed:");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(overridesLabel);
		overrides = new Text(root, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 80).applyTo(overrides);
		overrides.addModifyListener(e -> updateLaunchConfigurationDialog());
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		super.initializeFrom(configuration);
		try {
			overrides.setText(String.join("\n", configuration.getAttribute(SimulationLaunch.OVERRIDES, List.of())));
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		super.performApply(configuration);
		configuration.setAttribute(SimulationLaunch.OVERRIDES, overrides.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
	}

	@Override
	public String getName() {
		return "Simulation";
	}
}
