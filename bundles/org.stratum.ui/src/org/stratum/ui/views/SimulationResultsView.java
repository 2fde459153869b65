package org.stratum.ui.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Where the results of a simulation run will be shown. Until the results editor exists (issue 12) it tells the user
 * how to run a simulation and where its results are today.
 */
public class SimulationResultsView extends ViewPart {

	public static final String ID = "org.stratum.ui.views.simulationResults";

	static final String PLACEHOLDER = "Run a simulation with Run As > Stratum Simulation on a .stratum file: its log appears in the Console "
			+ "and its results in results/<simulation>/ of the project, where summary.json, run.log, the CSV series and the PNG plots "
			+ "open in their editors.\n\n"
			+ "Charts of a run in the workbench come next: voltage and current against time, the critical-current-density staircase, "
			+ "capacity against cycle number, Nyquist plots of impedance spectra, the lithium-plating and dendrite-front map, "
			+ "and a table of the run's metrics.";

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
