package org.stratum.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Where the results of a simulation run will be shown. Until the solver and engine exist it tells the
 * user what will appear here.
 */
public class SimulationResultsView extends ViewPart {

	public static final String ID = "org.stratum.ui.views.simulationResults";

	static final String PLACEHOLDER = "No simulation has been run yet.\n\n"
			+ "When you run a simulation from a .stratum file, its results appear here: "
			+ "voltage and current against time, the critical-current-density staircase, "
			+ "capacity against cycle number, Nyquist plots of impedance spectra, "
			+ "and the lithium-plating and dendrite-front map with a time slider, "
			+ "together with a table of the run's metrics.";

	private Label message;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		message = new Label(parent, SWT.WRAP);
		message.setText(PLACEHOLDER);
		message.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
	}

	/** The text the view shows now; tests read it the way a user reads the view. */
	public String getMessage() {
		return message.getText();
	}

	@Override
	public void setFocus() {
		message.setFocus();
	}
}
