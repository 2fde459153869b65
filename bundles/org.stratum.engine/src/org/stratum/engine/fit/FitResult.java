package org.stratum.engine.fit;

import java.nio.file.Path;
import java.util.List;

/**
 * What a fit found.
 *
 * @param values each fitted quantity
 * @param residualRms root mean square of the residuals (unweighted), in the signal's SI unit (V for the voltage)
 * @param residualUnit the unit the residual is shown in ("mV"; empty for a plain number)
 * @param points the number of compared values
 * @param evaluations simulations run
 * @param folder the fit's results folder
 * @param overlay the measured-vs-fitted plot (PNG), null for a metric fit
 * @param library the library overlay with the fitted material values, null when no material value was fitted
 * @param declaration a stack declaration that gives the simulation's cell the fitted values, for the user's .stratum
 *            file (null when a fitted quantity cannot be written after 'with': a protocol quantity, a balanced share)
 */
public record FitResult(List<FittedValue> values, double residualRms, String residualUnit, int points, int evaluations, Path folder, Path overlay, Path library,
		String declaration) {

	/** The residual in its unit. */
	public double residualShown() {
		return residualUnit.isEmpty() ? residualRms : org.stratum.model.units.Unit.parse(residualUnit).fromSI(residualRms);
	}

	/**
	 * One fitted quantity.
	 *
	 * @param label what it is ("material LPSCl.ionic_conductivity")
	 * @param unit the unit of the values
	 * @param value the fitted value
	 * @param low the lower end of its 95 % confidence interval (NaN when the fit gives none)
	 * @param high the upper end
	 * @param lowerBound the fit's lower bound
	 * @param upperBound the fit's upper bound
	 */
	public record FittedValue(String label, String unit, double value, double low, double high, double lowerBound, double upperBound) {

		/** Whether the fitted value sits on one of its bounds (the data want it further out). */
		public boolean atBound() {
			double span = Math.abs(upperBound - lowerBound);
			return Math.abs(value - lowerBound) < 1e-6 * span || Math.abs(value - upperBound) < 1e-6 * span;
		}
	}
}
