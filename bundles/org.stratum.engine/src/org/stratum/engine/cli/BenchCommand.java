package org.stratum.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stratum bench}: the solver's speed on the three reference workloads, best of several runs; with
 * {@code startup}, the wall time and peak memory of a whole small {@code stratum run} process, with the
 * calibration computed (an empty cache) and reused.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
		description = { "Times Stratum on reference workloads and prints the figures, readable and one `key value` line per case.",
				"solver (default): times 1000 symmetric cycles (2 mA/cm2, 2 mAh/cm2), a 0.25-20 mA/cm2 CCD ramp and a 60-frequency impedance spectrum on the seed-000 SC-nano cell.",
				"startup: wall time and peak memory of a 3-cycle `stratum run` process, calibration computed (empty cache) and reused (median of the repeats).",
				"sweep: a seed-000 CCD sweep over interlayer thickness x nano-LLZTO share (--side N: N x N points, default 100), in this process on every core, against one stratum run process per point.",
				"front: the front model on 256^2, 512^2 and 1024^2 grids, 1 and all threads: the potential solve (multigrid-preconditioned CG at a 1e17 conductivity contrast), the coupled two-network solve, the xi step against the memory-bandwidth roofline, a whole front step and its memory, the whole reference run (seed 000's FrontScNanoReference, 240 x 480 cells, 0.5 mAh/cm2 at 5 mA/cm2), and SciPy SuperLU side by side." })
public class BenchCommand implements Callable<Integer> {

	/** The benchmark cases. */
	enum Case {
		solver, startup, front, sweep
	}

	@Parameters(index = "0", arity = "0..1", defaultValue = "solver", paramLabel = "CASE", description = "solver, startup, front or sweep (default ${DEFAULT-VALUE})")
	Case which;

	@Option(names = "--repeats", defaultValue = "5", description = "runs per workload; the best is reported (default ${DEFAULT-VALUE})")
	int repeats;

	@Option(names = "--grid", description = "front: one grid of N x N cells instead of 256, 512 and 1024")
	Integer grid;

	@Option(names = "--side", defaultValue = "100", description = "sweep: N x N points (default ${DEFAULT-VALUE}: 10 000 points)")
	int side;

	@Option(names = "--jobs", description = "sweep: points run at once (default: the number of cores)")
	Integer jobs;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		if (which == Case.startup) {
			StartupBench.run(out, Math.max(1, repeats));
			return ExitCodes.OK;
		}
		if (which == Case.sweep) {
			if (side < 2 || side > 1000 || jobs != null && jobs < 1) {
				spec.commandLine().getErr().println("stratum bench sweep: --side must be between 2 and 1000 and --jobs at least 1");
				return ExitCodes.USAGE;
			}
			SweepBench.run(out, side, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs);
			return ExitCodes.OK;
		}
		if (which == Case.front) {
			if (grid != null && (grid < 8 || grid > 4096)) {
				spec.commandLine().getErr().println("stratum bench front: --grid must be between 8 and 4096, not " + grid);
				return ExitCodes.USAGE;
			}
			FrontBench.run(out, grid == null ? List.of(256, 512, 1024) : List.of(grid), Math.max(1, Math.min(repeats, 3)));
			return ExitCodes.OK;
		}
		StackCell cell = CellMapper.symmetric(Calibration.load("seed-000/sym-sc-nano20-llzto.stack"), Calibration.faceLengths(),
				new java.util.ArrayList<>());
		Program cycling = new Program("cycling", List.of(new Step.Repeat(1000, List.of(new Step.Galvanostatic(20, Double.NaN, 72000, List.of()),
				new Step.Galvanostatic(-20, Double.NaN, 72000, List.of())))), List.of(), 1e12);
		Program ccd = new Program("ccd", List.of(new Step.CcdRamp(2.5, 2.5, 0, 200, 9000, 0, 1, 0, 1e-3)), List.of(), 1e12);
		out.printf(Locale.ROOT, "%s, %d cores, Java %s%n", System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"));
		double cyclingTime = best(() -> run(cell, cycling));
		double ccdTime = best(() -> run(cell, ccd));
		StackCellModel model = new StackCellModel(cell);
		CellState state = new CellState(cell);
		double spectrumTime = best(() -> Impedance.spectrum(model, state, 1e6, 1e6 / Math.pow(10, 5.9), 10));
		out.printf(Locale.ROOT, "1000 symmetric cycles, 2 mA/cm2, 2 mAh/cm2:  %8.1f ms%n", cyclingTime * 1e3);
		out.printf(Locale.ROOT, "CCD ramp 0.25 -> 20 mA/cm2, 0.25 mAh/cm2:    %8.1f ms%n", ccdTime * 1e3);
		out.printf(Locale.ROOT, "impedance spectrum, 60 frequencies:          %8.3f ms%n", spectrumTime * 1e3);
		out.printf(Locale.ROOT, "cycling_1000_s %.6f%nccd_ramp_s %.6f%nimpedance_60_s %.6f%n", cyclingTime, ccdTime, spectrumTime);
		out.flush();
		return ExitCodes.OK;
	}

	private static RunResult run(StackCell cell, Program program) {
		return new Executor(new StackCellModel(cell), s -> {
		}, () -> false).run(program);
	}

	private double best(Runnable work) {
		double best = Double.POSITIVE_INFINITY;
		for (int k = 0; k < Math.max(1, repeats); k++) {
			long start = System.nanoTime();
			work.run();
			best = Math.min(best, (System.nanoTime() - start) / 1e9);
		}
		return best;
	}
}
