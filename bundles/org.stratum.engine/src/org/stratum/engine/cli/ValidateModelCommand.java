package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.calibration.CoatingCalibration;
import org.stratum.engine.calibration.InterphaseCalibration;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunMetrics;
import org.stratum.model.stack.Cell;
import org.stratum.model.units.Quantity;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stratum validate-model}: runs the seed cases of the examples folder and prints one table of
 * measured (seeds 000 and 003) against predicted values; seeds 002 and 004 are predictions only, as their
 * measurements are withheld.
 */
@Command(name = "validate-model", mixinStandardHelpOptions = true,
		description = "Runs every seed case and prints measured vs predicted (000, 003) and predictions (002, 004) as a Markdown table.")
public class ValidateModelCommand implements Callable<Integer> {


	@Parameters(index = "0", defaultValue = "examples", paramLabel = "EXAMPLES", description = "the examples folder (default: ${DEFAULT-VALUE})")
	File examples;

	@Option(names = "--out", paramLabel = "FILE", description = "also write the report to this Markdown file")
	File out;

	@Option(names = "--no-front", description = "leave out the front model's rows (seed 000 and the seed-002 blind predictions: about 80 runs of the 2-D model, over ten minutes)")
	boolean noFront;

	@Spec
	CommandSpec spec;

	private final List<String> rows = new ArrayList<>();

