package org.stratum.engine.results;

import java.nio.file.Path;

import org.stratum.model.units.Dimension;
import org.stratum.model.units.Unit;
import org.stratum.model.units.UnitException;

/**
 * One column of a measured file to read into SI: its header, how its text becomes a number (a unit, clock text, or
 * a plain number) and whether its sign is the opposite of Stratum's.
 *
 * @param quantity what it holds, for messages ("current")
 * @param header the column's header in the file
 * @param unit the unit of its numbers; null for clock text or a plain number
 * @param clock whether it holds clock text ({@link ColumnMapping#CLOCK})
 * @param inverted whether its values are negated on reading
 */
public record MeasuredColumn(String quantity, String header, Unit unit, boolean clock, boolean inverted) {

	/**
	 * The column of a file mapped with unit text ({@link ColumnMapping#CLOCK} for clock text, null or empty for a
	 * plain number); a unit that is not one of {@code dimension} is the file mapping's error, named with the file.
	 */
	public static MeasuredColumn of(Path file, String quantity, String header, String unitText, Dimension dimension, boolean inverted)
			throws ResultsFormatException {
		if (ColumnMapping.CLOCK.equals(unitText)) {
			return new MeasuredColumn(quantity, header, null, true, inverted);
		}
		if (unitText == null || unitText.isBlank()) {
			return new MeasuredColumn(quantity, header, null, false, inverted);
		}
		try {
			Unit unit = Unit.parse(unitText);
			if (!unit.dimension().equals(dimension)) {
				throw new ResultsFormatException(file.toString(), "is mapped with '" + unitText + "' for " + quantity + ", which is not a unit of " + quantity);
			}
			return new MeasuredColumn(quantity, header, unit, false, inverted);
		} catch (UnitException e) {
			throw new ResultsFormatException(file.toString(), "is mapped with a " + quantity + " unit Stratum cannot read: " + e.getMessage());
		}
	}
}
