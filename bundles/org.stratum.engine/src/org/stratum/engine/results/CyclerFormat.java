package org.stratum.engine.results;

/**
 * The measured-data files Stratum imports: the Battery Data Format CSV and the text exports of the common
 * cyclers, each with its field separator and the columns it names by default (a user maps others by hand).
 *
 * @param label the name shown to a user
 * @param separator the field separator
 * @param defaults the columns this format names by default
 * @param spectrum the impedance columns its exports name by default (in Hz and Ohm), null when it has no such export
 */
public enum CyclerFormat {
	BDF("Battery Data Format (CSV)", ',', new ColumnMapping("Test Time / s", "s", "Voltage / V", "V", "Current / A", "A", "Cycle Count / 1", false), null),
	NEWARE("Neware BTS (CSV export)", ',', new ColumnMapping("Total Time", ColumnMapping.CLOCK, "Voltage(V)", "V", "Current(mA)", "mA", "Cycle Index", false), null),
	ARBIN("Arbin MITS (CSV export)", ',', new ColumnMapping("Test_Time(s)", "s", "Voltage(V)", "V", "Current(A)", "A", "Cycle_Index", false), null),
	BIOLOGIC("BioLogic EC-Lab (text export)", '\t', new ColumnMapping("time/s", "s", "Ewe/V", "V", "<I>/mA", "mA", "cycle number", false),
			new SpectrumColumns("freq/Hz", "Re(Z)/Ohm", "-Im(Z)/Ohm", true));

	private final String label;
	private final char separator;
	private final ColumnMapping defaults;
	private final SpectrumColumns spectrum;

	CyclerFormat(String label, char separator, ColumnMapping defaults, SpectrumColumns spectrum) {
		this.label = label;
		this.separator = separator;
		this.defaults = defaults;
		this.spectrum = spectrum;
	}

	/**
	 * The columns of an impedance export: frequency (Hz), real part (Ohm), imaginary part (Ohm) and whether that
	 * column holds -Z'' (as EC-Lab writes it) rather than Z''.
	 */
	public record SpectrumColumns(String frequency, String real, String imaginary, boolean imaginaryInverted) {
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

	/** The impedance columns this format's exports name by default. */
	public java.util.Optional<SpectrumColumns> spectrum() {
		return java.util.Optional.ofNullable(spectrum);
	}
}
