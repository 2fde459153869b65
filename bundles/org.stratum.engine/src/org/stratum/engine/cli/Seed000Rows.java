package org.stratum.engine.cli;

import java.util.ArrayList;

import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.cli.ValidationRows.Case;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.Value;
import org.stratum.model.stack.Cell;
import org.stratum.model.units.Quantity;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;

/** Seed 000's rows: CCDs (bare and SC calibrate), apparent exchange currents, polarisations, full-cell rates, lifetime. */
final class Seed000Rows {

	private static final String FILE = "seed-000/seed-000.stratum";

	private Seed000Rows() {
	}

	static void add(ValidationReport report, SeedRuns runs) throws Exception {
		ccd(report, runs, "CcdBare", "bare Li", Value.of(3), Role.CALIBRATION);
		ccd(report, runs, "CcdSc", "SC", Value.of(10), Role.CALIBRATION);
		ccd(report, runs, "CcdScMicro", "SC-micro 20LLZTO", Value.of(16), Role.PREDICTION);
		ccd(report, runs, "CcdScNano", "SC-nano 20LLZTO", Value.atLeast(20, ">= 20 (top of range)"), Role.PREDICTION);
		// apparent exchange currents at -5 degC, relative to bare Li (the model's reaction area vs Tafel)
		double bare = apparentExchange("sym-bare.stack");
		i0(report, "SC", "sym-sc.stack", 0.398 / 0.291, bare);
		i0(report, "SC-micro 20LLZTO", "sym-sc-micro20-llzto.stack", 0.606 / 0.291, bare);
		i0(report, "SC-nano 20LLZTO", "sym-sc-nano20-llzto.stack", 1.291 / 0.291, bare);
		// polarisation at 2 mA/cm2 (differences between cells are what compares: see physics.md)
		polarisation(report, "bare Li", "sym-bare.stack", 20);
		polarisation(report, "SC-micro 20LLZTO", "sym-sc-micro20-llzto.stack", 10);
		polarisation(report, "SC-nano 20LLZTO", "sym-sc-nano20-llzto.stack", 8);
		// full cells at 0.2 mAh/cm2 (1.48 mg/cm2 of LZO@LCO), capacity at 30C and 50C of the rate ladder
		String noFit = "OCV and kinetics estimates, no fitted constant";
		rate(report, runs, "RateScNano", "SC-nano 20LLZTO full cell", 10, 89.9, noFit);
		rate(report, runs, "RateScMicro", "SC-micro 20LLZTO full cell", 10, 82.2, noFit);
		rate(report, runs, "RateSc", "SC full cell", 6, 63.8, noFit);
		rate(report, runs, "RateBare", "bare Li full cell", 6, 20.1, noFit);
		Case cycling = new Case("000", "SC-nano 2 mA/cm2 cycling", Role.PREDICTION, null);
		report.add(ValidationRows.lifetime(cycling, runs.run(FILE, "CyclingScNano"), Value.atLeast(2200, "about 2200 h, no short")));
	}

	private static void ccd(ValidationReport report, SeedRuns runs, String simulation, String cell, Value measured, Role role) throws Exception {
		report.add(ValidationRows.ccd(new Case("000", cell, role, null), runs.run(FILE, simulation), measured));
	}

	private static void rate(ValidationReport report, SeedRuns runs, String simulation, String cell, double mAcm2, double measured, String basis)
			throws Exception {
		ValidationRows.rates(new Case("000", cell, Role.PREDICTION, basis), runs.run(FILE, simulation), 1.48, new double[] { mAcm2 },
				new Value[] { Value.of(measured) }).forEach(report::add);
	}

	private static double apparentExchange(String stack) throws Exception {
		Cell cell = Calibration.load("seed-000/" + stack);
		cell.setTemperature(new Quantity("-5 degC"));
		StackCell c = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		return c.working().exchangeCurrent();
	}

	private static void i0(ValidationReport report, String cell, String stack, double measuredRatio, double bare) throws Exception {
		double ratio = apparentExchange(stack) / bare;
		report.add(ValidationRows.row(new Case("000", cell, Role.PREDICTION, "transmission-line reaction area"), "apparent i0 / bare-Li i0 at -5 degC", "",
				Value.of(measuredRatio), Value.of(ratio), null));
	}

	private static void polarisation(ValidationReport report, String cell, String stack, double measured) throws Exception {
		StackCell c = CellMapper.symmetric(Calibration.load("seed-000/" + stack), Calibration.faceLengths(), new ArrayList<>());
		double v = Math.abs(new StackCellModel(c).voltage(new CellState(c), ResultUnits.MA_PER_CM2.toSI(2)));
		report.add(ValidationRows.row(new Case("000", cell, Role.PREDICTION, "absolute values include an ohmic drop the paper's cells lack"),
				"initial polarisation at 2 mA/cm2", "mV", Value.of(measured), Value.of(ResultUnits.MILLIVOLT.fromSI(v)), null));
	}
}
