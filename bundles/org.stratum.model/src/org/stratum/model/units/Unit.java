package org.stratum.model.units;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit of measure read from text such as {@code mA/cm2}, {@code S/cm}, {@code MPa m^0.5} or
 * {@code degC}: its dimension and how to convert to and from SI ({@code si = value * factor + offset}).
 * Terms are separated by spaces or {@code *}; everything after {@code /} is in the denominator up to
 * the next {@code /} (so {@code J/mol/K} and {@code J/(mol K)} mean the same). Exponents are written
 * {@code cm2}, {@code cm^2}, {@code s-1} or {@code m^0.5}; prefixes p n u µ m c k M G.
 */
public final class Unit {

	private record Base(double factor, Dimension dimension, boolean prefixable) {
	}

	private static final Map<String, Base> BASES = new HashMap<>();
	private static final Map<String, Double> PREFIXES = Map.of("p", 1e-12, "n", 1e-9, "u", 1e-6, "µ", 1e-6, "μ", 1e-6,
			"m", 1e-3, "c", 1e-2, "k", 1e3, "M", 1e6, "G", 1e9);

	/** Faraday's constant in C/mol (CODATA 2018, exact from e and N_A). */
	public static final double FARADAY = 96485.33212;
	/** Molar gas constant in J/(mol K) (CODATA 2018). */
	public static final double GAS_CONSTANT = 8.314462618;
	/** Boltzmann's constant in eV/K (CODATA 2018). */
	public static final double BOLTZMANN_EV = 8.617333262e-5;
	private static final double ELECTRON_VOLT = 1.602176634e-19;
	private static final double STANDARD_GRAVITY = 9.80665;

	static {
		base("m", 1, Dimension.LENGTH);
		base("g", 1e-3, Dimension.MASS);
		base("s", 1, Dimension.TIME);
		base("min", 60, Dimension.TIME, false);
		base("h", 3600, Dimension.TIME, false);
		base("d", 86400, Dimension.TIME, false);
		// the words PyBaMM-style protocols use ("Rest for 1 hour")
		for (String word : new String[] { "sec", "second", "seconds" }) {
			base(word, 1, Dimension.TIME, false);
		}
		for (String word : new String[] { "minute", "minutes" }) {
			base(word, 60, Dimension.TIME, false);
		}
		for (String word : new String[] { "hr", "hour", "hours" }) {
			base(word, 3600, Dimension.TIME, false);
		}
		base("Hz", 1, Dimension.FREQUENCY);
		base("A", 1, Dimension.CURRENT);
		base("K", 1, Dimension.TEMPERATURE);
		base("mol", 1, Dimension.AMOUNT);
		base("C", 1, Dimension.CHARGE);
		base("Ah", 3600, Dimension.CHARGE);
		base("N", 1, Dimension.FORCE);
		base("tf", 1000 * STANDARD_GRAVITY, Dimension.FORCE, false);
		base("Pa", 1, Dimension.PRESSURE);
		base("bar", 1e5, Dimension.PRESSURE, false);
		base("J", 1, Dimension.ENERGY);
		base("eV", ELECTRON_VOLT, Dimension.ENERGY);
		base("W", 1, Dimension.POWER);
		base("Wh", 3600, Dimension.ENERGY);
		base("V", 1, Dimension.VOLTAGE);
		base("Ohm", 1, Dimension.RESISTANCE);
		base("ohm", 1, Dimension.RESISTANCE);
		base("Ω", 1, Dimension.RESISTANCE);
		base("S", 1, Dimension.CONDUCTANCE);
		base("F", 1, Dimension.CAPACITANCE);
		base("L", 1e-3, Dimension.VOLUME);
		base("%", 0.01, Dimension.NONE, false);
		base("wt%", 0.01, Dimension.NONE, false);
		base("vol%", 0.01, Dimension.NONE, false);
		base("at%", 0.01, Dimension.NONE, false);
		base("degC", 1, Dimension.TEMPERATURE, false);
		base("°C", 1, Dimension.TEMPERATURE, false);
		base("oC", 1, Dimension.TEMPERATURE, false); // PyBaMM writes "at 25oC"
	}

