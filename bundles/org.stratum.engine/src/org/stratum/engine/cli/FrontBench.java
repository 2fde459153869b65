package org.stratum.engine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.stratum.engine.build.EngineException;
import org.stratum.solver.front.CoupledPotentials;
import org.stratum.solver.front.LayeredMap;
import org.stratum.solver.multigrid.BlackBoxMultigrid;
import org.stratum.solver.multigrid.GridOperator;
import org.stratum.solver.multigrid.NotConvergedException;

/**
 * {@code stratum bench front}: the front model's potential solve on a seed-000-like map at the real conductivity
 * contrast (1e17), per grid and thread count: multigrid setup, one solve by multigrid-preconditioned CG to a
 * 1e-8 residual reduction, cycles per solve, bytes per cell; whether many threads give the bit-identical
 * potential; the coupled two-network galvanostatic solve (Newton steps, CG iterations, time per linear solve) up to
 * 1024^2; the xi step and a whole front step ({@link FrontStepBench}); the whole reference run ({@link FrontRunBench}); and the machine's memory bandwidth (a
 * STREAM-like triad).
 */
final class FrontBench {

	/** Residual reduction of a benchmarked solve. */
	private static final double REDUCTION = 1e-8;
	/** Grid spacing of the coupled case, m: 0.125 um resolves 300 nm particles (physics.md section 2). */
	private static final double CELL_SIZE = 0.125e-6;
	/** Exchange current density of every reaction face in the coupled case, A/m2 (1 mA/cm2). */
	private static final double EXCHANGE_CURRENT_DENSITY = 10;
	/** Seed 000's temperature, K. */
	private static final double TEMPERATURE = 328.15;
	/** Plating current density of the coupled case, A/m2 (5 mA/cm2, physics.md's reference set-up). */
	private static final double CURRENT_DENSITY = 50;
	/** Doubles per triad array (64 MB each): well beyond any cache. */
	private static final int TRIAD_LENGTH = 1 << 23;

	private FrontBench() {
	}

	/** One measured solve. */
	record Solve(int grid, int threads, double setupSeconds, double solveSeconds, int cycles, double bytesPerCell, long hash) {
	}

