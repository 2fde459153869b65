package org.stratum.engine.results;

/**
 * The columns of a run's {@code timeseries.bdf.csv} in the order written: Battery Data Format columns
 * ("Quantity / Unit", SI) then Stratum's own. Readers find a column by its header, so a file with columns
 * in another order or with some missing still reads.
 */
public enum SeriesColumn {
	TIME("Test Time / s"), VOLTAGE("Voltage / V"), CURRENT("Current / A"), CYCLE("Cycle Count / 1"), STEP("Step Count / 1"),
	AMBIENT_TEMPERATURE("Ambient Temperature / degC"), CURRENT_DENSITY("Current Density / A/m2"), OHMIC_OVERPOTENTIAL("Ohmic Overpotential / V"),
	WORKING_FACE_OVERPOTENTIAL("Working Face Overpotential / V"), COUNTER_FACE_OVERPOTENTIAL("Counter Face Overpotential / V"),
	INTERPHASE_OVERPOTENTIAL("Interphase Overpotential / V"), CONTACT_WORKING("Contact Fraction Working / 1"),
	CONTACT_COUNTER("Contact Fraction Counter / 1"), FILAMENT_WORKING("Filament Length Working / m"), FILAMENT_COUNTER("Filament Length Counter / m"),
	PLATED_LI_SIDE("Li Plated Li Side / C/m2"), PLATED_INSIDE_LAYER("Li Plated Inside Layer / C/m2"), PLATED_FACE_BAND("Li Plated Face Band / C/m2"),
	PLATED_INSIDE_ELECTROLYTE("Li Plated Inside Electrolyte / C/m2"), FRONT_HEIGHT_MAX("Front Height Max / m"),
	FRONT_HEIGHT_MEAN("Front Height Mean / m"), TIP_VELOCITY("Tip Velocity / m/s");

	/** The header as written in the file. */
	private final String header;

	SeriesColumn(String header) {
		this.header = header;
	}

	public String header() {
		return header;
	}

	/** The column of Li plated at a location. */
	public static SeriesColumn plated(RunMetrics.Location location) {
		return values()[PLATED_LI_SIDE.ordinal() + location.ordinal()];
	}
}
