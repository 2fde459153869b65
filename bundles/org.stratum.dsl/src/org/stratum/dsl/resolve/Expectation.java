package org.stratum.dsl.resolve;

import java.util.List;

import org.stratum.dsl.stratum.Quantity;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.UnitException;

/**
 * What a quantity in a given place must be: one of several dimensions (a step is driven by a current
 * density, a current, a C-rate or a power), with the units a quick fix proposes.
 */
public record Expectation(String description, List<Dimension> dimensions, boolean cRateAllowed, List<String> suggestedUnits) {

	public static final Expectation TIME = of("a time such as s, min or h", List.of(Dimension.TIME), "h", "min", "s");
	public static final Expectation TIME_OR_CAPACITY = of("a time such as h or an areal capacity such as mAh/cm2",
			List.of(Dimension.TIME, Dimension.AREAL_CAPACITY, Dimension.CHARGE), "h", "mAh/cm2", "mAh");
	public static final Expectation CURRENT_DENSITY = of("a current density such as mA/cm2",
			List.of(Dimension.CURRENT_DENSITY, Dimension.CURRENT), "mA/cm2", "mA");
	public static final Expectation DRIVE = new Expectation(
			"a current density (mA/cm2), a current (mA, A), a C-rate (1C), a power (W, mW/cm2) or a resistance (Ohm)",
			List.of(Dimension.CURRENT_DENSITY, Dimension.CURRENT, Dimension.POWER, Dimension.POWER.divide(Dimension.AREA),
					Dimension.RESISTANCE),
			true, List.of("mA/cm2", "mA", "C"));
	public static final Expectation CURRENT_OR_RATE = new Expectation("a current density (mA/cm2), a current (mA) or a C-rate (1C)",
			List.of(Dimension.CURRENT_DENSITY, Dimension.CURRENT), true, List.of("mA/cm2", "mA", "C"));
	public static final Expectation VOLTAGE = of("a voltage such as V or mV", List.of(Dimension.VOLTAGE), "V", "mV");
	public static final Expectation FREQUENCY = of("a frequency such as Hz, kHz or MHz", List.of(Dimension.FREQUENCY), "Hz", "kHz", "MHz");
	public static final Expectation AMPLITUDE = of("a voltage (mV) or a current (uA, mA/cm2) amplitude",
			List.of(Dimension.VOLTAGE, Dimension.CURRENT, Dimension.CURRENT_DENSITY), "mV", "uA");
	public static final Expectation TEMPERATURE = of("a temperature such as degC or K", List.of(Dimension.TEMPERATURE), "degC", "K");
	public static final Expectation PRESSURE = of("a pressure such as MPa", List.of(Dimension.PRESSURE), "MPa");
	public static final Expectation LENGTH = of("a length such as um", List.of(Dimension.LENGTH), "um", "nm", "mm");
	public static final Expectation CAPACITY = of("a capacity such as mAh/cm2 or mAh",
			List.of(Dimension.AREAL_CAPACITY, Dimension.CHARGE), "mAh/cm2", "mAh");
	public static final Expectation FRACTION = of("a fraction such as 20 wt% or 0.2", List.of(Dimension.NONE), "wt%", "vol%", "%");
	public static final Expectation NUMBER = of("a plain number", List.of(Dimension.NONE));
	public static final Expectation RATE_OF_VOLTAGE = of("a voltage rate such as mV/s or mV/min",
			List.of(Dimension.VOLTAGE.divide(Dimension.TIME)), "mV/s", "mV/min");

	private static Expectation of(String description, List<Dimension> dimensions, String... units) {
		return new Expectation(description, dimensions, false, List.of(units));
	}

	/** Null when the quantity fits, else the message: "expected X, got Y". */
	public String check(Quantity q) {
		if (cRateAllowed && Quantities.isCRate(q)) {
			return null;
		}
		Dimension actual;
		try {
			actual = Quantities.dimension(q);
		} catch (UnitException e) {
			return e.getMessage() + "; expected " + description;
		}
		if (dimensions.contains(actual)) {
			return null;
		}
		String unit = Quantities.unitText(q);
		return "expected " + description + ", got " + (unit.isEmpty() ? "a plain number" : actual.describe().replaceFirst(" such as .*", "") + " ('" + unit + "')");
	}
}
