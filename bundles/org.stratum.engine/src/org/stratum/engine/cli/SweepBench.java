package org.stratum.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.dsl.stratum.Sweep;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.study.PointResult;
import org.stratum.engine.study.SweepRunner;
import org.stratum.examples.Examples;

/**
 * {@code stratum bench sweep}: a seed-000 CCD sweep (the SC-nano cell and seed 000's CCD protocol) over interlayer
 * thickness (5-50 um) x nano-LLZTO share (5-35 wt%), N x N points run in this process on every core, against
 * the same point run as a {@code stratum run} process of its own (the way a shell loop over points would).
 */
final class SweepBench {

	private SweepBench() {
	}

	static void run(PrintWriter out, int side, int jobs) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("stratum-bench-sweep");
		try {
			try (InputStream in = Examples.open("seed-000/sym-sc-nano20-llzto.stack")) {
				Files.copy(in, dir.resolve("cell.stack"));
			}
			Path file = dir.resolve("design.stratum");
			Files.writeString(file, String.format(Locale.ROOT, """
					stack ScNano = "cell.stack";
					protocol Ccd000 {
						sign plating positive;
						temperature 55 degC;
						log every 10 s;
						ccd { start 0.25 mA/cm2; increment 0.25 mA/cm2; end 20 mA/cm2; per step 0.25 mAh/cm2; pairs 1; stop on short below 1 mV; }
					}
					simulation CcdScNano { cell ScNano; protocol Ccd000; model stack; }
					sweep Design {
						simulation CcdScNano;
						vary interlayer.thickness from 5 um to 50 um steps %d;
						vary interlayer.fraction of LLZTO-nano balanced by SC from 5 wt%% to 35 wt%% steps %d;
						metrics critical_current_density, short_time;
					}
					""", side, side));
			StratumFiles files = new StratumFiles();
			List<String> errors = files.problems(file).stream().filter(l -> l.contains(": error: ")).toList();
			if (!errors.isEmpty()) {
				throw new IllegalStateException("the benchmark's own sweep has errors: " + errors);
			}
			Sweep sweep = StratumFiles.elements(files.load(file), Sweep.class).get(0);
			long start = System.nanoTime();
			SweepRunner.Result result = SweepRunner.run(sweep, dir.resolve("results"), jobs, p -> {
			}, () -> false);
			double seconds = (System.nanoTime() - start) / 1e9;
			int points = result.results().size();
			long done = result.count(PointResult.State.DONE);
			List<Double> process = new ArrayList<>();
			Path cache = dir.resolve("cache");
			for (int k = 0; k < 3; k++) { // the first fills the calibration cache; the median of three is reported
				process.add(StartupBench.process(cache, List.of("run", file.toString(), "--simulation", "CcdScNano", "--out", dir.resolve("single").toString()))
						.seconds());
			}
			double perProcess = process.stream().sorted().toList().get(1);
			double perPoint = seconds / points;
			out.printf(Locale.ROOT, "%s, %d cores, Java %s; %d jobs%n", System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), jobs);
			out.printf(Locale.ROOT, "seed-000 CCD sweep, %d x %d points (%d done): %8.1f s, %.2f ms per point (table and %d plots included)%n", side, side,
					done, seconds, perPoint * 1e3, result.plots().size());
			out.printf(Locale.ROOT, "one point as a stratum run process:      %8.2f s  (%d points that way: %.0f s, %.0fx the sweep)%n", perProcess, points,
					perProcess * points, perProcess * points / seconds);
			out.printf(Locale.ROOT, "sweep_points %d%nsweep_s %.3f%nsweep_ms_per_point %.3f%nsweep_process_per_point_s %.3f%nsweep_speedup_over_processes %.1f%n",
					points, seconds, perPoint * 1e3, perProcess, perProcess * points / seconds);
			out.flush();
		} finally {
			ResultsWriter.delete(dir);
		}
	}
}