	@Override
	public Integer call() throws Exception {
		Path root = examples.toPath().toAbsolutePath();
		if (!Files.isDirectory(root.resolve("seed-000"))) {
			spec.commandLine().getErr().println("stratum validate-model: " + root + " holds no seed-000 folder; give the repository's examples/ folder");
			return ExitCodes.USAGE;
		}
		StratumFiles files = new StratumFiles();
		// seed 000: CCD (bare and SC are the calibration cells)
		ccd(files, root, "seed-000/seed-000.stratum", "CcdBare", "000 bare Li", "3", 3.0, "calibration");
		ccd(files, root, "seed-000/seed-000.stratum", "CcdSc", "000 SC", "10", 10.0, "calibration");
		ccd(files, root, "seed-000/seed-000.stratum", "CcdScMicro", "000 SC-micro 20LLZTO", "16", 16.0, "prediction");
		ccd(files, root, "seed-000/seed-000.stratum", "CcdScNano", "000 SC-nano 20LLZTO", ">= 20 (top of range)", 20.0, "prediction");
		// seed 000: apparent exchange currents at -5 degC, relative to bare Li (the model's reaction area vs Tafel)
		double bare = apparentExchange("seed-000/sym-bare.stack");
		i0("000 SC", "sym-sc.stack", 0.398 / 0.291, bare);
		i0("000 SC-micro 20LLZTO", "sym-sc-micro20-llzto.stack", 0.606 / 0.291, bare);
		i0("000 SC-nano 20LLZTO", "sym-sc-nano20-llzto.stack", 1.291 / 0.291, bare);
		// seed 000: polarisation at 2 mA/cm2 (differences between cells are what compares: see physics.md)
		polarisation("000 bare Li", "sym-bare.stack", "20");
		polarisation("000 SC-micro 20LLZTO", "sym-sc-micro20-llzto.stack", "10");
		polarisation("000 SC-nano 20LLZTO", "sym-sc-nano20-llzto.stack", "8");
		// seed 000: full cells at 0.2 mAh/cm2 (1.48 mg/cm2 of LZO@LCO), capacity at 30C and 50C of the rate ladder
		String seed000 = "seed-000/seed-000.stratum";
		String noFit = "prediction (OCV and kinetics estimates, no fitted constant)";
		rates(files, root, seed000, "RateScNano", "000 SC-nano 20LLZTO full cell", 1.48, new double[] { 10 }, new double[] { 89.9 }, noFit);
		rates(files, root, seed000, "RateScMicro", "000 SC-micro 20LLZTO full cell", 1.48, new double[] { 10 }, new double[] { 82.2 }, noFit);
		rates(files, root, seed000, "RateSc", "000 SC full cell", 1.48, new double[] { 6 }, new double[] { 63.8 }, noFit);
		rates(files, root, seed000, "RateBare", "000 bare Li full cell", 1.48, new double[] { 6 }, new double[] { 20.1 }, noFit);
		lifetime(files, root, "seed-000/seed-000.stratum", "CyclingScNano", "000 SC-nano 2 mA/cm2 cycling", "about 2200 h, no short");
		// seed 003
		ccd(files, root, "seed-003/seed-003.stratum", "CcdBareLatp", "003 bare LATP", "0.2", 0.2, "prediction");
		ccd(files, root, "seed-003/seed-003.stratum", "CcdCuf2", "003 CuF2 15 um", ">= 1.7 (no short up to it)", 1.7, "prediction");
		interfacialResistance(files, root, "CyclingBareLatp", "003 bare LATP", new double[] { 562, 1006, 2931, 4083 }, "soon fails (time not stated)");
		interfacialResistance(files, root, "CyclingCuf2", "003 CuF2 15 um", new double[] { 92, 98, 105, 108 }, "6000 h");
		// seed 003 thickness series (Fig. S5, presumably 0.1 / 0.1): 7 um shorts at 250 h, 32 um at 210 h
		lifetime(files, root, "seed-003/seed-003.stratum", "CyclingCuf2x7", "003 CuF2 7 um 0.1 mA/cm2 cycling", "short after 250 h");
		lifetime(files, root, "seed-003/seed-003.stratum", "CyclingCuf2x32", "003 CuF2 32 um 0.1 mA/cm2 cycling", "short after 210 h");
		// seed 003 LFP full cells: 2 mg/cm2 of LFP (an estimate), so 1C = 0.34 mA/cm2
		String seed003 = "seed-003/seed-003.stratum";
		String lfp = "prediction (cathode recipe, loading and pellet thickness are estimates)";
		double[] lfpRates = { 0.034, 0.068, 0.17, 0.34 };
		rates(files, root, seed003, "LfpRateCuf2", "003 CuF2 15 um LFP full cell", 2, lfpRates, new double[] { 167.2, 160.1, 144.9, 128.9 }, lfp);
		rates(files, root, seed003, "LfpRateBare", "003 bare LATP LFP full cell", 2, lfpRates, new double[] { 161.3, 150.3, 126.4, 101.5 }, lfp);
		fade(files, root, "LfpCycling02Cuf2", "003 CuF2 15 um LFP full cell", 93.5, new double[] { 103, 175 }, "> 99.5");
		fade(files, root, "LfpCycling02Bare", "003 bare LATP LFP full cell", 23.3, new double[] { 826, 20740 }, "not stated");
		// seeds 002 and 004: predictions only
		ccd(files, root, "seed-002/seed-002.stratum", "Ccd002Lpsc10", "002 LPSC1.0", "withheld", Double.NaN, "blind prediction");
		ccd(files, root, "seed-002/seed-002.stratum", "Ccd002Lpsc10x82", "002 LPSC1.0-82", "withheld", Double.NaN, "blind prediction");
		lifetime(files, root, "seed-004/seed-004.stratum", "CyclingBareLi", "004 bare Li 0.1 mA/cm2", "withheld");
		lifetime(files, root, "seed-004/seed-004.stratum", "CyclingLiAlO2", "004 Li@LiAlO2 0.1 mA/cm2", "withheld");

		List<String> report = new ArrayList<>();
		report.add("| case | quantity | measured | predicted | ratio or agreement | role |");
		report.add("|---|---|---|---|---|---|");
		report.addAll(rows);
		report.add("");
		report.add("Calibrated constants (the only fitted values; seed 000 bare and SC cells, seed 003 bare LATP and PVDF@LATP):");
		report.add("");
		report.add("| constant | value | fitted on |");
		report.add("|---|---|---|");
		report.addAll(Calibration.describe());
		report.addAll(InterphaseCalibration.describe());
		report.addAll(CoatingCalibration.describe());
		if (!noFront) {
			report.addAll(FrontValidation.rows(root));
			report.addAll(FrontPredictions.rows(root));
		}
		PrintWriter stdout = spec.commandLine().getOut();
		report.forEach(stdout::println);
		stdout.flush();
		if (out != null) {
			Files.write(out.toPath(), report);
		}
		return ExitCodes.OK;
	}

