package org.stratum.engine.results;

/**
 * The measured-data files Stratum imports: the Battery Data Format CSV and the text exports of the common
 * cyclers, each with its field separator and the columns it names by default (a user maps others by hand).
 *
 * @param label the name shown to a user
 * @param separator the field separator
 * @param defaults the columns this format names by default
 */
public enum CyclerFormat {
	BDF("Battery Data Format (CSV)", ',', new ColumnMapping("Test Time / s", "s", "Voltage / V", "V", "Current / A", "A", "Cycle Count / 1", false)),
	NEWARE("Neware BTS (CSV export)", ',', new ColumnMapping("Total Time", ColumnMapping.CLOCK, "Voltage(V)", "V", "Current(mA)", "mA", "Cycle Index", false)),
	ARBIN("Arbin MITS (CSV export)", ',', new ColumnMapping("Test_Time(s)", "s", "Voltage(V)", "V", "Current(A)", "A", "Cycle_Index", false)),
	BIOLOGIC("BioLogic EC-Lab (text export)", '\t', new ColumnMapping("time/s", "s", "Ewe/V", "V", "<I>/mA", "mA", "cycle number", false));

	private final String label;
	private final char separator;
	private final ColumnMapping defaults;

	CyclerFormat(String label, char separator, ColumnMapping defaults) {
		this.label = label;
		this.separator = separator;
		this.defaults = defaults;
	}

	public String label() {
		return label;
	}

	public char separator() {
		return separator;
	}

	public ColumnMapping defaults() {
		return defaults;
	}
}
