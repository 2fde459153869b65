package org.stratum.engine.results;

/**
 * Which columns of a measured file hold time, voltage, current and cycle, and in which units. Units are any unit
 * Stratum reads ("s", "h", "mA", "A"); time may also be {@link #CLOCK}, clock text such as {@code 12:03:45.5} or
 * {@code 1-02:03:04} (days-hours:minutes:seconds) as Neware writes it.
 *
 * @param time header of the time column
 * @param timeUnit its unit, or {@link #CLOCK}
 * @param voltage header of the cell-voltage column
 * @param voltageUnit its unit
 * @param current header of the current column
 * @param currentUnit its unit
 * @param cycle header of the cycle-number column, or null when the file has none
 * @param invertCurrent whether the file's current has the opposite sign to Stratum's (positive charges the cell:
 *            Li plates on the working electrode)
 */
public record ColumnMapping(String time, String timeUnit, String voltage, String voltageUnit, String current, String currentUnit, String cycle,
		boolean invertCurrent) {

	/** The time unit of clock text. */
	public static final String CLOCK = "h:mm:ss";
}
