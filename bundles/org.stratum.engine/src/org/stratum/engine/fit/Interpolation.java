package org.stratum.engine.fit;

/** Simulated values at measured abscissae: linear interpolation that lines up samples logged at the same times. */
final class Interpolation {

	private Interpolation() {
	}

	/**
	 * Linear interpolation of y(x) at the points t (both non-decreasing); before the first x the first y, after the last
	 * the last. Where x repeats a time (a step's end and the next step's start, the current's jump) a t at that time
	 * takes the samples of that time in order as t repeats it (the last when t repeats it more often), so that data
	 * logged like the simulation line up sample for sample.
	 */
	static double[] linear(double[] x, double[] y, double[] t) {
		double[] out = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			int lo = firstAtLeast(x, t[i]);
			if (lo == x.length) {
				out[i] = y[x.length - 1];
			} else if (x[lo] == t[i]) {
				int hi = lo;
				while (hi + 1 < x.length && x[hi + 1] == t[i]) {
					hi++;
				}
				int repeat = 0; // how many times t has given this time before: the k-th time takes the k-th sample (or the last)
				while (i - repeat - 1 >= 0 && t[i - repeat - 1] == t[i]) {
					repeat++;
				}
				out[i] = y[Math.min(hi, lo + repeat)];
			} else if (lo == 0) {
				out[i] = y[0];
			} else {
				double w = (t[i] - x[lo - 1]) / (x[lo] - x[lo - 1]);
				out[i] = y[lo - 1] + w * (y[lo] - y[lo - 1]);
			}
		}
		return out;
	}

	/** The first index whose x is at least v (x.length when none is). */
	private static int firstAtLeast(double[] x, double v) {
		int lo = 0;
		int hi = x.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (x[mid] < v) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
