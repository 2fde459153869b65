package org.stratum.engine.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.solver.program.RunResult;

/**
 * Runs the points of a sweep on this machine, as many at once as it is given threads: the file is parsed and
 * linked once, the calibration fitted once, and each point resolves its own copy of the cell. Points already
 * finished (an earlier run that was interrupted) are not run again; a point that fails is recorded with its
 * reason and the others go on. Then {@code sweep.csv} and the plots are written from the points' folders.
 */
public final class SweepRunner {

	/**
	 * How far a sweep has got.
	 *
	 * @param finished points finished so far, including those finished before this run
	 * @param failed of which failed
	 * @param total points of the sweep
	 * @param seconds since this run started
	 */
	public record Progress(int finished, int failed, int total, double seconds) {

		/** "412/1000 points (3 failed), 12 s, about 17 s left" */
		public String describe(String sweep, int startedWith) {
			int ranHere = finished - startedWith;
			double left = ranHere > 0 ? seconds / ranHere * (total - finished) : Double.NaN;
			return String.format(java.util.Locale.ROOT, "sweep %s: %d/%d points%s, %.0f s%s", sweep, finished, total, failed > 0 ? " (" + failed + " failed)" : "",
					seconds, Double.isFinite(left) && finished < total ? String.format(java.util.Locale.ROOT, ", about %.0f s left", left) : "");
		}
	}

	/**
	 * What a run of a sweep did.
	 *
	 * @param folder the sweep's results folder
	 * @param results every point's result
	 * @param reused points finished before this run
	 * @param restarted whether earlier points were dropped because the sweep or its inputs changed
	 * @param cancelled whether the run was asked to stop before every point had run
	 * @param plots the plots written
	 */
	public record Result(SweepFolder folder, List<PointResult> results, int reused, boolean restarted, boolean cancelled, List<Path> plots) {

		public long count(PointResult.State state) {
			return results.stream().filter(r -> r.state() == state).count();
		}
	}

	private SweepRunner() {
	}

	/** Runs the sweep into {@code <outRoot>/<sweep>/} with {@code jobs} points at a time, then writes its table and plots. */
	public static Result run(Sweep sweep, Path outRoot, int jobs, Consumer<Progress> progress, BooleanSupplier cancelled) throws IOException {
		List<SweepDesign.Point> points = SweepDesign.points(sweep);
		SweepFolder.Prepared prepared = SweepFolder.prepare(outRoot.resolve(sweep.getName()), sweep, points.size());
		int reused = runPoints(sweep, prepared.folder(), points, jobs, progress, cancelled);
		List<PointResult> results = prepared.folder().results(points.size());
		List<Path> plots = collect(sweep, prepared.folder(), points, results);
		boolean stopped = results.stream().anyMatch(r -> r.state() == PointResult.State.MISSING);
		return new Result(prepared.folder(), results, reused, prepared.restarted(), stopped, plots);
	}

	/**
	 * Runs some points of a sweep whose folder is already prepared (one task of a cluster job: the submission prepared
	 * it, and other tasks write beside it); writes no table.
	 *
	 * @return how many of them had finished before
	 */
	public static int runSome(Sweep sweep, Path root, List<Integer> indices, int jobs, Consumer<Progress> progress, BooleanSupplier cancelled)
			throws IOException {
		List<SweepDesign.Point> all = SweepDesign.points(sweep);
		List<SweepDesign.Point> some = indices.stream().map(i -> {
			if (i < 0 || i >= all.size()) {
				throw new IllegalArgumentException("point " + i + " is not a point of sweep " + sweep.getName() + " (0 .. " + (all.size() - 1) + ")");
			}
			return all.get(i);
		}).toList();
		return runPoints(sweep, SweepFolder.at(root), some, jobs, progress, cancelled);
	}

	/** Writes sweep.csv and the plots from the points' folders; returns the plots. */
	public static List<Path> collect(Sweep sweep, SweepFolder folder, List<SweepDesign.Point> points, List<PointResult> results) throws IOException {
		SweepTable.write(folder, sweep, points, results);
		return SweepPlots.write(folder, sweep, points, results);
	}

	/** Runs the points not yet finished, {@code jobs} at a time; returns how many had finished before. */
	private static int runPoints(Sweep sweep, SweepFolder folder, List<SweepDesign.Point> points, int jobs, Consumer<Progress> progress,
			BooleanSupplier cancelled) throws IOException {
		EcoreUtil.resolveAll(sweep.eResource().getResourceSet()); // the points read the model from several threads: link it first
		Calibration.calibrated(); // once, before the points ask for it
		PointVariants variants = new PointVariants(sweep);
		List<SweepDesign.Point> todo = points.stream().filter(p -> !folder.finished(p.index())).toList();
		int reused = points.size() - todo.size();
		AtomicInteger finished = new AtomicInteger(reused);
		AtomicInteger failed = new AtomicInteger();
		long start = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (SweepDesign.Point point : todo) {
				futures.add(pool.submit(() -> {
					if (cancelled.getAsBoolean()) {
						return null;
					}
					if (!runPoint(sweep, variants, folder, point, cancelled)) {
						failed.incrementAndGet();
					}
					int n = finished.incrementAndGet();
					synchronized (progress) {
						progress.accept(new Progress(n, failed.get(), points.size(), (System.nanoTime() - start) / 1e9));
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				await(f);
			}
		} finally {
			pool.shutdownNow();
		}
		return reused;
	}

	/** Runs one point into its folder; false when it failed. A point cancelled half-way leaves no folder. */
	private static boolean runPoint(Sweep sweep, PointVariants variants, SweepFolder folder, SweepDesign.Point point, BooleanSupplier cancelled)
			throws IOException {
		SimulationRunner.Outcome outcome;
		try {
			outcome = SimulationRunner.run(sweep.getSimulation(), variants.variant(point), folder.points(), p -> {
			}, f -> {
			}, cancelled);
		} catch (EngineException e) {
			folder.fail(point.index(), e.getMessage(), false);
			return false;
		} catch (RuntimeException e) { // a bug of Stratum's at this point: recorded as one, and the other points go on
			folder.fail(point.index(), "internal error (a bug in Stratum, please report it): " + e, true);
			return false;
		}
		if (outcome.result().status() == RunResult.Status.CANCELLED) {
			ResultsWriter.delete(outcome.folder()); // not finished: a later run does it again
			return true;
		}
		return outcome.result().status() != RunResult.Status.FAILED;
	}

	private static void await(Future<?> f) throws IOException {
		try {
			f.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the sweep's points", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new IllegalStateException(e.getCause());
		}
	}
}
