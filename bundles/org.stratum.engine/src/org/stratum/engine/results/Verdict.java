package org.stratum.engine.results;

/**
 * Whether a run met one expectation of its simulation or sweep ({@code expect critical_current_density >= 1 mA/cm2;}),
 * as summary.json keeps it.
 *
 * @param expectation the expectation as written
 * @param passed whether the run met it
 * @param actual what the run gave, in the metric's unit, or why it gave nothing ("no value: ...")
 */
public record Verdict(String expectation, boolean passed, String actual) {

	/** "passed" or "failed". */
	public String word() {
		return passed ? "passed" : "failed";
	}
}
