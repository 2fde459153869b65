package org.stratum.solver.program;

import java.util.Locale;

/**
 * The protocol's stop conditions, the same for every cell model: whether one holds now (between steps and as a
 * segment starts), and as a switching function whose zero a segment integrator locates in time.
 */
final class StopConditions {

	private StopConditions() {
	}

	/** What a condition reads: of the cell now, or of a trial state inside a segment. */
	interface Observables {

		/** Cell voltage, V (conditions compare its magnitude). */
		double voltage();

		/** Current density, A/m2 (conditions compare its magnitude). */
		double current();

		/** Time since the run started, s. */
		double time();

		/** Charge passed: by the last step between steps, since the segment started inside one; C/m2. */
		double charge();

		/** Temperature, K. */
		double temperature();

		/** |dV/dt|, V/s. */
		double voltageRate();

		/** Cycles counted so far. */
		int cycle();

		/** Whether the cell is shorted. */
		boolean shorted();
	}

	/** Whether the condition holds. */
	static boolean holds(Step.Stop stop, Observables now) {
		if (stop.variable() == Step.Variable.SHORT) {
			return now.shorted();
		}
		double value = switch (stop.variable()) {
		case VOLTAGE -> Math.abs(now.voltage());
		case CURRENT -> Math.abs(now.current());
		case TIME -> now.time();
		case CAPACITY -> now.charge();
		case TEMPERATURE -> now.temperature();
		case VOLTAGE_RATE -> now.voltageRate();
		default -> now.cycle();
		};
		return stop.greater() ? value > stop.value() : value < stop.value();
	}

	/**
	 * Whether the condition can only hold from a segment's start or never: a constant current and the temperature do
	 * not change within a segment, and a voltage-rate condition that already holds has no crossing to locate.
	 */
	static boolean decidedAtStart(Step.Stop stop) {
		return stop.variable() == Step.Variable.CURRENT || stop.variable() == Step.Variable.TEMPERATURE
				|| stop.variable() == Step.Variable.VOLTAGE_RATE;
	}

	/**
	 * Whether a segment locates the condition as an event. A short is the cell model's own event, a cycle limit is
	 * checked as each cycle starts, and a current condition under a constant current is decided at the start.
	 */
	static boolean locatedInSegment(Step.Stop stop, boolean currentVaries) {
		return switch (stop.variable()) {
		case VOLTAGE, TIME, CAPACITY, VOLTAGE_RATE -> true;
		case CURRENT -> currentVaries;
		default -> false;
		};
	}

	/** A function of the trial state that crosses zero where the condition starts to hold. */
	static double switching(Step.Stop stop, Observables trial) {
		double direction = stop.greater() ? 1 : -1;
		return switch (stop.variable()) {
		case VOLTAGE -> direction * (Math.abs(trial.voltage()) - stop.value());
		case TIME -> direction * (trial.time() - stop.value());
		case CAPACITY -> trial.charge() - stop.value(); // the charge passed only grows
		case CURRENT -> direction * (Math.abs(trial.current()) - stop.value());
		case VOLTAGE_RATE -> direction * (trial.voltageRate() - stop.value());
		default -> throw new IllegalArgumentException(stop.variable() + " is not located within a segment");
		};
	}

	/** The reason a run ends for a condition of the protocol: which one, where ("a voltage condition (> 1 V) ..."). */
	static String metAt(Step.Stop stop, String where) {
		if (stop == null) {
			return "a stop condition of the protocol was met at " + where;
		}
		String value = switch (stop.variable()) {
		case VOLTAGE -> String.format(Locale.ROOT, "%.4g V", stop.value());
		case TIME -> String.format(Locale.ROOT, "%.4g h", stop.value() / org.stratum.solver.physics.Constants.SECONDS_PER_HOUR);
		default -> String.format(Locale.ROOT, "%.4g (SI)", stop.value());
		};
		return "a " + describe(stop.variable()) + " condition of the protocol (" + (stop.greater() ? "> " : "< ") + value + ") was met at " + where;
	}

	/** The variable as a reason names it. */
	static String describe(Step.Variable v) {
		return switch (v) {
		case VOLTAGE_RATE -> "dV/dt";
		default -> v.name().toLowerCase(Locale.ROOT);
		};
	}
}
