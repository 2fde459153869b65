package org.stratum.solver.program;

/**
 * How a segment ended, with what it passed: charge (C/m2, not negative), time taken (s), the current density at
 * its end (A/m2), and a reason naming the step and time when the run must end.
 *
 * @param unfinished for {@link Outcome#CRACKED}: whether duration or charge are left to run
 * @param failure how the cell failed when the segment ends the run ({@link FailureMode#SHORT} for a short)
 */
public record SegmentResult(Outcome outcome, double charge, double elapsed, double lastCurrent, String reason, boolean unfinished,
		FailureMode failure) {

	/** A result that is no failure of the cell, or a short. */
	public SegmentResult(Outcome outcome, double charge, double elapsed, double lastCurrent, String reason, boolean unfinished) {
		this(outcome, charge, elapsed, lastCurrent, reason, unfinished, outcome == Outcome.SHORTED ? FailureMode.SHORT : FailureMode.NONE);
	}

	/** How a segment ended. */
	public enum Outcome {
		/** Duration or charge reached, a step condition met, or the cathode full or empty: the program goes on. */
		ENDED,
		/** The electrolyte cracked at the plating face; the rest of the segment grows a filament. */
		CRACKED,
		/** A filament spans the electrolyte. */
		SHORTED,
		/** A stop condition of the protocol was met, or the stripping electrode ran out of Li. */
		STOPPED,
		/** The user cancelled the run within the segment. */
		CANCELLED,
		/** The run cannot go on: a drive no current meets, the solver diverged. */
		FAILED
	}

	static SegmentResult ended(double charge, double elapsed, double lastCurrent) {
		return new SegmentResult(Outcome.ENDED, charge, elapsed, lastCurrent, null, false);
	}
}
