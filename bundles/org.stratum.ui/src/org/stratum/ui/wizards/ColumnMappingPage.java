package org.stratum.ui.wizards;

import java.io.IOException;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.stratum.engine.results.ColumnMapping;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.engine.results.MeasuredTable;

/**
 * The second page of the measured-data import: which column is time, voltage, current and cycle, in which units,
 * and whether the file's current sign is the opposite of Stratum's. It starts from the mapping last used with the
 * format (or the format's own column names).
 */
public final class ColumnMappingPage extends WizardPage {

	private static final String NONE = "(none)";
	private static final String[] TIME_UNITS = { "s", "min", "h", ColumnMapping.CLOCK };
	private static final String[] VOLTAGE_UNITS = { "V", "mV" };
	private static final String[] CURRENT_UNITS = { "A", "mA", "uA" };

	private final MeasuredFilePage filePage;
	private Combo time, timeUnit, voltage, voltageUnit, current, currentUnit, cycle;
	private Button invert;

	ColumnMappingPage(MeasuredFilePage filePage) {
		super("mapping");
		this.filePage = filePage;
		setTitle("Columns");
		setDescription("Which columns hold time, voltage, current and cycle. Positive current charges the cell (Li plates on the working electrode).");
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		time = row(c, "Time:");
		timeUnit = units(c, TIME_UNITS);
		voltage = row(c, "Voltage:");
		voltageUnit = units(c, VOLTAGE_UNITS);
		current = row(c, "Current:");
		currentUnit = units(c, CURRENT_UNITS);
		cycle = row(c, "Cycle number:");
		new Label(c, SWT.NONE);
		invert = new Button(c, SWT.CHECK);
		invert.setText("The file's current is positive on discharge (invert it)");
		invert.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		setControl(c);
	}

	private static Combo row(Composite c, String label) {
		new Label(c, SWT.NONE).setText(label);
		Combo combo = new Combo(c, SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return combo;
	}

	private static Combo units(Composite c, String[] units) {
		Combo combo = new Combo(c, SWT.DROP_DOWN);
		combo.setItems(units);
		return combo;
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			load();
		}
		super.setVisible(visible);
	}

	/** Offers the file's columns and selects the remembered mapping's. */
	void load() {
		CyclerFormat format = filePage.format();
		List<String> columns;
		try {
			columns = MeasuredTable.columns(filePage.file(), format);
		} catch (IOException e) {
			setErrorMessage(e.getMessage());
			setPageComplete(false);
			return;
		}
		ColumnMapping m = ((ImportMeasuredDataWizard) getWizard()).remembered(format);
		String[] names = columns.toArray(new String[0]);
		for (Combo combo : new Combo[] { time, voltage, current }) {
			combo.setItems(names);
		}
		cycle.setItems(names);
		cycle.add(NONE, 0);
		choose(time, m.time());
		choose(voltage, m.voltage());
		choose(current, m.current());
		choose(cycle, m.cycle() == null ? NONE : m.cycle());
		timeUnit.setText(m.timeUnit());
		voltageUnit.setText(m.voltageUnit());
		currentUnit.setText(m.currentUnit());
		invert.setSelection(m.invertCurrent());
		boolean complete = time.getSelectionIndex() >= 0 && voltage.getSelectionIndex() >= 0 && current.getSelectionIndex() >= 0;
		setErrorMessage(complete ? null : "Choose the time, voltage and current columns of " + filePage.file().getFileName());
		setPageComplete(true); // Finish reads the file and says what is wrong with the mapping
	}

	private static void choose(Combo combo, String name) {
		int index = combo.indexOf(name == null ? "" : name);
		if (index >= 0) {
			combo.select(index);
		}
	}

	/** The mapping as the page shows it. */
	public ColumnMapping mapping() {
		String cycleColumn = cycle.getText().equals(NONE) || cycle.getText().isEmpty() ? null : cycle.getText();
		return new ColumnMapping(time.getText(), timeUnit.getText().strip(), voltage.getText(), voltageUnit.getText().strip(), current.getText(),
				currentUnit.getText().strip(), cycleColumn, invert.getSelection());
	}

	/** Chooses a column as a user does in the combo, for tests. */
	public void chooseColumns(String timeColumn, String timeUnitText, String voltageColumn, String currentColumn, String currentUnitText) {
		choose(time, timeColumn);
		timeUnit.setText(timeUnitText);
		choose(voltage, voltageColumn);
		choose(current, currentColumn);
		currentUnit.setText(currentUnitText);
	}
}
