package org.stratum.model.units;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The physical dimension of a quantity as exponents of the SI base units m, kg, s, A, K and mol.
 * Exponents may be fractional (fracture toughness is Pa m^0.5).
 */
public final class Dimension {

	private static final String[] BASE = { "m", "kg", "s", "A", "K", "mol" };
	private static final double TOLERANCE = 1e-9;

	public static final Dimension NONE = new Dimension(0, 0, 0, 0, 0, 0);
	public static final Dimension LENGTH = new Dimension(1, 0, 0, 0, 0, 0);
	public static final Dimension AREA = new Dimension(2, 0, 0, 0, 0, 0);
	public static final Dimension VOLUME = new Dimension(3, 0, 0, 0, 0, 0);
	public static final Dimension MASS = new Dimension(0, 1, 0, 0, 0, 0);
	public static final Dimension TIME = new Dimension(0, 0, 1, 0, 0, 0);
	public static final Dimension FREQUENCY = new Dimension(0, 0, -1, 0, 0, 0);
	public static final Dimension CURRENT = new Dimension(0, 0, 0, 1, 0, 0);
	public static final Dimension TEMPERATURE = new Dimension(0, 0, 0, 0, 1, 0);
	public static final Dimension AMOUNT = new Dimension(0, 0, 0, 0, 0, 1);
	public static final Dimension CHARGE = CURRENT.times(TIME);
	public static final Dimension FORCE = new Dimension(1, 1, -2, 0, 0, 0);
	public static final Dimension PRESSURE = FORCE.divide(AREA);
	public static final Dimension ENERGY = FORCE.times(LENGTH);
	public static final Dimension POWER = ENERGY.divide(TIME);
	public static final Dimension VOLTAGE = POWER.divide(CURRENT);
	public static final Dimension RESISTANCE = VOLTAGE.divide(CURRENT);
	public static final Dimension CONDUCTANCE = CURRENT.divide(VOLTAGE);
	public static final Dimension CAPACITANCE = CHARGE.divide(VOLTAGE);
	public static final Dimension CONDUCTIVITY = CONDUCTANCE.divide(LENGTH);
	public static final Dimension AREAL_RESISTANCE = RESISTANCE.times(AREA);
	public static final Dimension CURRENT_DENSITY = CURRENT.divide(AREA);
	public static final Dimension AREAL_CAPACITY = CHARGE.divide(AREA);
	public static final Dimension SPECIFIC_CAPACITY = CHARGE.divide(MASS);
	public static final Dimension AREAL_MASS = MASS.divide(AREA);
	public static final Dimension DENSITY = MASS.divide(VOLUME);
	public static final Dimension DIFFUSIVITY = AREA.divide(TIME);
	public static final Dimension MOLAR_VOLUME = VOLUME.divide(AMOUNT);
	public static final Dimension MOLAR_MASS = MASS.divide(AMOUNT);
	public static final Dimension MOLAR_ENERGY = ENERGY.divide(AMOUNT);
	public static final Dimension FRACTURE_TOUGHNESS = PRESSURE.times(new Dimension(0.5, 0, 0, 0, 0, 0));
	/** Growth constant of a mixed-conducting interphase: resistance gained per charge passed (Ohm cm2 per mAh/cm2). */
	public static final Dimension MIXED_INTERPHASE_GROWTH = AREAL_RESISTANCE.divide(AREAL_CAPACITY);
	/** Parabolic constant k_p of a passivating interphase, R^2 = R0^2 + k_p t. */
	public static final Dimension PASSIVATING_INTERPHASE_GROWTH = AREAL_RESISTANCE.power(2).divide(TIME);

