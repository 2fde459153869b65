package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.FitSignals;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.ColumnMapping;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.study.MetricValues;
import org.stratum.engine.study.PointVariants;

/**
 * Fits a simulation's quantities to measured data: the voltage over time by Hipparchus' Levenberg-Marquardt
 * (Jacobian by forward differences, one simulation per quantity), with 95 % confidence intervals from the
 * covariance scaled by the residual variance; a metric (one number, not smooth: a CCD moves in steps) by Brent's
 * method for one quantity and BOBYQA for several, without intervals. Writes {@code results/<fit>/}: {@code fit.json},
 * {@code fitted/} (the run at the fitted values), {@code plots/overlay.png/.svg} and {@code fitted.stacklib}.
 */
public final class FitRunner {

	/** The step of the forward differences, in the 0..1 coordinates of the bounds. */
	private static final double STEP = 1e-3;
	/** The most simulations a fit may run. */
	private static final int MAX_EVALUATIONS = 400;
	/** Two-sided 95 % quantile of the normal distribution. */
	private static final double Z95 = 1.959964;

	private final Fit fit;
	private final FitParameters parameters;
	private final PointVariants variants;
	private final Path scratch;
	private int evaluations;

	private FitRunner(Fit fit, Path scratch) {
		this.fit = fit;
		this.parameters = new FitParameters(fit.getFactors());
		this.variants = new PointVariants(fit.getSimulation(), fit.getFactors(), "fit " + fit.getName());
		this.scratch = scratch;
	}

	/** Runs the fit into {@code <outRoot>/<fit>/}. */
	public static FitResult run(Fit fit, Path outRoot) throws EngineException, IOException {
		EcoreUtil.resolveAll(fit.eResource().getResourceSet());
		Calibration.calibrated();
		Path folder = Files.createDirectories(outRoot.resolve(fit.getName()));
		Path scratch = Files.createTempDirectory(folder, ".trials-");
		try {
			return new FitRunner(fit, scratch).fit(folder);
		} finally {
			ResultsWriter.delete(scratch);
		}
	}

	private FitResult fit(Path folder) throws EngineException, IOException {
		if (FitSignals.VOLTAGE.equals(fit.getSignal())) {
			MeasuredData data = measured();
			return voltageFit(folder, data);
		}
		return MetricFit.fit(this, folder);
	}

	/** The measured data of a voltage fit, in SI. */
	private MeasuredData measured() throws IOException {
		Path file = FitSignals.dataFile(fit).orElseThrow(() -> new IOException("fit " + fit.getName() + " names no data file it can read"));
		CyclerFormat format = fit.getFormat() == null ? CyclerFormat.BDF : CyclerFormat.valueOf(fit.getFormat().toUpperCase(Locale.ROOT));
		ColumnMapping d = format.defaults(); // a fit compares voltage over time: the cycle column is not needed
		return MeasuredData.read(file, format, new ColumnMapping(d.time(), d.timeUnit(), d.voltage(), d.voltageUnit(), d.current(), d.currentUnit(), null,
				d.invertCurrent()));
	}

