package org.stratum.engine.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

import org.stratum.solver.front.FrontModel;
import org.stratum.solver.front.FrontOptions;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.front.ProfileKeeping;

/**
 * The front model's time step in {@code stratum bench front}: the explicit xi update (the profile term, which runs
 * in many sub-steps per front step) in cell updates per second against the roofline the machine's bandwidth allows,
 * and one whole front step (coupled potentials, deposition, profile) on a seed-000-like map with the heap it holds.
 */
final class FrontStepBench {

	/** Cell size of the benchmarked maps, m. */
	private static final double CELL_SIZE = 0.125e-6;
	/** Plating current density of the front step, A/m2 (5 mA/cm2). */
	private static final double CURRENT_DENSITY = 50;
	private static final double TEMPERATURE = 328.15;
	/** Cell updates per timed xi case: enough to time, few enough to wait for. */
	private static final long UPDATES = 60_000_000L;

	private FrontStepBench() {
	}

	/** The xi update at one grid and thread count. */
	record XiStep(double updatesPerSecond, double rooflineFraction) {
	}

	/** One whole front step: its time from rest and warm, and the heap the model holds per cell. */
	record FrontStep(double firstSeconds, double warmSeconds, double bytesPerCell) {
	}

	static void run(PrintWriter out, List<Integer> grids, List<Integer> threadCounts, double triad1, double triadN, List<String> lines)
			throws InterruptedException, ExecutionException {
		out.printf(Locale.ROOT, "xi step (profile term, %d bytes of memory traffic per cell update; roofline = bandwidth / that):%n",
				ProfileKeeping.BYTES_PER_UPDATE);
		out.println("  grid        threads  updates/s  roofline  of roofline");
		for (int n : grids) {
			for (int threads : threadCounts) {
				double triad = threads == 1 ? triad1 : triadN;
				XiStep s = xiStep(n, threads, triad);
				out.printf(Locale.ROOT, "  %4dx%-4d   %7d  %9.3g  %8.3g  %10.0f %%%n", n, n, threads, s.updatesPerSecond(),
						triad * 1e9 / ProfileKeeping.BYTES_PER_UPDATE, s.rooflineFraction() * 100);
				lines.add(String.format(Locale.ROOT, "front-bench-xi grid %dx%d threads %d xi_updates_per_s %.3g roofline_fraction %.2f triad_GBps %.1f", n, n,
						threads, s.updatesPerSecond(), s.rooflineFraction(), triad));
			}
		}
		out.println("front step (coupled potentials at 5 mA/cm2, deposition, profile) on a seed-000-like phase map, all threads:");
		out.println("  grid        first_s  warm_s  bytes/cell (heap held by the model)");
		int threads = threadCounts.get(threadCounts.size() - 1);
		for (int n : grids) {
			FrontStep s = frontStep(n, threads);
			out.printf(Locale.ROOT, "  %4dx%-4d   %7.3f  %6.3f  %10.0f%n", n, n, s.firstSeconds(), s.warmSeconds(), s.bytesPerCell());
			lines.add(String.format(Locale.ROOT, "front-bench-step grid %dx%d threads %d first_step_s %.4f warm_step_s %.4f bytes_per_cell %.0f", n, n, threads,
					s.firstSeconds(), s.warmSeconds(), s.bytesPerCell()));
		}
	}

	/** Sub-steps of the profile term over a wavy front with round nuclei, every cell mobile. */
	private static XiStep xiStep(int n, int threads, double triadGBps) throws InterruptedException, ExecutionException {
		double[] xi = new double[n * n];
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				double front = n * (0.3 + 0.05 * Math.sin(2 * Math.PI * i * 7 / n));
				double nucleus = Math.hypot(i % 32 - 16, j - 0.6 * n) - 4;
				xi[j * n + i] = 1 / (1 + Math.exp(Math.min((j - front) / 0.5, nucleus / 0.5)));
			}
		}
		ProfileKeeping profile = new ProfileKeeping(n, n, 1, 0.5, 1);
		int steps = (int) Math.max(5, UPDATES / ((long) n * n));
		double dt = steps * profile.stableStep() * 0.999;
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			pool.submit(() -> profile.advance(xi, null, profile.stableStep())).get(); // warm up
			long t0 = System.nanoTime();
			int taken = pool.submit(() -> profile.advance(xi, null, dt)).get();
			double seconds = (System.nanoTime() - t0) / 1e9;
			double rate = (double) taken * n * n / seconds;
			return new XiStep(rate, rate * ProfileKeeping.BYTES_PER_UPDATE / (triadGBps * 1e9));
		} finally {
			pool.shutdown();
		}
	}

	private static FrontStep frontStep(int n, int threads) throws InterruptedException, ExecutionException {
		Phase electrolyte = Phase.electrolyte("LPSCl", 0.3, 1e-8, 10, 0.23e6, 1e-6);
		Phase carbon = Phase.electronConductor("soft carbon", 100, 0.3);
		Phase particle = Phase.electrolyte("LLZTO", 0.05, 1e-8, 10, 1.0e6, 0);
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(() -> {
				long before = usedHeap();
				long t0 = System.nanoTime();
				FrontModel model = new FrontModel(PhaseMap.layered(n, CELL_SIZE, 7, carbon, particle, electrolyte), FrontOptions.DEFAULTS, TEMPERATURE);
				model.step(CURRENT_DENSITY, 1);
				long t1 = System.nanoTime();
				model.step(CURRENT_DENSITY, 1);
				long t2 = System.nanoTime();
				double bytes = (double) (usedHeap() - before) / ((long) n * n);
				if (model.shorted()) {
					throw new IllegalStateException("the benchmark map shorted in its first second");
				}
				return new FrontStep((t1 - t0) / 1e9, (t2 - t1) / 1e9, bytes);
			}).get();
		} finally {
			pool.shutdown();
		}
	}

	/** Heap in use after a collection, bytes. */
	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		for (int k = 0; k < 3; k++) {
			System.gc();
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