	/** Runs a seed simulation into a scratch folder (the report needs its metrics, not its files). */
	private static SimulationRunner.Outcome run(StratumFiles files, Path root, String file, String name) throws Exception {
		return SimulationRunner.run(files.simulation(root.resolve(file), name), Files.createTempDirectory("stratum-validation"), f -> {
		}, () -> false);
	}


	private void ccd(StratumFiles files, Path root, String file, String name, String label, String measured, double measuredValue, String role)
			throws Exception {
		SimulationRunner.Outcome o = run(files, root, file, name);
		double predicted = ResultUnits.MA_PER_CM2.fromSI(o.result().criticalCurrentDensity());
		String p = Double.isNaN(predicted) ? "no short up to the end of the ramp" : fmt(predicted);
		String ratio = Double.isNaN(measuredValue) || Double.isNaN(predicted) ? "-" : fmt(predicted / measuredValue);
		rows.add("| " + label + " | CCD / mA cm-2 | " + measured + " | " + p + " | " + ratio + " | " + role + " |");
	}

	/**
	 * Discharge capacities (mAh per g of active material at the cell's loading) at current densities of a rate test,
	 * each taken from the first discharge at that current.
	 */
	private void rates(StratumFiles files, Path root, String file, String name, String label, double loadingMgCm2, double[] mAcm2, double[] measured,
			String role) throws Exception {
		SimulationRunner.Outcome o = run(files, root, file, name);
		for (int k = 0; k < mAcm2.length; k++) {
			String predicted = "not reached (" + o.result().status().name().toLowerCase(Locale.ROOT) + ")";
			String ratio = "-";
			for (Discharge d : o.metrics().discharges()) {
				if (Math.abs(ResultUnits.MA_PER_CM2.fromSI(d.currentDensity()) / mAcm2[k] - 1) < 0.02) {
					double perGram = ResultUnits.MAH_PER_CM2.fromSI(d.charge()) / (loadingMgCm2 * 1e-3);
					predicted = fmt(perGram);
					ratio = fmt(perGram / measured[k]);
					break;
				}
			}
			if (o.result().status() == RunResult.Status.SHORTED && ratio.equals("-")) {
				predicted = "short at " + fmt(ResultUnits.HOUR.fromSI(o.result().shortTime())) + " h, before a discharge at this rate";
			}
			rows.add("| " + label + " | discharge capacity at " + fmt(mAcm2[k]) + " mA/cm2 / mAh g-1 | " + fmt(measured[k]) + " | " + predicted + " | "
					+ ratio + " | " + role + " |");
		}
	}

	/** Capacity retention and interfacial resistance over seed 003's 100 cycles at 0.2C (EIS before and after). */
	private void fade(StratumFiles files, Path root, String name, String label, double retention, double[] resistance, String coulombicEfficiency)
			throws Exception {
		SimulationRunner.Outcome o = run(files, root, "seed-003/seed-003.stratum", name);
		String role = "prediction (resistance growth from LATP's calibrated interphase; no Li inventory loss modelled)";
		double predicted = o.metrics().capacityRetention();
		String p = Double.isFinite(predicted) ? fmt(100 * predicted) : "not reached (" + o.result().status().name().toLowerCase(Locale.ROOT) + ")";
		rows.add("| " + label + " | capacity retention after 100 cycles at 0.2C / % | " + fmt(retention) + " | " + p + " | "
				+ (Double.isFinite(predicted) ? fmt(100 * predicted / retention) : "-") + " | " + role + " |");
		double ce = o.metrics().meanCoulombicEfficiency();
		if (Double.isFinite(ce)) {
			rows.add("| " + label + " | mean Coulombic efficiency / % | " + coulombicEfficiency + " | " + String.format(Locale.ROOT, "%.2f", 100 * ce) + " | "
					+ (coulombicEfficiency.startsWith(">") ? (100 * ce > Double.parseDouble(coulombicEfficiency.substring(1).trim()) ? "agrees" : "disagrees") : "-")
					+ " | prediction (electronic leakage through LATP and the layer, and the cut-off) |");
		}
		List<RunMetrics.CircuitFit> fits = o.metrics().impedanceFit();
		if (fits.size() == 2) {
			String[] when = { "before cycling", "after 100 cycles" };
			for (int k = 0; k < 2; k++) {
				double r = fits.get(k).interfacialResistance();
				rows.add("| " + label + " | R_int " + when[k] + " / Ohm | " + fmt(resistance[k]) + " | " + fmt(r) + " | " + fmt(r / resistance[k]) + " | "
						+ role + " |");
			}
		}
	}

