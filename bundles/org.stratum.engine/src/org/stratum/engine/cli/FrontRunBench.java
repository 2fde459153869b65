package org.stratum.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.examples.Examples;

/**
 * The whole reference run of {@code stratum bench front}: seed 000's {@code FrontScNanoReference}, the SC-nano cell
 * on a 30 um x 60 um map at 0.125 um (240 x 480 cells) plated with 0.5 mAh/cm2 at 5 mA/cm2, run from a copy of the
 * shipped example exactly as {@code stratum run} runs it (map, protocol, frames, results folder), timed from
 * loading the file to the written results.
 */
final class FrontRunBench {

	/** The example and simulation the run is. */
	static final String EXAMPLE = "seed-000/seed-000.stratum";
	static final String SIMULATION = "FrontScNanoReference";

	private static final double BYTES_PER_MB = 1 << 20;

	private FrontRunBench() {
	}

	/** The run's figures. */
	record Figures(double wallSeconds, double simulatedSeconds, String status, double heapMegabytes) {
	}

	static void run(PrintWriter out, List<String> lines) throws IOException, EngineException {
		Path dir = Files.createTempDirectory("stratum-bench-front-run");
		for (String example : Examples.all()) {
			if (example.startsWith("seed-000/")) {
				try (InputStream in = Examples.open(example)) {
					Files.copy(in, dir.resolve(Path.of(example).getFileName()));
				}
			}
		}
		Path file = dir.resolve(Path.of(EXAMPLE).getFileName());
		long start = System.nanoTime();
		StratumFiles files = new StratumFiles();
		Simulation simulation = files.simulation(file, SIMULATION);
		SimulationRunner.Outcome outcome = SimulationRunner.run(simulation, dir.resolve("results"), progress -> {
		}, () -> false);
		double wall = (System.nanoTime() - start) / 1e9;
		Runtime runtime = Runtime.getRuntime();
		Figures f = new Figures(wall, outcome.result().endTime(), outcome.result().status().name().toLowerCase(Locale.ROOT),
				(runtime.totalMemory() - runtime.freeMemory()) / BYTES_PER_MB);
		ResultsWriter.delete(dir);
		out.printf(Locale.ROOT, "whole reference run (%s --simulation %s: SC-nano, 30 x 60 um at 0.125 um = 240 x 480 cells, 0.5 mAh/cm2 at 5 mA/cm2):%n",
				EXAMPLE, SIMULATION);
		out.printf(Locale.ROOT, "  %s: %.0f s simulated in %.1f s wall, results written; heap in use at the end %.0f MB (target: under 120 s)%n",
				f.status(), f.simulatedSeconds(), f.wallSeconds(), f.heapMegabytes());
		lines.add(String.format(Locale.ROOT, "front-bench-run grid 240x480 status %s simulated_s %.1f wall_s %.2f heap_MB %.0f", f.status(), f.simulatedSeconds(),
				f.wallSeconds(), f.heapMegabytes()));
	}
}
