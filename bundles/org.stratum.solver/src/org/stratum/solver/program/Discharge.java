package org.stratum.solver.program;

/**
 * A step that discharged a full cell: its cycle, mean current density while it ran (A/m2; the set value of a
 * constant-current step), the charge it delivered (C/m2), what kind of step it was (CC, CP, CR, hold, CC-CV)
 * and the charge put in since the previous discharge (C/m2).
 */
public record Discharge(int cycle, double currentDensity, double charge, String step, double chargedBefore) {

	/** Charge out over the charge put in since the previous discharge (NaN when nothing was charged). */
	public double coulombicEfficiency() {
		return chargedBefore > 0 ? charge / chargedBefore : Double.NaN;
	}
}
