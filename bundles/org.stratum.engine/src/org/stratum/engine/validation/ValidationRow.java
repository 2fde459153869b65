package org.stratum.engine.validation;

import org.stratum.solver.program.FailureMode;

/**
 * One row of the validation report: a quantity a seed paper's test measures for one cell, measured against
 * predicted.
 *
 * @param seed the paper, "000" to "004"
 * @param cell the cell or test as the paper names it
 * @param quantity what is measured, without its unit
 * @param unit the display unit of both values ("" for a dimensionless one, "h" for a lifetime)
 * @param measured the paper's value ({@link Value#withheld()} for a blind case)
 * @param predicted the model's value
 * @param role calibration, prediction or blind prediction
 * @param basis what the prediction rests on, or null
 * @param failure how the simulated cell failed, or null when the row comes from no run
 */
public record ValidationRow(String seed, String cell, String quantity, String unit, Value measured, Value predicted, Role role, String basis,
		FailureMode failure) {

	/** The quantity with its unit, as a table header cell reads. */
	public String quantityWithUnit() {
		return unit.isEmpty() ? quantity : quantity + " / " + unit;
	}

	/**
	 * The ratio predicted / measured where both are numbers, or whether the two agree where one is a bound or a failure
	 * without a time: "agrees", "disagrees", or "-" where a comparison says nothing.
	 */
	public String agreement() {
		Value m = measured;
		Value p = predicted;
		if (m.kind() == Value.Kind.EQUAL && p.kind() == Value.Kind.EQUAL && m.hasNumber() && p.hasNumber()) {
			return Value.format(p.value() / m.value());
		}
		if (m.kind() == Value.Kind.FAILS) {
			return p.kind() == Value.Kind.EQUAL ? "agrees" : p.kind() == Value.Kind.AT_LEAST ? "disagrees" : "-";
		}
		if (!m.hasNumber() || !p.hasNumber()) {
			return "-";
		}
		if (p.kind() == Value.Kind.AT_MOST) { // the model's cell failed at the first value it was tried at
			return m.value() <= p.value() * (1 + 1e-9) ? "agrees" : "disagrees (" + Value.format(m.value() / p.value()) + " times the bound)";
		}
		if (m.kind() == Value.Kind.AT_LEAST) { // a bound the paper's cell exceeded
			return p.value() >= m.value() * (1 - 1e-9) ? "agrees" : "disagrees (" + Value.format(p.value() / m.value()) + " of the bound)";
		}
		// the model's cell outlived the run: agrees only if the paper's did not fail within it either
		return p.value() >= m.value() ? "disagrees (outlives it)" : "-";
	}
}
