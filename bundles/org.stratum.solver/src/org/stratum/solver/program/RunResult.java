package org.stratum.solver.program;

/**
 * How a run ended and its headline metrics (SI).
 *
 * @param status completed, shorted, stopped by a condition, cancelled or failed
 * @param reason what ended it, naming the step and time
 * @param criticalCurrentDensity A/m2 of the CCD step that shorted (NaN if no ramp shorted)
 * @param shortTime s (NaN if no short)
 * @param cycles cycles completed
 * @param endTime s
 * @param failure how the cell failed ({@link FailureMode#NONE} when it did not: completed, stopped by the protocol,
 *        cancelled or a run that could not go on); its time is {@code endTime}
 */
public record RunResult(Status status, String reason, double criticalCurrentDensity, double shortTime, int cycles, double endTime,
		FailureMode failure) {

	public enum Status {
		COMPLETED, SHORTED, STOPPED, CANCELLED, FAILED
	}
}
