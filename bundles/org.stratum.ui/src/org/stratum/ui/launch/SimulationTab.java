package org.stratum.ui.launch;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.stratum.ui.preferences.StratumPreferences;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;

/** The Simulation tab: the .stratum file, which of its simulations, and the output folder of its project. */
final class SimulationTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Combo simulation;
	private Text output;
	private Text overrides;

	@Override
	public void createControl(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(root);
		new Label(root, SWT.NONE).setText("&File:");
		file = new Text(root, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(root, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(root, SWT.NONE).setText("&Simulation:");
		simulation = new Combo(root, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(simulation);
		new Label(root, SWT.NONE).setText("&Output folder:");
		output = new Text(root, SWT.BORDER);
		output.setMessage(StratumPreferences.outputFolder() + " (in the file's project)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(output);
		Label overridesLabel = new Label(root, SWT.WRAP);
		overridesLabel.setText("Cell &overrides, one per line as after a stack's 'with' (interlayer.thickness = 15 um); the file is not changed:");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(overridesLabel);
		overrides = new Text(root, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 80).applyTo(overrides);
		overrides.addModifyListener(e -> updateLaunchConfigurationDialog());
		file.addModifyListener(e -> {
			listSimulations();
			updateLaunchConfigurationDialog();
		});
		simulation.addModifyListener(e -> updateLaunchConfigurationDialog());
		output.addModifyListener(e -> updateLaunchConfigurationDialog());
		setControl(root);
	}

	private void browse() {
		FilteredResourcesSelectionDialog dialog = new FilteredResourcesSelectionDialog(getShell(), false, ResourcesPlugin.getWorkspace().getRoot(),
				IResource.FILE);
		dialog.setTitle("Choose a .stratum file");
		dialog.setInitialPattern("*.stratum");
		if (dialog.open() == FilteredResourcesSelectionDialog.OK && dialog.getFirstResult() instanceof IFile chosen) {
			file.setText(chosen.getFullPath().toString());
		}
	}

	private IFile chosenFile() {
		IResource member = file.getText().isBlank() ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(file.getText().strip());
		return member instanceof IFile f && "stratum".equals(f.getFileExtension()) ? f : null;
	}

	/** Offers the chosen file's simulations, keeping the typed text. */
	private void listSimulations() {
		String typed = simulation.getText();
		simulation.removeAll();
		IFile chosen = chosenFile();
		if (chosen != null) {
			try {
				List<String> names = SimulationLaunch.simulationsIn(chosen);
				names.forEach(simulation::add);
			} catch (CoreException e) {
				setErrorMessage(e.getStatus().getMessage());
			}
		}
		simulation.setText(typed);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunch.OUTPUT, StratumPreferences.outputFolder());
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(SimulationLaunch.FILE, ""));
			simulation.setText(configuration.getAttribute(SimulationLaunch.SIMULATION, ""));
			output.setText(configuration.getAttribute(SimulationLaunch.OUTPUT, StratumPreferences.outputFolder()));
			overrides.setText(String.join("\n", configuration.getAttribute(SimulationLaunch.OVERRIDES, List.of())));
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunch.FILE, file.getText().strip());
		configuration.setAttribute(SimulationLaunch.SIMULATION, simulation.getText().strip());
		configuration.setAttribute(SimulationLaunch.OUTPUT, output.getText().strip());
		configuration.setAttribute(SimulationLaunch.OVERRIDES, overrides.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
		IFile chosen = chosenFile();
		configuration.setMappedResources(chosen == null ? null : new IResource[] { chosen });
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		if (chosenFile() == null) {
			setErrorMessage("Choose a .stratum file of the workspace");
			return false;
		}
		if (simulation.getText().isBlank()) {
			setErrorMessage("Choose one of the file's simulations");
			return false;
		}
		if (simulation.getItemCount() > 0 && simulation.indexOf(simulation.getText().strip()) < 0) {
			setErrorMessage(chosenFile().getName() + " has no simulation '" + simulation.getText().strip() + "'");
			return false;
		}
		return true;
	}

	@Override
	public String getName() {
		return "Simulation";
	}
}
