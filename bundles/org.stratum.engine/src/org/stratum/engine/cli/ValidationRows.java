package org.stratum.engine.cli;

import java.util.ArrayList;
import java.util.List;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationRow;
import org.stratum.engine.validation.Value;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;
import org.stratum.solver.program.RunResult;

/**
 * The rows a seed run gives the validation report, one kind of quantity per method: CCD, lifetime, overpotential at
 * times, discharge capacities at rates, retention, interfacial resistance at times. Each takes the paper's values
 * and returns the rows with the model's.
 */
final class ValidationRows {

	private ValidationRows() {
	}

	/** A case of a seed: the paper, the cell's name in the report, the role and what the prediction rests on. */
	record Case(String seed, String cell, Role role, String basis) {
	}

	/** The critical current density of a CCD run. */
	static ValidationRow ccd(Case c, SimulationRunner.Outcome o, Value measured) throws Exception {
		double ccd = o.result().criticalCurrentDensity();
		double predicted = ResultUnits.MA_PER_CM2.fromSI(ccd);
		Value p = Double.isNaN(predicted) ? highestWithoutShort(o)
				: shortedAtFirstCurrent(o, ccd) ? Value.atMost(predicted, "below " + Value.format(predicted) + " (the ramp's first step)")
						: Value.of(predicted);
		return row(c, "CCD", "mA cm-2", measured, p, o);
	}

	/** Whether the cell shorted at the first current it ever carried: then the CCD lies below that step. */
	private static boolean shortedAtFirstCurrent(SimulationRunner.Outcome o, double ccd) throws Exception {
		RunSeries s = SeedRuns.series(o);
		double[] t = s.values(SeriesColumn.TIME);
		double[] j = s.values(SeriesColumn.CURRENT_DENSITY);
		for (int i = 0; i < t.length && t[i] < o.result().shortTime(); i++) {
			if (j[i] != 0 && Math.abs(Math.abs(j[i]) / ccd - 1) > 1e-6) {
				return false;
			}
		}
		return true;
	}

	/** A ramp that never shorted: the CCD is at least the highest current density the cell carried. */
	private static Value highestWithoutShort(SimulationRunner.Outcome o) throws Exception {
		double highest = 0;
		for (double j : SeedRuns.series(o).values(SeriesColumn.CURRENT_DENSITY)) {
			highest = Math.max(highest, Math.abs(j));
		}
		double bound = ResultUnits.MA_PER_CM2.fromSI(highest);
		return Value.atLeast(bound, "no short up to " + Value.format(bound) + " (the ramp's end)");
	}

	/** How long a cycling run's cell lasted: the time it failed, or at least the run's length. */
	static ValidationRow lifetime(Case c, SimulationRunner.Outcome o, Value measured) {
		return row(c, "lifetime", "h", measured, lifetime(o.result()), o);
	}

	static Value lifetime(RunResult r) {
		double end = ResultUnits.HOUR.fromSI(r.endTime());
		if (r.failure() == FailureMode.NONE) {
			return Value.atLeast(end, "no failure in " + Value.plain(Math.round(end * 10) / 10.0) + " h");
		}
		double at = r.failure() == FailureMode.SHORT ? ResultUnits.HOUR.fromSI(r.shortTime()) : end;
		// four figures: cells of one test often fail in the same cycle, minutes apart
		return Value.of(at, r.failure().words() + " after " + String.format(java.util.Locale.ROOT, "%.4g", at) + " h");
	}

	/**
	 * A symmetric cell's overpotential (|V| of the loaded sample at or after each time, mV), one row per time; a time
	 * past the cell's failure is "failed before".
	 */
	static List<ValidationRow> overpotentials(Case c, SimulationRunner.Outcome o, double[] hours, Value[] measured) throws Exception {
		RunSeries s = SeedRuns.series(o);
		double[] t = s.values(SeriesColumn.TIME);
		double[] v = s.values(SeriesColumn.VOLTAGE);
		double[] j = s.values(SeriesColumn.CURRENT);
		List<ValidationRow> rows = new ArrayList<>();
		for (int k = 0; k < hours.length; k++) {
			double at = ResultUnits.HOUR.toSI(hours[k]);
			Value p = Value.none("failed before");
			for (int i = 0; i < t.length; i++) {
				if (t[i] >= at && Math.abs(j[i]) > 0 && !(o.result().failure() == FailureMode.SHORT && t[i] >= o.result().shortTime())) {
					p = Value.of(ResultUnits.MILLIVOLT.fromSI(Math.abs(v[i])));
					break;
				}
			}
			rows.add(row(c, "overpotential at " + Value.plain(hours[k]) + " h", "mV", measured[k], p, o));
		}
		return rows;
	}

	/**
	 * Discharge capacities (mAh per g of active material at the cell's loading) at current densities of a rate test,
	 * each from the first discharge at that current.
	 */
	static List<ValidationRow> rates(Case c, SimulationRunner.Outcome o, double loadingMgCm2, double[] mAcm2, Value[] measured) {
		List<ValidationRow> rows = new ArrayList<>();
		for (int k = 0; k < mAcm2.length; k++) {
			Value p = Value.none("not reached (" + failureOrStatus(o.result()) + ")");
			for (Discharge d : o.metrics().discharges()) {
				if (Math.abs(ResultUnits.MA_PER_CM2.fromSI(d.currentDensity()) / mAcm2[k] - 1) < 0.02) {
					p = Value.of(ResultUnits.MAH_PER_CM2.fromSI(d.charge()) / (loadingMgCm2 * 1e-3));
					break;
				}
			}
			rows.add(row(c, "discharge capacity at " + Value.plain(mAcm2[k]) + " mA/cm2", "mAh g-1", measured[k], p, o));
		}
		return rows;
	}

