package org.stratum.ui.results;

/**
 * Simulated minus measured at the measured times: the simulated curve is interpolated linearly between its
 * samples; measured times outside the simulated run have no residual (NaN).
 */
final class Residuals {

	private Residuals() {
	}

	/** Simulated (t, y) interpolated at each measured time, minus the measured value. t must not decrease. */
	static double[] of(double[] simulatedTime, double[] simulated, double[] measuredTime, double[] measured) {
		double[] r = new double[measuredTime.length];
		for (int k = 0; k < r.length; k++) {
			r[k] = at(simulatedTime, simulated, measuredTime[k]) - measured[k];
		}
		return r;
	}

	/** Root mean square of the finite residuals (NaN when there are none). */
	static double rms(double[] residuals) {
		double sum = 0;
		int n = 0;
		for (double r : residuals) {
			if (Double.isFinite(r)) {
				sum += r * r;
				n++;
			}
		}
		return n == 0 ? Double.NaN : Math.sqrt(sum / n);
	}

	static double at(double[] t, double[] y, double time) {
		if (t.length == 0 || time < t[0] || time > t[t.length - 1]) {
			return Double.NaN;
		}
		int lo = 0, hi = t.length - 1;
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (t[mid] <= time) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		double span = t[hi] - t[lo];
		return span <= 0 ? y[hi] : y[lo] + (y[hi] - y[lo]) * (time - t[lo]) / span;
	}
}
