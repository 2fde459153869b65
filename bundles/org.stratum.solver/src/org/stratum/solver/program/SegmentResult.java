package org.stratum.solver.program;

/**
 * How a segment ended, with what it passed: charge (C/m2, not negative), time taken (s), the current density at
 * its end (A/m2), and a reason naming the step and time when the run must end.
 *
 * @param unfinished for {@link Outcome#CRACKED}: whether duration or charge are left to run
 */
public record SegmentResult(Outcome outcome, double charge, double elapsed, double lastCurrent, String reason, boolean unfinished) {

	/** How a segment ended. */
	public enum Outcome {
		/** Duration or charge reached, a step condition met, or the cathode full or empty: the program goes on. */
		ENDED,
		/** The electrolyte cracked at the plating face; the rest of the segment grows a filament. */
		CRACKED,
		/** A filament spans the electrolyte. */
		SHORTED,
		/** A stop condition of the protocol was met. */
		STOPPED,
		/** The user cancelled the run within the segment. */
		CANCELLED,
		/** The run cannot go on: Li exhausted, a drive no current meets, the solver diverged. */
		FAILED
	}

	static SegmentResult ended(double charge, double elapsed, double lastCurrent) {
		return new SegmentResult(Outcome.ENDED, charge, elapsed, lastCurrent, null, false);
	}
}