	private static double apparentExchange(String stack) throws Exception {
		Cell cell = Calibration.load(stack.contains("/") ? stack : "seed-000/" + stack);
		cell.setTemperature(new Quantity("-5 degC"));
		StackCell c = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		return c.working().exchangeCurrent();
	}

	private void i0(String label, String stack, double measuredRatio, double bare) throws Exception {
		double ratio = apparentExchange("seed-000/" + stack) / bare;
		rows.add("| " + label + " | apparent i0 / bare-Li i0 at -5 degC | " + fmt(measuredRatio) + " | " + fmt(ratio) + " | "
				+ fmt(ratio / measuredRatio) + " | prediction (transmission-line reaction area) |");
	}

	private void polarisation(String label, String stack, String measured) throws Exception {
		StackCell cell = CellMapper.symmetric(Calibration.load("seed-000/" + stack), Calibration.faceLengths(), new ArrayList<>());
		StackCellModel model = new StackCellModel(cell);
		double v = Math.abs(model.voltage(new CellState(cell), 20)) * 1000;
		rows.add("| " + label + " | initial polarisation at 2 mA/cm2 / mV | " + measured + " | " + fmt(v) + " | "
				+ fmt(v / Double.parseDouble(measured)) + " | prediction (absolute values include an ohmic drop the paper's cells lack) |");
	}

	/**
	 * R_int (Ohm, the cell's area) from the spectra of seed 003's 0.1 mA/cm2 cycling before cycling and after 100, 200
	 * and 400 h, and the lifetime of the same run. Bare LATP's rise is where its growth constant was fitted.
	 */
	private void interfacialResistance(StratumFiles files, Path root, String name, String label, double[] measured, String lifetime) throws Exception {
		SimulationRunner.Outcome o = run(files, root, "seed-003/seed-003.stratum", name);
		double[] hours = { 0, 100, 200, 400 };
		boolean bare = label.contains("bare");
		for (int k = 0; k < hours.length; k++) {
			double predicted = Double.NaN;
			for (RunMetrics.CircuitFit fit : o.metrics().impedanceFit()) {
				if (Math.abs(ResultUnits.HOUR.fromSI(fit.time()) - hours[k]) < 1e-6) {
					predicted = fit.interfacialResistance();
				}
			}
			String role = k == 0 ? (bare ? "prediction (Li|LATP exchange current, 12 mm area assumed)" : "prediction (covered part and coverage defects in parallel)")
					: bare ? "calibration (LATP interphase growth)" : "prediction (LATP's interphase grows only at the layer's coverage defects)";
			rows.add("| " + label + " | R_int after " + fmt(hours[k]) + " h / Ohm | " + fmt(measured[k]) + " | "
					+ (Double.isNaN(predicted) ? "not reached" : fmt(predicted)) + " | " + (Double.isNaN(predicted) ? "-" : fmt(predicted / measured[k])) + " | "
					+ role + " |");
		}
		lifetimeRow(o.result(), label + " 0.1 mA/cm2 cycling", lifetime, bare);
	}

	private void lifetime(StratumFiles files, Path root, String file, String name, String label, String measured) throws Exception {
		SimulationRunner.Outcome o = run(files, root, file, name);
		lifetimeRow(o.result(), label, measured, measured.startsWith("short"));
	}

	private void lifetimeRow(RunResult r, String label, String measured, boolean measuredToFail) {
		String p = r.status() == RunResult.Status.SHORTED ? "short after " + fmt(ResultUnits.HOUR.fromSI(r.shortTime())) + " h"
				: "no short in " + fmt(ResultUnits.HOUR.fromSI(r.endTime())) + " h";
		rows.add("| " + label + " | lifetime | " + measured + " | " + p + " | "
				+ (measured.startsWith("withheld") ? "-" : (r.status() == RunResult.Status.SHORTED == measuredToFail ? "agrees" : "disagrees")) + " | "
				+ (measured.startsWith("withheld") ? "blind prediction" : "prediction") + " |");
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}
}