	static void run(PrintWriter out, List<Integer> grids, int repeats) throws InterruptedException, ExecutionException, IOException, EngineException {
		int cores = Runtime.getRuntime().availableProcessors();
		List<Integer> threadCounts = cores > 1 ? List.of(1, cores) : List.of(1);
		out.printf(Locale.ROOT, "%s, %d cores, Java %s, max heap %d MB%n", System.getProperty("os.arch"), cores, System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() >> 20);
		double triad1 = triad(1, repeats);
		double triadN = triad(cores, repeats);
		out.printf(Locale.ROOT, "memory bandwidth (triad a = b + s c, %d MB per array): %.1f GB/s on 1 thread, %.1f GB/s on %d%n",
				TRIAD_LENGTH * 8 >> 20, triad1, triadN, cores);
		out.println("potential solve, seed-000-like map (Li | carbon network with particles | electrolyte), contrast 1e17, CG + V-cycle to 1e-8:");
		out.println("  grid        threads  setup_s  solve_s  cycles  bytes/cell  same as 1 thread");
		List<String> lines = new ArrayList<>();
		for (int n : grids) {
			Solve single = null;
			for (int threads : threadCounts) {
				Solve s = best(n, threads, repeats);
				single = single == null ? s : single;
				boolean same = s.hash() == single.hash();
				out.printf(Locale.ROOT, "  %4dx%-4d   %7d  %7.3f  %7.3f  %6d  %10.0f  %s%n", n, n, threads, s.setupSeconds(), s.solveSeconds(), s.cycles(),
						s.bytesPerCell(), same ? "bit-identical" : "DIFFERENT");
				lines.add(String.format(Locale.ROOT, "front-bench grid %dx%d threads %d setup_s %.4f solve_s %.4f mg_cycles %d bytes_per_cell %.0f identical %s triad_GBps %.1f",
						n, n, threads, s.setupSeconds(), s.solveSeconds(), s.cycles(), s.bytesPerCell(), same, threads == 1 ? triad1 : triadN));
			}
		}
		out.println("coupled networks (phi_e, phi_i, electrode potential), galvanostatic 5 mA/cm2 from rest, damped Newton, 2 linear solves per step:");
		out.println("  grid        threads  total_s  newton  cg_iterations  s_per_linear_solve");
		for (int n : grids) {
			for (int threads : threadCounts) {
				Coupled c = coupled(n, threads);
				out.printf(Locale.ROOT, "  %4dx%-4d   %7d  %7.3f  %6d  %13d  %18.3f%n", n, n, threads, c.seconds(), c.newtonSteps(), c.cgIterations(),
						c.seconds() / (2 * c.newtonSteps()));
				lines.add(String.format(Locale.ROOT, "front-bench-coupled grid %dx%d threads %d total_s %.4f newton_steps %d cg_iterations %d linear_solve_s %.4f",
						n, n, threads, c.seconds(), c.newtonSteps(), c.cgIterations(), c.seconds() / (2 * c.newtonSteps())));
			}
		}
		FrontStepBench.run(out, grids, threadCounts, triad1, triadN, lines);
		FrontRunBench.run(out, lines);
		boolean scipy = SciPyPeer.available();
		out.println("one coupled linear solve (the Newton matrix at the solution, 2N unknowns, a random right-hand side), side by side:");
		if (!scipy) {
			out.println("  SciPy is not installed here (apt-get install python3-scipy): SuperLU's figure stays quoted below");
		}
		for (int n : grids) {
			if (n > 512) {
				continue; // SuperLU needs more than 10 GB and minutes there
			}
			ForkJoinPool pool = new ForkJoinPool(cores);
			try {
				CoupledPotentials cell = seedCell(n);
				cell.solveGalvanostatic(CURRENT_DENSITY);
				double[] rhs = new double[2 * n * n];
				boolean[] inNetwork = new boolean[rhs.length]; // a Li cell has no ionic node, an electrolyte cell a floating electronic one
				cell.forEachJacobianEntry((row, column, value) -> inNetwork[row] |= row == column);
				Random random = new Random(3);
				for (int p = 0; p < rhs.length; p++) {
					double r = random.nextDouble() - 0.5;
					rhs[p] = inNetwork[p] ? r : 0;
				}
				double ours = Double.MAX_VALUE;
				for (int k = 0; k < repeats; k++) {
					long t0 = System.nanoTime();
					pool.submit(() -> cell.solveJacobian(rhs)).get();
					ours = Math.min(ours, (System.nanoTime() - t0) / 1e9);
				}
				String line = String.format(Locale.ROOT, "front-bench-peer grid %dx%d stratum_threads %d stratum_s %.4f", n, n, cores, ours);
				if (scipy) {
					var peer = SciPyPeer.solve(cell, rhs);
					if (peer.isPresent()) {
						out.printf(Locale.ROOT, "  %4dx%-4d  Stratum (multigrid CG, %d threads) %.3f s;  SciPy SuperLU %.3f s, %.0f MB, residual %.1e:  %.0fx%n", n, n,
								cores, ours, peer.get().seconds(), peer.get().peakMegabytes(), peer.get().relativeResidual(), peer.get().seconds() / ours);
						line += String.format(Locale.ROOT, " superlu_s %.4f superlu_MB %.0f speedup %.1f", peer.get().seconds(), peer.get().peakMegabytes(),
								peer.get().seconds() / ours);
					} else {
						out.printf(Locale.ROOT, "  %4dx%-4d  Stratum %.3f s;  SciPy SuperLU failed or ran out of time%n", n, n, ours);
					}
				} else {
					out.printf(Locale.ROOT, "  %4dx%-4d  Stratum (multigrid CG, %d threads) %.3f s%n", n, n, cores, ours);
				}
				lines.add(line);
			} catch (IOException e) {
				out.println("  the peer's files could not be written: " + e.getMessage());
			} catch (ExecutionException e) {
				if (!(e.getCause() instanceof NotConvergedException failure)) {
					throw e;
				}
				out.printf(Locale.ROOT, "  %4dx%-4d  Stratum's solve did not converge: %s%n", n, n, failure.getMessage());
			} finally {
				pool.shutdown();
			}
		}
		out.println("quoted by physics.md for the same kind of system and machine (PyAMG is not packaged for these machines):");
		out.println("  SciPy SuperLU 13.3 s (2.6 GB) at 512x512; PyAMG Ruge-Stueben AMG + CG 0.7 s at 256x256, 4.6 s at 512x512");
		lines.forEach(out::println);
		out.flush();
	}

