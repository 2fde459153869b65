package org.stratum.solver.program;

import java.util.List;

/**
 * The step program the executor runs (SI, already checked by the language). Positive current density
 * plates Li on the working electrode.
 */
public sealed interface Step {

	/** A rest (no current) for a duration, or until a condition. */
	record Rest(double duration, List<Stop> until) implements Step {
	}

	/** Constant current density j (A/m2) for a duration or a charge (C/m2), or until a condition. */
	record Galvanostatic(double currentDensity, double duration, double charge, List<Stop> until) implements Step {
	}

	/**
	 * A voltage hold of a full cell at volts (V), for a duration (s) or until a condition (typically the
	 * current falling below a value); the current follows the cell.
	 */
	record Hold(double volts, double duration, List<Stop> until) implements Step {
	}

	/**
	 * Constant current j (A/m2; positive charges) to volts, then a hold there until a condition, the whole
	 * step capped at a time (s; NaN for none).
	 */
	record CcCv(double currentDensity, double volts, List<Stop> until, double cap) implements Step {
	}

	/** Constant power density (W/m2; positive charges a full cell) for a duration (s) or until a condition. */
	record ConstantPower(double powerDensity, double duration, List<Stop> until) implements Step {
	}

	/**
	 * Discharge of a full cell through a resistance (Ohm m2, the load's resistance times the cell area): the
	 * current density is V/R at every moment; for a duration (s) or until a condition.
	 */
	record ConstantResistance(double arealResistance, double duration, List<Stop> until) implements Step {
	}

	/**
	 * A critical-current ramp: plate-strip pairs at start, start + increment (or start x factor) ... up to
	 * end; each half-cycle passes a fixed charge (C/m2) or lasts a fixed time (s).
	 */
	record CcdRamp(double start, double increment, double factor, double end, double charge, double time, int pairs, double rest,
			double shortThreshold) implements Step {
	}

	record Repeat(int count, List<Step> steps) implements Step {
	}

	/** Periodic steps: every n cycles (counted by the enclosing repeats) or every period seconds. */
	record Every(int cycles, double period, List<Step> steps) implements Step {
	}

	/** An impedance spectrum of the present state. */
	record Eis(double high, double low, int pointsPerDecade, double amplitude) implements Step {
	}

	/** A change of temperature (K) or stack pressure (Pa) for the steps that follow; NaN leaves it. */
	record Environment(double temperature, double pressure) implements Step {
	}

	/** A place in a block that a {@link Goto} can jump to. */
	record Label(String name) implements Step {
	}

	/**
	 * A jump to a label in the same block or an enclosing one, taken when any of the conditions holds (always
	 * when there are none). A backward jump closes a loop and counts as a cycle.
	 */
	record Goto(String target, List<Stop> when) implements Step {
	}

	/** A step kind the executor cannot run yet; running it stops with its reason. */
	record Unsupported(String what) implements Step {
	}

	/** A condition that ends a step (or the run): variable, comparison, value (SI). */
	record Stop(Variable variable, boolean greater, double value) {
	}

	/**
	 * What a condition compares. TEMPERATURE is the cell's temperature (K), set by environment steps; VOLTAGE_RATE
	 * is the magnitude of the cell voltage's rate of change (V/s).
	 */
	enum Variable {
		VOLTAGE, CURRENT, TIME, CAPACITY, SHORT, CYCLE, TEMPERATURE, VOLTAGE_RATE
	}
}