	private static final Map<Dimension, String> NAMES = new LinkedHashMap<>();
	static {
		name(NONE, "a dimensionless number such as 0.5 or 20 %");
		name(LENGTH, "a length such as um or mm");
		name(AREA, "an area such as cm2");
		name(VOLUME, "a volume such as uL or cm3");
		name(MASS, "a mass such as mg");
		name(TIME, "a time such as s, min or h");
		name(FREQUENCY, "a frequency such as Hz");
		name(CURRENT, "a current such as mA");
		name(TEMPERATURE, "a temperature such as degC or K");
		name(CHARGE, "a charge such as mAh or C");
		name(FORCE, "a force such as N or tf");
		name(PRESSURE, "a pressure such as MPa");
		name(ENERGY, "an energy such as eV or J");
		name(POWER, "a power such as W");
		name(VOLTAGE, "a voltage such as V or mV");
		name(RESISTANCE, "a resistance such as Ohm");
		name(CONDUCTANCE, "a conductance such as S");
		name(CAPACITANCE, "a capacitance such as F");
		name(CONDUCTIVITY, "a conductivity such as S/cm");
		name(AREAL_RESISTANCE, "an area-specific resistance such as Ohm cm2");
		name(CURRENT_DENSITY, "a current density such as mA/cm2");
		name(AREAL_CAPACITY, "an areal capacity such as mAh/cm2");
		name(SPECIFIC_CAPACITY, "a specific capacity such as mAh/g");
		name(AREAL_MASS, "an areal mass (loading) such as mg/cm2");
		name(DENSITY, "a density such as g/cm3");
		name(DIFFUSIVITY, "a diffusivity such as cm2/s");
		name(MOLAR_VOLUME, "a molar volume such as cm3/mol");
		name(MOLAR_MASS, "a molar mass such as g/mol");
		name(MOLAR_ENERGY, "a molar energy such as kJ/mol");
		name(FRACTURE_TOUGHNESS, "a fracture toughness such as MPa m^0.5");
		name(MIXED_INTERPHASE_GROWTH, "resistance per charge passed such as Ohm cm4/mAh (Ohm cm2 per mAh/cm2)");
		name(PASSIVATING_INTERPHASE_GROWTH, "a parabolic rate constant such as Ohm2 cm4/h");
	}

	private static void name(Dimension d, String description) {
		NAMES.put(d, description);
	}

	private final double[] exponents;

	public Dimension(double m, double kg, double s, double a, double k, double mol) {
		this.exponents = new double[] { m, kg, s, a, k, mol };
	}

	private Dimension(double[] exponents) {
		this.exponents = exponents;
	}

	public Dimension times(Dimension other) {
		double[] e = new double[BASE.length];
		for (int i = 0; i < e.length; i++) {
			e[i] = exponents[i] + other.exponents[i];
		}
		return new Dimension(e);
	}

	public Dimension divide(Dimension other) {
		return times(other.power(-1));
	}

	public Dimension power(double p) {
		double[] e = new double[BASE.length];
		for (int i = 0; i < e.length; i++) {
			e[i] = exponents[i] * p;
		}
		return new Dimension(e);
	}

	/** What a user reads: "a current density such as mA/cm2", or the SI form when the dimension has no name. */
	public String describe() {
		String name = NAMES.get(this);
		return name != null ? name : "a quantity in " + toString();
	}

	@Override
	public boolean equals(Object o) {
		if (!(o instanceof Dimension other)) {
			return false;
		}
		for (int i = 0; i < BASE.length; i++) {
			if (Math.abs(exponents[i] - other.exponents[i]) > TOLERANCE) {
				return false;
			}
		}
		return true;
	}

	@Override
	public int hashCode() {
		long[] rounded = new long[BASE.length];
		for (int i = 0; i < BASE.length; i++) {
			rounded[i] = Math.round(exponents[i] * 1e6);
		}
		return Arrays.hashCode(rounded);
	}

	/** SI form, for example {@code kg m2 s-3 A-1}. */
	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		int[] order = { 1, 0, 2, 3, 4, 5 };
		for (int i : order) {
			double e = exponents[i];
			if (Math.abs(e) < TOLERANCE) {
				continue;
			}
			if (out.length() > 0) {
				out.append(' ');
			}
			out.append(BASE[i]);
			if (Math.abs(e - 1) > TOLERANCE) {
				out.append(e == Math.rint(e) ? String.valueOf((long) e) : "^" + e);
			}
		}
		return out.length() == 0 ? "1" : out.toString();
	}
}
