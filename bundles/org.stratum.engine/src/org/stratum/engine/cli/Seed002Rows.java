package org.stratum.engine.cli;

import java.util.ArrayList;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.cli.ValidationRows.Case;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.Value;
import org.stratum.solver.cell.StackCell;

/**
 * Seed 002's blind rows, one per quantity of every test in inputs-002-004.md 002-3 and every cell variant the paper
 * built: each electrolyte's conductivity and CCD (also with a ramp finer than the paper's), symmetric cycling at
 * 0.3 mA/cm2 (overpotential over time and lifetime), the step-up test, in-situ R_int over 20 cycles, and the NCM811
 * full cells' rate tests and cycling at room temperature and 60 degC; the post-mortem SEM and XPS rows are
 * {@link Seed002PostMortem}'s. The measurements are withheld: every measured value is "withheld".
 */
final class Seed002Rows {

	private static final String FILE = "seed-002/seed-002.stratum";
	/** The electrolytes of the symmetric cells: the name in the report and in the example's simulations. */
	private static final String[][] ELECTROLYTES = { { "LPSC1.0", "Lpsc10" }, { "LPSC1.0-91", "Lpsc10x91" }, { "LPSC1.0-82", "Lpsc10x82" },
			{ "LPSC1.0-73", "Lpsc10x73" }, { "LPSC1.25", "Lpsc125" }, { "LPSC1.25-82", "Lpsc125x82" }, { "LPSC1.5", "Lpsc15" },
			{ "LPSC1.5-82", "Lpsc15x82" }, { "LGPS", "Lgps" } };
	/** The conductivities the paper measured (Fig. S7, mS/cm; the library's inputs) or NaN for a mixture (no number). */
	private static final double[] MEASURED_CONDUCTIVITY = { 3.57, Double.NaN, Double.NaN, Double.NaN, 4.87, Double.NaN, 6.75, Double.NaN, 5.26 };
	private static final String[] STACKS = { "sym-lpsc1.0.stack", "sym-lpsc1.0-91.stack", "sym-lpsc1.0-82.stack", "sym-lpsc1.0-73.stack",
			"sym-lpsc1.25.stack", "sym-lpsc1.25-82.stack", "sym-lpsc1.5.stack", "sym-lpsc1.5-82.stack", "sym-lgps.stack" };
	/** NCM811 in the composite cathode: 70 % of about 6.5 mg/cm2. */
	private static final double NCM_LOADING = 0.7 * 6.5;

	private Seed002Rows() {
	}

