package org.stratum.engine.cli;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.cli.ValidationRows.Case;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.Value;

/**
 * Seed 003's rows: CCDs, R_int over 400 h of 0.1 mA/cm2 cycling (bare LATP calibrates its interphase growth, the
 * CuF2 layer's first value the converted layer's conductivity),
 * the thickness series' lifetimes, the LFP full cells' rates, fade, Coulombic efficiency and R_int.
 */
final class Seed003Rows {

	private static final String FILE = "seed-003/seed-003.stratum";

	private Seed003Rows() {
	}

	static void add(ValidationReport report, SeedRuns runs) throws Exception {
		report.add(ValidationRows.ccd(new Case("003", "bare LATP", Role.PREDICTION, null), runs.run(FILE, "CcdBareLatp"), Value.of(0.2)));
		report.add(ValidationRows.ccd(new Case("003", "CuF2 15 um", Role.PREDICTION, null), runs.run(FILE, "CcdCuf2"),
				Value.atLeast(1.7, ">= 1.7 (no short up to it)")));
		cycling(report, runs, "CyclingBareLatp", "bare LATP", new double[] { 562, 1006, 2931, 4083 }, Value.fails("soon fails (time not stated)"));
		cycling(report, runs, "CyclingCuf2", "CuF2 15 um", new double[] { 92, 98, 105, 108 }, Value.atLeast(6000, "6000 h, no short"));
		// the thickness series (Fig. S5, presumably 0.1 / 0.1): 7 um shorts at 250 h, 32 um at 210 h
		report.add(ValidationRows.lifetime(new Case("003", "CuF2 7 um 0.1 mA/cm2 cycling", Role.PREDICTION, null), runs.run(FILE, "CyclingCuf2x7"),
				Value.of(250, "short after 250 h")));
		report.add(ValidationRows.lifetime(new Case("003", "CuF2 32 um 0.1 mA/cm2 cycling", Role.PREDICTION, null), runs.run(FILE, "CyclingCuf2x32"),
				Value.of(210, "short after 210 h")));
		// LFP full cells: 2 mg/cm2 of LFP (an estimate), so 1C = 0.34 mA/cm2
		String lfp = "cathode recipe, loading and pellet thickness are estimates";
		double[] rates = { 0.034, 0.068, 0.17, 0.34 };
		ValidationRows.rates(new Case("003", "CuF2 15 um LFP full cell", Role.PREDICTION, lfp), runs.run(FILE, "LfpRateCuf2"), 2, rates,
				Value.each(167.2, 160.1, 144.9, 128.9)).forEach(report::add);
		ValidationRows.rates(new Case("003", "bare LATP LFP full cell", Role.PREDICTION, lfp), runs.run(FILE, "LfpRateBare"), 2, rates,
				Value.each(161.3, 150.3, 126.4, 101.5)).forEach(report::add);
		fade(report, runs, "LfpCycling02Cuf2", "CuF2 15 um LFP full cell", 93.5, 103, 175, Value.atLeast(99.5, "> 99.5"));
		fade(report, runs, "LfpCycling02Bare", "bare LATP LFP full cell", 23.3, 826, 20740, Value.none("not stated"));
	}

	/** R_int before cycling and after 100, 200 and 400 h of 0.1 mA/cm2 cycling, and the run's lifetime. */
	private static void cycling(ValidationReport report, SeedRuns runs, String simulation, String cell, double[] measured, Value lifetime) throws Exception {
		SimulationRunner.Outcome o = runs.run(FILE, simulation);
		boolean bare = cell.contains("bare");
		double[] hours = { 0, 100, 200, 400 };
		for (int k = 0; k < hours.length; k++) {
			Case c = k == 0 ? bare ? new Case("003", cell, Role.PREDICTION, "Li|LATP exchange current, 12 mm area assumed")
					: new Case("003", cell, Role.CALIBRATION, "converted CuF2 layer's conductivity")
					: bare ? new Case("003", cell, Role.CALIBRATION, "LATP interphase growth")
							: new Case("003", cell, Role.PREDICTION, "LATP's interphase grows only at the layer's coverage defects");
			ValidationRows.interfacialResistance(c, o, new String[] { "after " + Value.plain(hours[k]) + " h" }, new double[] { hours[k] },
					new Value[] { Value.of(measured[k]) }).forEach(report::add);
		}
		report.add(ValidationRows.lifetime(new Case("003", cell + " 0.1 mA/cm2 cycling", Role.PREDICTION, null), o, lifetime));
	}

	/** Seed 003's 100 cycles at 0.2C with EIS before and after. */
	private static void fade(ValidationReport report, SeedRuns runs, String simulation, String cell, double retention, double before, double after,
			Value coulombicEfficiency) throws Exception {
		SimulationRunner.Outcome o = runs.run(FILE, simulation);
		Case c = new Case("003", cell, Role.PREDICTION, "resistance growth from LATP's calibrated interphase; no Li inventory loss modelled");
		double r = o.metrics().capacityRetention();
		report.add(ValidationRows.row(c, "capacity retention after 100 cycles at 0.2C", "%", Value.of(retention),
				Double.isFinite(r) ? Value.of(ResultUnits.PERCENT.fromSI(r)) : Value.none("not reached"), o));
		ValidationRows.coulombicEfficiency(new Case("003", cell, Role.PREDICTION, "electronic leakage through LATP and the layer, and the cut-off"), o,
				coulombicEfficiency).forEach(report::add);
		ValidationRows.interfacialResistanceBeforeAndAfter(c, o, "after 100 cycles", Value.of(before), Value.of(after)).forEach(report::add);
	}
}
