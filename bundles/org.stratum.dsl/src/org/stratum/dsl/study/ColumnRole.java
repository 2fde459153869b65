package org.stratum.dsl.study;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stratum.model.units.Dimension;

/**
 * The columns a fit reads from its data file, by the names the language writes ({@code column current = "I/mA" in mA;}):
 * the cycler's time series (time, voltage, current, cycle), a per-cycle discharge capacity, and an impedance
 * spectrum (frequency, real and imaginary part).
 */
public enum ColumnRole {
	TIME("time since the start of the test", Dimension.TIME, "s", true, false),
	VOLTAGE("the cell's voltage", Dimension.VOLTAGE, "V", false, false),
	CURRENT("the cell's current, positive charging the working electrode (write 'inverted' when the file's sign is the opposite)", Dimension.CURRENT,
			"mA", false, true),
	CYCLE("the cycle number (a plain number)", Dimension.NONE, "", false, false),
	CAPACITY("the discharge capacity the cycler counts in each cycle (the largest value of a cycle is its capacity)", Dimension.CHARGE, "mAh", false, false),
	FREQUENCY("the frequency of an impedance point", Dimension.FREQUENCY, "Hz", false, false),
	REAL("the real part of the impedance, Z'", Dimension.RESISTANCE, "Ohm", false, false),
	IMAGINARY("the imaginary part of the impedance, Z'' (write 'inverted' for a column of -Z'')", Dimension.RESISTANCE, "Ohm", false, true);

	/** What the column holds, for hover and messages. */
	private final String description;
	/** The dimension of the unit written after 'in' (NONE: a plain number, no unit). */
	private final Dimension dimension;
	/** A unit such columns are often in, for messages. */
	private final String example;
	/** Whether the column may hold clock text (h:mm:ss) instead of numbers in a unit. */
	private final boolean clock;
	/** Whether the column's sign may be the opposite of Stratum's ('inverted'). */
	private final boolean invertible;

	ColumnRole(String description, Dimension dimension, String example, boolean clock, boolean invertible) {
		this.description = description;
		this.dimension = dimension;
		this.example = example;
		this.clock = clock;
		this.invertible = invertible;
	}

	/** The name the language writes. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String description() {
		return description;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** Whether its values are plain numbers (no unit may be written). */
	public boolean unitless() {
		return Dimension.NONE.equals(dimension);
	}

	public String example() {
		return example;
	}

	public boolean clock() {
		return clock;
	}

	public boolean invertible() {
		return invertible;
	}

	/** The column the language names so. */
	public static Optional<ColumnRole> named(String word) {
		return Arrays.stream(values()).filter(c -> c.word().equals(word)).findFirst();
	}

	/** Every column's word, in order. */
	public static List<String> words() {
		return Arrays.stream(values()).map(ColumnRole::word).toList();
	}
}
