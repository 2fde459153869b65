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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.FilteredResourcesSelectionDialog;
import org.stratum.ui.preferences.StratumPreferences;

/**
 * The main tab of a Stratum launch configuration: the .stratum file, which of its elements runs (a simulation, a sweep
 * or a fit, offered from the file as saved) and the output folder of its project.
 */
abstract class ElementTab extends AbstractLaunchConfigurationTab {

	private Text file;
	private Combo element;
	private Text output;

	/** The label of the element's field ("&Simulation:"). */
	abstract String elementLabel();

	/** What the element is called in messages ("simulation", "sweep or fit"). */
	abstract String elementWord();

	/** The elements of the file as the field offers them, in the file's order. */
	abstract List<String> elementsIn(IFile file) throws CoreException;

	/** The element a configuration names, as the field shows it. */
	abstract String elementOf(ILaunchConfiguration configuration) throws CoreException;

	/** Writes the element the field shows into the configuration. */
	abstract void applyElement(ILaunchConfigurationWorkingCopy configuration, String text);

	/** More fields below the common ones; none by default. */
	void createMore(Composite root) {
	}

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
		new Label(root, SWT.NONE).setText(elementLabel());
		element = new Combo(root, SWT.DROP_DOWN);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(element);
		new Label(root, SWT.NONE).setText("&Output folder:");
		output = new Text(root, SWT.BORDER);
		output.setMessage(StratumPreferences.outputFolder() + " (in the file's project)");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(output);
		createMore(root);
		file.addModifyListener(e -> {
			listElements();
			updateLaunchConfigurationDialog();
		});
		element.addModifyListener(e -> updateLaunchConfigurationDialog());
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

	/** Offers the chosen file's elements, keeping the typed text. */
	private void listElements() {
		String typed = element.getText();
		element.removeAll();
		IFile chosen = chosenFile();
		if (chosen != null) {
			try {
				elementsIn(chosen).forEach(element::add);
			} catch (CoreException e) {
				setErrorMessage(e.getStatus().getMessage());
			}
		}
		element.setText(typed);
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunch.OUTPUT, StratumPreferences.outputFolder());
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			file.setText(configuration.getAttribute(SimulationLaunch.FILE, ""));
			element.setText(elementOf(configuration));
			output.setText(configuration.getAttribute(SimulationLaunch.OUTPUT, StratumPreferences.outputFolder()));
		} catch (CoreException e) {
			setErrorMessage(e.getStatus().getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		configuration.setAttribute(SimulationLaunch.FILE, file.getText().strip());
		applyElement(configuration, element.getText().strip());
		configuration.setAttribute(SimulationLaunch.OUTPUT, output.getText().strip());
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
		if (element.getText().isBlank()) {
			setErrorMessage("Choose one of the file's " + elementWord() + "s");
			return false;
		}
		if (element.getItemCount() > 0 && element.indexOf(element.getText().strip()) < 0) {
			setErrorMessage(chosenFile().getName() + " has no " + elementWord() + " '" + element.getText().strip() + "'");
			return false;
		}
		return true;
	}
}