	/**
	 * Discharge capacities (mAh/g) of a rate test whose rates are C-rates: the first discharge of each rate, with
	 * {@code perRate} cycles per rate.
	 */
	static List<ValidationRow> ratesInOrder(Case c, SimulationRunner.Outcome o, double loadingMgCm2, String[] rates, int perRate, Value[] measured) {
		List<Discharge> d = o.metrics().discharges();
		List<ValidationRow> rows = new ArrayList<>();
		for (int k = 0; k < rates.length; k++) {
			int index = perRate * k;
			Value p = index < d.size() ? Value.of(ResultUnits.MAH_PER_CM2.fromSI(d.get(index).charge()) / (loadingMgCm2 * 1e-3))
					: Value.none("not reached (" + failureOrStatus(o.result()) + ")");
			rows.add(row(c, "discharge capacity at " + rates[k], "mAh g-1", measured[k], p, o));
		}
		return rows;
	}

	/** Discharge capacity (mAh/g) of the first and of the last discharge, and the retention between them. */
	static List<ValidationRow> capacityOverCycles(Case c, SimulationRunner.Outcome o, double loadingMgCm2, Value first, Value last, Value retention) {
		List<Discharge> d = o.metrics().discharges();
		List<ValidationRow> rows = new ArrayList<>();
		Value p0 = d.isEmpty() ? Value.none("no discharge (" + failureOrStatus(o.result()) + ")")
				: Value.of(ResultUnits.MAH_PER_CM2.fromSI(d.get(0).charge()) / (loadingMgCm2 * 1e-3));
		Value pn = d.isEmpty() ? p0 : Value.of(ResultUnits.MAH_PER_CM2.fromSI(d.get(d.size() - 1).charge()) / (loadingMgCm2 * 1e-3));
		rows.add(row(c, "first discharge capacity", "mAh g-1", first, p0, o));
		rows.add(row(c, "discharge capacity at cycle " + d.size(), "mAh g-1", last, pn, o));
		double r = o.metrics().capacityRetention();
		rows.add(row(c, "capacity retention after " + d.size() + " cycles", "%", retention,
				Double.isFinite(r) ? Value.of(ResultUnits.PERCENT.fromSI(r)) : Value.none("not reached (" + failureOrStatus(o.result()) + ")"), o));
		return rows;
	}

	/** Mean Coulombic efficiency of a full cell's run (%), if it discharged. */
	static List<ValidationRow> coulombicEfficiency(Case c, SimulationRunner.Outcome o, Value measured) {
		double ce = o.metrics().meanCoulombicEfficiency();
		double percent = ResultUnits.PERCENT.fromSI(ce);
		return Double.isFinite(ce) ? List.of(row(c, "mean Coulombic efficiency", "%", measured, Value.of(percent, String.format(java.util.Locale.ROOT, "%.2f", percent)), o))
				: List.of();
	}

	/** R_int (Ohm, the cell's area) from the run's spectra taken at the given hours. */
	static List<ValidationRow> interfacialResistance(Case c, SimulationRunner.Outcome o, String[] when, double[] hours, Value[] measured) {
		List<ValidationRow> rows = new ArrayList<>();
		for (int k = 0; k < when.length; k++) {
			RunMetrics.CircuitFit fit = null;
			for (RunMetrics.CircuitFit f : o.metrics().impedanceFit()) {
				if (Math.abs(ResultUnits.HOUR.fromSI(f.time()) - hours[k]) < 1e-6) {
					fit = f;
				}
			}
			rows.add(resistanceRow(c, o, "R_int " + when[k], fit, measured[k]));
		}
		return rows;
	}

	/** R_int (Ohm) from the run's first and last spectra: before and after its cycling. */
	static List<ValidationRow> interfacialResistanceBeforeAndAfter(Case c, SimulationRunner.Outcome o, String after, Value before, Value afterValue) {
		List<RunMetrics.CircuitFit> fits = o.metrics().impedanceFit();
		RunMetrics.CircuitFit last = fits.size() > 1 ? fits.get(fits.size() - 1) : null;
		return List.of(resistanceRow(c, o, "R_int before cycling", fits.isEmpty() ? null : fits.get(0), before),
				resistanceRow(c, o, "R_int " + after, last, afterValue));
	}

	private static ValidationRow resistanceRow(Case c, SimulationRunner.Outcome o, String quantity, RunMetrics.CircuitFit fit, Value measured) {
		Value p = fit == null ? Value.none("not reached (" + failureOrStatus(o.result()) + ")") : Value.of(fit.interfacialResistance());
		return row(c, quantity, "Ohm", measured, p, o);
	}

	static ValidationRow row(Case c, String quantity, String unit, Value measured, Value predicted, SimulationRunner.Outcome o) {
		return new ValidationRow(c.seed(), c.cell(), quantity, unit, measured, predicted, c.role(), c.basis(), o == null ? null : o.result().failure());
	}

	private static String failureOrStatus(RunResult r) {
		if (r.failure() == FailureMode.SHORT) {
			return "short at " + Value.format(ResultUnits.HOUR.fromSI(r.shortTime())) + " h";
		}
		return r.failure() != FailureMode.NONE ? r.failure().words() + " at " + Value.format(ResultUnits.HOUR.fromSI(r.endTime())) + " h"
				: r.status().name().toLowerCase(java.util.Locale.ROOT);
	}
}
