package org.stratum.engine.validation;

import java.util.Locale;

/**
 * A measured or predicted value of the validation report, in the row's display unit: a number, a bound on one (a
 * lifetime a run or a paper did not see end is at least its length; a CCD whose ramp shorted at its first step is
 * below that step), a failure whose time is not stated, or no
 * number (withheld, not stated, not reached), each with the words the report prints.
 *
 * @param value the number, NaN when there is none
 * @param kind what the number means
 * @param text how the report prints it
 */
public record Value(double value, Kind kind, String text) {

	/** What a value's number means. */
	public enum Kind {
		/** The quantity itself. */
		EQUAL,
		/** A lower bound: "at least" (a run or test that ended before the cell failed, "no short up to"). */
		AT_LEAST,
		/** An upper bound: "below" (a ramp whose first step already shorted the cell). */
		AT_MOST,
		/** The cell failed, at a time not stated. */
		FAILS,
		/** No number: withheld (a blind case), not stated, not reached. */
		NONE
	}

	/** A number, printed with three significant figures. */
	public static Value of(double value) {
		return Double.isFinite(value) ? new Value(value, Kind.EQUAL, format(value)) : none("not reached");
	}

	/** A number printed as given. */
	public static Value of(double value, String text) {
		return new Value(value, Kind.EQUAL, text);
	}

	/** A lower bound with its words. */
	public static Value atLeast(double value, String text) {
		return new Value(value, Kind.AT_LEAST, text);
	}

	/** An upper bound with its words. */
	public static Value atMost(double value, String text) {
		return new Value(value, Kind.AT_MOST, text);
	}

	/** A failure at an unstated time. */
	public static Value fails(String text) {
		return new Value(Double.NaN, Kind.FAILS, text);
	}

	/** No number, with the reason. */
	public static Value none(String text) {
		return new Value(Double.NaN, Kind.NONE, text);
	}

	/** A withheld measurement of a blind case. */
	public static Value withheld() {
		return none("withheld");
	}

	/** n withheld measurements. */
	public static Value[] withheld(int n) {
		Value[] v = new Value[n];
		java.util.Arrays.fill(v, withheld());
		return v;
	}

	/** Numbers, each printed with three significant figures. */
	public static Value[] each(double... values) {
		Value[] v = new Value[values.length];
		for (int k = 0; k < v.length; k++) {
			v[k] = of(values[k]);
		}
		return v;
	}

	/** Whether the value carries a number (the quantity or a bound on it). */
	public boolean hasNumber() {
		return (kind == Kind.EQUAL || kind == Kind.AT_LEAST || kind == Kind.AT_MOST) && Double.isFinite(value);
	}

	/** A time or a count in a quantity's name: as written, without exponent or trailing zeros ("0.5", "1000"). */
	public static String plain(double v) {
		return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
	}

	/** Three significant figures, as the report prints numbers. */
	public static String format(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}
}
