package org.stratum.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.RunSummary;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;

/**
 * A run's headline in one line, as the Simulation Results view lists it and the .stratum editor shows it above a
 * simulation: "CCD 15 mA/cm2 · short at 9.34 h", "capacity 0.2 → 0.19 mAh/cm2 (96.1 %)", "overpotential 12 → 15 mV".
 */
public final class Headlines {

	private Headlines() {
	}

	public static String of(RunSummary s) {
		RunMetrics m = s.metrics();
		List<String> parts = new ArrayList<>();
		if (MeasuredData.MODEL.equals(s.model())) {
			parts.add("measured, " + m.cycles() + " cycles over " + MetricRow.format(ResultUnits.HOUR.fromSI(m.endTime())) + " h");
		}
		if (Double.isFinite(m.criticalCurrentDensity())) {
			parts.add("CCD " + MetricRow.format(ResultUnits.MA_PER_CM2.fromSI(m.criticalCurrentDensity())) + " mA/cm2");
		}
		if (m.hasDischarges()) {
			Discharge first = m.discharges().get(0);
			Discharge last = m.discharges().get(m.discharges().size() - 1);
			parts.add("capacity " + MetricRow.format(ResultUnits.MAH_PER_CM2.fromSI(first.charge())) + " → "
					+ MetricRow.format(ResultUnits.MAH_PER_CM2.fromSI(last.charge())) + " mAh/cm2 ("
					+ MetricRow.format(ResultUnits.PERCENT.fromSI(m.capacityRetention())) + " %)");
		} else if (Double.isFinite(m.initialOverpotential()) && !Double.isFinite(m.criticalCurrentDensity())) {
			parts.add("overpotential " + MetricRow.format(ResultUnits.MILLIVOLT.fromSI(m.initialOverpotential())) + " → "
					+ MetricRow.format(ResultUnits.MILLIVOLT.fromSI(m.finalOverpotential())) + " mV");
		}
		if (Double.isFinite(m.shortTime())) {
			parts.add("short at " + MetricRow.format(ResultUnits.HOUR.fromSI(m.shortTime())) + " h");
		} else if (m.failure() != FailureMode.NONE) {
			parts.add(m.failure().words() + " at " + MetricRow.format(ResultUnits.HOUR.fromSI(m.endTime())) + " h");
		} else if (!MeasuredData.MODEL.equals(s.model())) {
			parts.add(s.status().name().toLowerCase(java.util.Locale.ROOT) + " after " + MetricRow.format(ResultUnits.HOUR.fromSI(m.endTime())) + " h");
		}
		if (s.partial()) {
			parts.add("partial");
		}
		return String.join(" · ", parts);
	}

	/** "just now", "5 min ago", "3 h ago", "2 d ago" for a time in epoch milliseconds. */
	public static String ago(long millis, long now) {
		long minutes = Math.max(0, now - millis) / 60_000;
		if (minutes < 1) {
			return "just now";
		}
		if (minutes < 60) {
			return minutes + " min ago";
		}
		return minutes < 48 * 60 ? minutes / 60 + " h ago" : minutes / (24 * 60) + " d ago";
	}
}
