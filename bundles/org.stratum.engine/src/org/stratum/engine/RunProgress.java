package org.stratum.engine;

import java.util.Locale;

import org.stratum.engine.results.ResultUnits;

/**
 * How far a run has got, as reported while it runs.
 *
 * @param fraction of the protocol done, 0 to 1
 * @param time s simulated so far (of the last logged sample)
 * @param cycle the cycle reached
 * @param charge C/m2 passed so far (plated and stripped, over the logged samples)
 * @param cellUpdates cells times time steps of a field model so far (0 for the stack model), for cells per second
 */
public record RunProgress(double fraction, double time, int cycle, double charge, long cellUpdates) {

	/** Characters of the progress bar. */
	private static final int BAR = 30;

	/**
	 * The progress as the command line shows it: "Front [#####   ] 42%  0.0417 h, 0.21 mAh/cm2, cycle 0,
	 * 3.1e+06 cells/s, ETA 12 s": simulated time and charge, the cycle, a field model's cell updates per second, and
	 * the wall time left at the rate so far (from the fraction done).
	 */
	public String describe(String name, double elapsedSeconds) {
		double done = Math.min(1, Math.max(0, fraction));
		int percent = (int) Math.round(done * 100);
		int filled = percent * BAR / 100;
		StringBuilder s = new StringBuilder(name).append(" [").append("#".repeat(filled)).append(" ".repeat(BAR - filled)).append("] ").append(percent)
				.append(String.format(Locale.ROOT, "%%  %.3g h, %.3g mAh/cm2, cycle %d", ResultUnits.HOUR.fromSI(time), ResultUnits.MAH_PER_CM2.fromSI(charge),
						cycle));
		if (cellUpdates > 0 && elapsedSeconds > 0) {
			s.append(String.format(Locale.ROOT, ", %.2g cells/s", cellUpdates / elapsedSeconds));
		}
		if (done > 0 && done < 1) {
			s.append(String.format(Locale.ROOT, ", ETA %.0f s", elapsedSeconds * (1 - done) / done));
		}
		return s.toString();
	}

	/** The same progress with a field model's cell updates. */
	public RunProgress withCellUpdates(long updates) {
		return new RunProgress(fraction, time, cycle, charge, updates);
	}
}