	private FitResult voltageFit(Path folder, MeasuredData data) throws EngineException, IOException {
		int n = parameters.size();
		LeastSquaresProblem problem = new LeastSquaresBuilder().start(parameters.start()).target(data.voltage()).model(point -> {
			double[] u = point.toArray();
			double[] v = voltages(u, data.time());
			RealMatrix jacobian = new Array2DRowRealMatrix(v.length, n);
			for (int k = 0; k < n; k++) {
				double[] shifted = u.clone();
				double h = u[k] + STEP <= 1 ? STEP : -STEP; // stay inside the bounds
				shifted[k] += h;
				double[] w = voltages(shifted, data.time());
				for (int i = 0; i < v.length; i++) {
					jacobian.setEntry(i, k, (w[i] - v[i]) / h);
				}
			}
			return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v, false), jacobian);
		}).parameterValidator(p -> new ArrayRealVector(FitParameters.clamp(p.toArray()), false)).maxEvaluations(MAX_EVALUATIONS)
				.maxIterations(MAX_EVALUATIONS).lazyEvaluation(false).build();
		LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
		double[] u = optimum.getPoint().toArray();
		int m = data.time().length;
		// (J^T J)^-1 scaled by the residual variance: the covariance of the coordinates
		double variance = optimum.getCost() * optimum.getCost() / Math.max(1, m - n);
		RealVector sigma = optimum.getSigma(1e-14);
		List<FitResult.FittedValue> values = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			FitParameters.Parameter p = parameters.list().get(k);
			double half = Z95 * sigma.getEntry(k) * Math.sqrt(variance);
			values.add(new FitResult.FittedValue(p.label(), p.unit(), p.value(u[k]), p.value(u[k] - half), p.value(u[k] + half), p.low(), p.high()));
		}
		Path fitted = runInto(u, folder, "fitted").folder();
		RunSeries series = RunSeries.read(fitted.resolve(RunSeries.FILE));
		Path overlay = FitOutputs.overlay(folder, fit, data, series);
		return FitOutputs.write(fit, folder, new FitResult(values, optimum.getRMS(), m, evaluations, folder, overlay, null), data.source());
	}

	/** The simulated voltage (V) at the given times (s) for coordinates u; after the run's end, its last voltage. */
	private double[] voltages(double[] u, double[] times) {
		try {
			Path run = runInto(FitParameters.clamp(u), scratch, "trial").folder();
			RunSeries series = RunSeries.read(run.resolve(RunSeries.FILE));
			return interpolate(series.values(SeriesColumn.TIME), series.values(SeriesColumn.VOLTAGE), times);
		} catch (EngineException | IOException e) {
			throw new FitFailedException("a trial of fit " + fit.getName() + " at " + parameters.quantities(u) + " could not run: " + e.getMessage(), e);
		}
	}

	/** Runs the simulation at coordinates u into {@code <root>/<name>/}. */
	SimulationRunner.Outcome runInto(double[] u, Path root, String name) throws EngineException, IOException {
		evaluations++;
		var point = new SweepDesign.Point(evaluations, parameters.quantities(u));
		return SimulationRunner.run(fit.getSimulation(), variants.variant(point, name), root, p -> {
		}, f -> {
		}, () -> false);
	}

	/** The metric of the run at coordinates u (SI). */
	double metric(double[] u, Metric metric) {
		try {
			return MetricValues.of(metric, runInto(FitParameters.clamp(u), scratch, "trial").metrics()); // the run's metrics, not its file read back
		} catch (EngineException | IOException e) {
			throw new FitFailedException("a trial of fit " + fit.getName() + " at " + parameters.quantities(u) + " could not run: " + e.getMessage(), e);
		}
	}

	Fit fit() {
		return fit;
	}

	FitParameters parameters() {
		return parameters;
	}

	int evaluations() {
		return evaluations;
	}

	double measuredMetric() {
		return Quantities.si(fit.getMeasured());
	}

	/**
	 * Linear interpolation of y(x) at the points t (both non-decreasing); before the first x the first y, after the last
	 * the last. Where x repeats a time (a step's end and the next step's start, the current's jump) a t at that time
	 * takes the samples of that time in order as t repeats it (the last when t repeats it more often), so that data
	 * logged like the simulation line up sample for sample.
	 */
	static double[] interpolate(double[] x, double[] y, double[] t) {
		double[] out = new double[t.length];
		for (int i = 0; i < t.length; i++) {
			int lo = firstAtLeast(x, t[i]);
			if (lo == x.length) {
				out[i] = y[x.length - 1];
			} else if (x[lo] == t[i]) {
				int hi = lo;
				while (hi + 1 < x.length && x[hi + 1] == t[i]) {
					hi++;
				}
				int repeat = 0; // how many times t has given this time before: the k-th time takes the k-th sample (or the last)
				while (i - repeat - 1 >= 0 && t[i - repeat - 1] == t[i]) {
					repeat++;
				}
				out[i] = y[Math.min(hi, lo + repeat)];
			} else if (lo == 0) {
				out[i] = y[0];
			} else {
				double w = (t[i] - x[lo - 1]) / (x[lo] - x[lo - 1]);
				out[i] = y[lo - 1] + w * (y[lo] - y[lo - 1]);
			}
		}
		return out;
	}

	/** The first index whose x is at least v (x.length when none is). */
	private static int firstAtLeast(double[] x, double v) {
		int lo = 0;
		int hi = x.length;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (x[mid] < v) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
