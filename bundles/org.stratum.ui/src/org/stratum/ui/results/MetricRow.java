package org.stratum.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.RunSummary;
import org.stratum.model.units.Unit;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;

/**
 * One line of a run's metrics table: the quantity, its value as shown and its unit. {@link #of} lists the rows a
 * summary has values for, in the order a modeller reads them.
 */
public record MetricRow(String quantity, String value, String unit) {

	/** The rows of a summary's metrics. */
	public static List<MetricRow> of(RunSummary summary) {
		RunMetrics m = summary.metrics();
		List<MetricRow> rows = new ArrayList<>();
		rows.add(new MetricRow("status", summary.status().name().toLowerCase(Locale.ROOT) + (summary.partial() ? " (partial result)" : ""), ""));
		add(rows, "critical current density", m.criticalCurrentDensity(), ResultUnits.MA_PER_CM2);
		add(rows, "short circuit at", m.shortTime(), ResultUnits.HOUR);
		if (m.failure() != FailureMode.NONE && m.failure() != FailureMode.SHORT) {
			rows.add(new MetricRow("failed (" + m.failure().words() + ") at", format(ResultUnits.HOUR.fromSI(m.endTime())), ResultUnits.HOUR.toString()));
		}
		rows.add(new MetricRow("cycles completed", Integer.toString(m.cycles()), ""));
		add(rows, "simulated time", m.endTime(), ResultUnits.HOUR);
		add(rows, "overpotential at the start", m.initialOverpotential(), ResultUnits.MILLIVOLT);
		add(rows, "overpotential at the end", m.finalOverpotential(), ResultUnits.MILLIVOLT);
		if (m.hasDischarges()) {
			Discharge first = m.discharges().get(0);
			Discharge last = m.discharges().get(m.discharges().size() - 1);
			add(rows, "first discharge capacity", first.charge(), ResultUnits.MAH_PER_CM2);
			add(rows, "last discharge capacity", last.charge(), ResultUnits.MAH_PER_CM2);
			add(rows, "capacity retention", m.capacityRetention(), ResultUnits.PERCENT);
			add(rows, "mean Coulombic efficiency", m.meanCoulombicEfficiency(), ResultUnits.PERCENT);
		}
		for (RunMetrics.Location l : RunMetrics.Location.values()) {
			add(rows, "Li plated: " + l.label(), m.platedShares().share(l), ResultUnits.PERCENT);
		}
		if (!m.impedanceFit().isEmpty()) {
			add(rows, "R_int, first spectrum", m.impedanceFit().get(0).interfacial(), ResultUnits.OHM_CM2);
			add(rows, "R_int, last spectrum", m.impedanceFit().get(m.impedanceFit().size() - 1).interfacial(), ResultUnits.OHM_CM2);
		}
		return rows;
	}

	private static void add(List<MetricRow> rows, String quantity, double si, Unit unit) {
		if (Double.isFinite(si)) {
			rows.add(new MetricRow(quantity, format(unit.fromSI(si)), unit.toString()));
		}
	}

	/** Four significant digits, plain where that reads well. */
	static String format(double v) {
		return Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3 && v != 0 ? String.format(Locale.ROOT, "%.3e", v)
				: new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
	}
}