	static void add(ValidationReport report, SeedRuns runs) throws Exception {
		for (int k = 0; k < ELECTROLYTES.length; k++) {
			String name = ELECTROLYTES[k][0];
			String sim = ELECTROLYTES[k][1];
			conductivity(report, name, STACKS[k], MEASURED_CONDUCTIVITY[k]);
			report.add(ValidationRows.ccd(blind(name, "0.1 mA/cm2 steps of 0.2 mA/cm2, 0.5 h per half-cycle assumed"), runs.run(FILE, "Ccd" + sim),
					Value.withheld()));
			report.add(ValidationRows.ccd(blind(name + " (0.01 mA/cm2 ramp, finer than the paper's)", "0.5 mA/cm2 steps of 0.01 mA/cm2, 0.5 h per half-cycle: "
					+ "not the paper's test, the order within one of its steps"), runs.run(FILE, "CcdFine" + sim), Value.withheld()));
			SimulationRunner.Outcome cycling = runs.run(FILE, "Cycling" + sim);
			Case c = blind(name + " 0.3 mA/cm2 0.3 mAh/cm2 cycling", "1 V limit and 2000 h assumed");
			ValidationRows.overpotentials(c, cycling, new double[] { 0.5, 100, 500, 1000, 1999 }, Value.withheld(5)).forEach(report::add);
			report.add(ValidationRows.lifetime(c, cycling, Value.withheld()));
		}
		for (String[] e : new String[][] { { "LPSC1.0", "Lpsc10" }, { "LPSC1.0-82", "Lpsc10x82" } }) {
			SimulationRunner.Outcome stepUp = runs.run(FILE, "StepUp" + e[1]);
			Case c = blind(e[0] + " step-up cycling", "1 h half-cycles for the first 20 cycles, 1 V limit assumed");
			ValidationRows.overpotentials(c, stepUp, new double[] { 0.5, 20.5, 40.5, 1000, 2000 }, Value.withheld(5)).forEach(report::add);
			report.add(ValidationRows.lifetime(c, stepUp, Value.withheld()));
			String[] when = new String[21];
			double[] at = new double[21];
			for (int n = 0; n <= 20; n++) {
				when[n] = n == 0 ? "before cycling" : "after cycle " + n;
				at[n] = n; // 0.3 mA/cm2 for 0.5 h per half-cycle: one cycle per hour
			}
			ValidationRows.interfacialResistance(blind(e[0] + " in-situ EIS", "0.3 mA/cm2, 0.5 h half-cycles"), runs.run(FILE, "Eis" + e[1]), when, at,
					Value.withheld(21)).forEach(report::add);
		}
		for (String[] e : new String[][] { { "LPSC1.0", "Lpsc10" }, { "LPSC1.0-82", "Lpsc10x82" } }) {
			String cell = e[0] + " NCM811 full cell";
			ValidationRows.rates(blind(cell + " at 25 degC", "5 cycles per rate, loading 6.5 mg/cm2 composite"), runs.run(FILE, "RateRt" + e[1]), NCM_LOADING,
					new double[] { 0.3, 0.5, 0.7, 1.0, 1.5 }, Value.withheld(5)).forEach(report::add);
			ValidationRows.rates(blind(cell + " at 60 degC", "5 cycles per rate, loading 6.5 mg/cm2 composite"), runs.run(FILE, "Rate60C" + e[1]), NCM_LOADING,
					new double[] { 0.5, 0.7, 1.0, 1.5, 2.0 }, Value.withheld(5)).forEach(report::add);
		}
		cycling(report, runs, "LPSC1.0-82 NCM811 full cell, 1.0 mA/cm2, 25 degC", "CyclingRtLpsc10x82");
		cycling(report, runs, "LPSC1.0-82 NCM811 full cell, 1.0 mA/cm2, 60 degC", "Cycling60CLpsc10x82");
		cycling(report, runs, "LPSC1.0 NCM811 full cell (control), 0.5 mA/cm2, 25 degC", "ControlRtLpsc10");
		cycling(report, runs, "LPSC1.0 NCM811 full cell (control), 1.0 mA/cm2, 60 degC", "Control60CLpsc10");
		cycling(report, runs, "LPSC1.0 NCM811 full cell (control), 0.2 mA/cm2, 60 degC", "Control60Cat02Lpsc10");
		cycling(report, runs, "LPSC1.0 NCM811 full cell (control), 0.4 mA/cm2, 60 degC", "Control60Cat04Lpsc10");
	}

	private static void cycling(ValidationReport report, SeedRuns runs, String cell, String simulation) throws Exception {
		ValidationRows.capacityOverCycles(blind(cell, "2.7-4.3 V, loading 6.5 mg/cm2 composite"), runs.run(FILE, simulation), NCM_LOADING, Value.withheld(),
				Value.withheld(), Value.withheld()).forEach(report::add);
	}

	/**
	 * The electrolyte's ionic conductivity as the stack model takes it (the pellet's thickness over its bulk
	 * resistance): for a single electrolyte the library's input, measured by this paper; for a mixture a prediction
	 * (the paper gives no number, only "without compromising the ionic conductivity").
	 */
	private static void conductivity(ValidationReport report, String name, String stack, double measured) throws Exception {
		StackCell cell = CellMapper.symmetric(Calibration.load("seed-002/" + stack), Calibration.faceLengths(), new ArrayList<>());
		Value predicted = Value.of(ResultUnits.MILLISIEMENS_PER_CM.fromSI(cell.electrolyteThickness() / cell.bulkResistance()));
		Case c = Double.isNaN(measured) ? blind(name, "effective medium of the two electrolytes")
				: new Case("002", name, Role.INPUT, "the library takes this measurement");
		report.add(ValidationRows.row(c, "ionic conductivity at 25 degC", "mS cm-1",
				Double.isNaN(measured) ? Value.none("no number (Fig. S5: 'without compromising')") : Value.of(measured), predicted, null));
	}

	private static Case blind(String cell, String basis) {
		return new Case("002", cell, Role.BLIND, basis);
	}
}
