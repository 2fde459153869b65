package org.stratum.engine.results;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Voltage against capacity for the cycles of a full-cell run, from its time series: the charge passed since the
 * start of each half cycle (the trapezoidal integral of |current density| over time) against the cell voltage.
 * A charge half cycle has positive current (Li plates on the working electrode, the summary's sign convention).
 */
public final class CycleCurves {

	/** Which half of a cycle. */
	public enum Half {
		CHARGE, DISCHARGE
	}

	/**
	 * One half cycle's curve.
	 *
	 * @param cycle the cycle count of the series
	 * @param half charge or discharge
	 * @param capacity C/m2 passed since the half cycle began, per sample
	 * @param voltage V per sample
	 */
	public record Curve(int cycle, Half half, double[] capacity, double[] voltage) {
	}

	private CycleCurves() {
	}

	/** The cycle counts the series has loaded samples in, ascending. */
	public static List<Integer> cycles(RunSeries series) {
		TreeSet<Integer> cycles = new TreeSet<>();
		for (int k = 0; k < series.size(); k++) {
			double j = series.value(SeriesColumn.CURRENT_DENSITY, k);
			if (Double.isFinite(j) && j != 0) {
				cycles.add((int) series.value(SeriesColumn.CYCLE, k));
			}
		}
		return new ArrayList<>(cycles);
	}

	/** The charge and discharge curves of one cycle (either is left out when the cycle has none). */
	public static List<Curve> of(RunSeries series, int cycle) {
		List<Curve> curves = new ArrayList<>();
		for (Half half : Half.values()) {
			List<double[]> points = new ArrayList<>();
			double charge = 0;
			int previous = -1;
			for (int k = 0; k < series.size(); k++) {
				double j = series.value(SeriesColumn.CURRENT_DENSITY, k);
				boolean in = (int) series.value(SeriesColumn.CYCLE, k) == cycle && (half == Half.CHARGE ? j > 0 : j < 0);
				if (!in) {
					continue;
				}
				if (previous >= 0 && previous == k - 1) {
					double dt = series.value(SeriesColumn.TIME, k) - series.value(SeriesColumn.TIME, previous);
					charge += 0.5 * (Math.abs(j) + Math.abs(series.value(SeriesColumn.CURRENT_DENSITY, previous))) * dt;
				}
				points.add(new double[] { charge, series.value(SeriesColumn.VOLTAGE, k) });
				previous = k;
			}
			if (points.size() > 1) {
				curves.add(new Curve(cycle, half, points.stream().mapToDouble(p -> p[0]).toArray(), points.stream().mapToDouble(p -> p[1]).toArray()));
			}
		}
		return curves;
	}
}
