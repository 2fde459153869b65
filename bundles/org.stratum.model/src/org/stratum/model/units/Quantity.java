package org.stratum.model.units;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number with its unit as a user writes it ({@code "20 um"}, {@code "1.0e-3 S/cm"}, {@code "55 degC"}).
 * Immutable. It is the EMF data type of every quantity in a {@code .stack} file: EMF reads it through
 * {@link #Quantity(String)} and writes it through {@link #toString()}.
 */
public final class Quantity {

	private static final Pattern TEXT = Pattern
			.compile("\\s*([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)\\s*(.*?)\\s*");

	private final double value;
	private final Unit unit;

	/** Reads {@code "<number> <unit>"}; throws {@link UnitException} saying what is wrong. */
	public Quantity(String text) {
		Matcher m = TEXT.matcher(Objects.requireNonNullElse(text, ""));
		if (!m.matches()) {
			throw new UnitException("'" + text + "' is not a quantity: expected a number followed by a unit, such as '20 um'");
		}
		this.value = Double.parseDouble(m.group(1));
		this.unit = Unit.parse(m.group(2));
		if (!Double.isFinite(value)) {
			throw new UnitException("'" + text + "' is not a finite number");
		}
	}

	private Quantity(double value, Unit unit) {
		this.value = value;
		this.unit = unit;
	}

	public static Quantity of(double value, String unit) {
		return new Quantity(value, Unit.parse(unit));
	}

	/** EMF's factory looks for this when it reads a data value from XMI. */
	public static Quantity valueOf(String text) {
		return new Quantity(text);
	}

	public double value() {
		return value;
	}

	public Unit unit() {
		return unit;
	}

	public Dimension dimension() {
		return unit.dimension();
	}

	public double toSI() {
		return unit.toSI(value);
	}

	/** The value in another unit of the same dimension. */
	public double in(String otherUnit) {
		Unit other = Unit.parse(otherUnit);
		if (!other.dimension().equals(unit.dimension())) {
			throw new UnitException("cannot express " + this + " in " + otherUnit + ": it is " + unit.dimension().describe());
		}
		return other.fromSI(toSI());
	}

	public boolean hasDimension(Dimension dimension) {
		return unit.dimension().equals(dimension);
	}

	/** Shortest text that reads back to the same value: {@code "20 um"}, {@code "2.44e-6 S/cm"}. */
	@Override
	public String toString() {
		String number = number(value);
		return unit.toString().isEmpty() ? number : number + " " + unit;
	}

	/** The shortest text of a number that reads back to it: "20", "0.85", "2.44e-6". */
	public static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : Double.toString(value).replace('E', 'e');
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Quantity q && q.value == value && q.unit.equals(unit);
	}

	@Override
	public int hashCode() {
		return Objects.hash(value, unit);
	}
}
