package org.stratum.engine.study;

import org.stratum.engine.results.RunSummary;

/**
 * What became of one point of a sweep.
 *
 * @param index the point's number
 * @param state whether it ran, failed or has not run
 * @param summary its run's summary (null unless it ran)
 * @param reason how its run ended, or why it failed or did not run
 * @param bug whether it failed by a bug of Stratum's rather than by its input or its cell
 */
public record PointResult(int index, State state, RunSummary summary, String reason, boolean bug) {

	/** Whether a point ran, failed (with a reason), or has not run yet. */
	public enum State {
		DONE, FAILED, MISSING;

		/** The word sweep.csv and status lines use. */
		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}
}