	/** A coupled galvanostatic solve: wall time, Newton steps and CG iterations over all its linear solves. */
	record Coupled(double seconds, int newtonSteps, int cgIterations) {
	}

	/** The coupled case: the two-network seed-000-like map at rest (its map is built inside the timed span, as a run would). */
	private static CoupledPotentials seedCell(int n) {
		LayeredMap.Networks map = LayeredMap.networks(n, 7);
		return new CoupledPotentials(n, n, CELL_SIZE, map.electronic(), map.ionic(), EXCHANGE_CURRENT_DENSITY, 0.5, TEMPERATURE);
	}

	private static Coupled coupled(int n, int threads) throws InterruptedException, ExecutionException {
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(() -> {
				long t0 = System.nanoTime();
				CoupledPotentials cell = seedCell(n);
				cell.solveGalvanostatic(CURRENT_DENSITY);
				return new Coupled((System.nanoTime() - t0) / 1e9, cell.newtonSteps(), cell.linearIterations());
			}).get();
		} finally {
			pool.shutdown();
		}
	}

	/** The fastest of the repeats (setup and solve timed apart), on a pool of the given threads. */
	private static Solve best(int n, int threads, int repeats) throws InterruptedException, ExecutionException {
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			Solve best = null;
			for (int k = 0; k < repeats; k++) {
				Solve s = pool.submit(() -> solveOnce(n, threads)).get();
				best = best == null || s.setupSeconds() + s.solveSeconds() < best.setupSeconds() + best.solveSeconds() ? s : best;
			}
			return best;
		} finally {
			pool.shutdown();
		}
	}

	private static Solve solveOnce(int n, int threads) {
		double[] sigma = LayeredMap.conductivities(n, 1e17, 7);
		long t0 = System.nanoTime();
		GridOperator a = GridOperator.conductance(n, n, sigma, true, true);
		BlackBoxMultigrid mg = new BlackBoxMultigrid(a);
		long t1 = System.nanoTime();
		double[] b = new double[n * n];
		Random random = new Random(1);
		for (int p = 0; p < b.length; p++) {
			b[p] = random.nextDouble() - 0.5;
		}
		double[] u = new double[n * n];
		int cycles = mg.solve(b, u, REDUCTION, 100);
		long t2 = System.nanoTime();
		// operator and hierarchy, plus the solve's six vectors and the cycle's temporaries (about two more)
		double bytesPerCell = (double) mg.bytes() / (n * n) + 8 * 8;
		return new Solve(n, threads, (t1 - t0) / 1e9, (t2 - t1) / 1e9, cycles, bytesPerCell, Arrays.hashCode(u));
	}

	/** Best triad bandwidth in GB/s (three arrays of doubles: two read, one written) on the given threads. */
	private static double triad(int threads, int repeats) throws InterruptedException, ExecutionException {
		double[] a = new double[TRIAD_LENGTH];
		double[] b = new double[TRIAD_LENGTH];
		double[] c = new double[TRIAD_LENGTH];
		Arrays.fill(b, 1);
		Arrays.fill(c, 2);
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			double best = Double.MAX_VALUE;
			for (int k = 0; k < repeats + 2; k++) {
				long t0 = System.nanoTime();
				pool.submit(() -> IntStream.range(0, threads).parallel().forEach(part -> {
					int from = (int) ((long) TRIAD_LENGTH * part / threads);
					int to = (int) ((long) TRIAD_LENGTH * (part + 1) / threads);
					for (int i = from; i < to; i++) {
						a[i] = b[i] + 3.0 * c[i];
					}
				})).get();
				best = Math.min(best, (System.nanoTime() - t0) / 1e9);
			}
			return 3.0 * 8 * TRIAD_LENGTH / best / 1e9;
		} finally {
			pool.shutdown();
		}
	}
}