	private static void base(String symbol, double factor, Dimension dimension) {
		base(symbol, factor, dimension, true);
	}

	private static void base(String symbol, double factor, Dimension dimension, boolean prefixable) {
		BASES.put(symbol, new Base(factor, dimension, prefixable));
	}

	private static final Pattern TERM = Pattern.compile("([^\\d^\\-+.]+)(?:\\^?([-+]?\\d+(?:\\.\\d+)?))?");

	private final String text;
	private final double factor;
	private final double offset;
	private final Dimension dimension;

	private Unit(String text, double factor, double offset, Dimension dimension) {
		this.text = text;
		this.factor = factor;
		this.offset = offset;
		this.dimension = dimension;
	}

	/** The unit of plain numbers ({@code ""}). */
	public static final Unit ONE = new Unit("", 1, 0, Dimension.NONE);

	/** Reads a unit; throws {@link UnitException} naming the part it does not know. */
	public static Unit parse(String text) {
		String trimmed = text == null ? "" : text.trim();
		if (trimmed.isEmpty()) {
			return ONE;
		}
		if (trimmed.equals("degC") || trimmed.equals("°C") || trimmed.equals("oC")) {
			return new Unit(trimmed, 1, 273.15, Dimension.TEMPERATURE);
		}
		String normalised = trimmed.replace("(", " ").replace(")", " ").replace("·", " ").replace("*", " ")
				.replace("/", " / ");
		double factor = 1;
		Dimension dimension = Dimension.NONE;
		boolean denominator = false;
		boolean any = false;
		for (String token : normalised.split("\\s+")) {
			if (token.isEmpty()) {
				continue;
			}
			if (token.equals("/")) {
				denominator = true;
				continue;
			}
			Matcher m = TERM.matcher(token);
			if (!m.matches()) {
				throw new UnitException("cannot read unit '" + trimmed + "': '" + token + "' is not a unit term");
			}
			double exponent = m.group(2) == null ? 1 : Double.parseDouble(m.group(2));
			if (denominator) {
				exponent = -exponent;
			}
			Base base = lookup(m.group(1), trimmed);
			factor *= Math.pow(base.factor, exponent);
			dimension = dimension.times(base.dimension.power(exponent));
			any = true;
			if (!trimmed.contains("(")) {
				// without parentheses a '/' applies to the next term only unless more '/' follow: J/mol/K
				denominator = false;
			}
		}
		if (!any) {
			throw new UnitException("cannot read unit '" + trimmed + "'");
		}
		return new Unit(trimmed, factor, 0, dimension);
	}

	private static Base lookup(String symbol, String whole) {
		Base exact = BASES.get(symbol);
		if (exact != null) {
			return exact;
		}
		for (int prefixLength = 1; prefixLength <= 1 && symbol.length() > prefixLength; prefixLength++) {
			Double prefix = PREFIXES.get(symbol.substring(0, prefixLength));
			Base base = BASES.get(symbol.substring(prefixLength));
			if (prefix != null && base != null && base.prefixable) {
				return new Base(prefix * base.factor, base.dimension, false);
			}
		}
		throw new UnitException("unknown unit '" + symbol + "' in '" + whole + "'");
	}

	public double toSI(double value) {
		return value * factor + offset;
	}

	public double fromSI(double si) {
		return (si - offset) / factor;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** The scale factor to SI (ignoring any offset, as for temperature differences). */
	public double factor() {
		return factor;
	}

	@Override
	public String toString() {
		return text;
	}

	/** Case-insensitive symbol comparison is never right for units (mS vs Ms); this is exact. */
	@Override
	public boolean equals(Object o) {
		return o instanceof Unit u && u.text.equals(text);
	}

	@Override
	public int hashCode() {
		return text.hashCode();
	}
}
