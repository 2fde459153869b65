package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DiagonalMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresProblem;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.util.Pair;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.FitSignal;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.study.MetricValues;
import org.stratum.engine.study.PointVariants;
import org.stratum.model.derive.Geometry;

/**
 * Fits a simulation's quantities to measured data: a signal (the voltage over time, the capacity per cycle, an
 * impedance spectrum; see {@link Comparison}) by Hipparchus' Levenberg-Marquardt (Jacobian by forward differences,
 * one simulation per quantity), with 95 % confidence intervals from the covariance scaled by the residual variance;
 * a metric (one number, not smooth: a CCD moves in steps) by Brent's method for one quantity and BOBYQA for several,
 * without intervals. Writes {@code results/<fit>/}: {@code fit.json},
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

	/** Told the number of simulations run after each. */
	private final IntConsumer progress;
	/** Whether the user asked the fit to stop. */
	private final BooleanSupplier cancelled;

	private FitRunner(Fit fit, Path scratch, IntConsumer progress, BooleanSupplier cancelled) {
		this.fit = fit;
		this.progress = progress;
		this.cancelled = cancelled;
		this.parameters = new FitParameters(fit.getFactors());
		this.variants = new PointVariants(fit.getSimulation(), fit.getFactors(), "fit " + fit.getName());
		this.scratch = scratch;
	}

	/** Runs the fit into {@code <outRoot>/<fit>/}. */
	public static FitResult run(Fit fit, Path outRoot) throws EngineException, IOException {
		return run(fit, outRoot, n -> {
		}, () -> false);
	}

	/**
	 * Runs the fit into {@code <outRoot>/<fit>/}, telling {@code progress} how many simulations have run after each.
	 *
	 * @throws FitCancelledException when {@code cancelled} turns true (a running simulation stops at once)
	 */
	public static FitResult run(Fit fit, Path outRoot, IntConsumer progress, BooleanSupplier cancelled) throws EngineException, IOException {
		EcoreUtil.resolveAll(fit.eResource().getResourceSet());
		Calibration.calibrated();
		Path folder = Files.createDirectories(outRoot.resolve(fit.getName()));
		Path scratch = Files.createTempDirectory(folder, ".trials-");
		try {
			return new FitRunner(fit, scratch, progress, cancelled).fit(folder);
		} finally {
			ResultsWriter.delete(scratch);
		}
	}

	private FitResult fit(Path folder) throws EngineException, IOException {
		try {
			return search(folder);
		} catch (MathIllegalStateException e) {
			if (e.getSpecifier() != LocalizedCoreFormats.MAX_COUNT_EXCEEDED) {
				throw e;
			}
			throw new FitFailedException("fit " + fit.getName() + " did not converge within " + evaluations
					+ " simulations: narrow its bounds, fit fewer quantities or check that the data and the simulation describe the same test", e);
		}
	}

	private FitResult search(Path folder) throws EngineException, IOException {
		Optional<FitSignal> signal = FitSignal.named(fit.getSignal());
		if (signal.isEmpty()) {
			return MetricFit.fit(this, folder);
		}
		FitData data = FitData.of(fit);
		Comparison comparison = switch (signal.get()) {
		case VOLTAGE -> VoltageComparison.of(data);
		case CAPACITY -> CapacityComparison.of(data, Geometry.normalisationArea(SimulationRunner.resolve(fit.getSimulation())));
		case IMPEDANCE -> ImpedanceComparison.of(data);
		};
		return leastSquares(folder, comparison);
	}

	/**
	 * Levenberg-Marquardt on the weighted residuals in the bounds' 0..1 coordinates; the intervals from the covariance
	 * scaled by the weighted residual variance, the residual shown unweighted (from the run at the fitted values).
	 */
	private FitResult leastSquares(Path folder, Comparison comparison) throws EngineException, IOException {
		int n = parameters.size();
		double[] measured = comparison.measured();
		LeastSquaresProblem problem = new LeastSquaresBuilder().start(parameters.start()).target(measured).weight(new DiagonalMatrix(comparison.weights()))
				.model(point -> {
					double[] u = point.toArray();
					double[] v = simulated(u, comparison);
					RealMatrix jacobian = new Array2DRowRealMatrix(v.length, n);
					for (int k = 0; k < n; k++) {
						double[] shifted = u.clone();
						double h = u[k] + STEP <= 1 ? STEP : -STEP; // stay inside the bounds
						shifted[k] += h;
						double[] w = simulated(shifted, comparison);
						for (int i = 0; i < v.length; i++) {
							jacobian.setEntry(i, k, (w[i] - v[i]) / h);
						}
					}
					return new Pair<RealVector, RealMatrix>(new ArrayRealVector(v, false), jacobian);
				}).parameterValidator(p -> new ArrayRealVector(FitParameters.clamp(p.toArray()), false)).maxEvaluations(MAX_EVALUATIONS)
				.maxIterations(MAX_EVALUATIONS).lazyEvaluation(false).build();
		LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer().optimize(problem);
		double[] u = optimum.getPoint().toArray();
		int m = measured.length;
		// (J^T W J)^-1 scaled by the residual variance: the covariance of the coordinates
		double variance = optimum.getCost() * optimum.getCost() / Math.max(1, m - n);
		RealVector sigma = sigma(optimum);
		List<FitResult.FittedValue> values = new ArrayList<>();
		for (int k = 0; k < n; k++) {
			FitParameters.Parameter p = parameters.list().get(k);
			double half = Z95 * sigma.getEntry(k) * Math.sqrt(variance);
			values.add(new FitResult.FittedValue(p.label(), p.unit(), p.value(u[k]), p.value(u[k] - half), p.value(u[k] + half), p.low(), p.high()));
		}
		SimulationRunner.Outcome fitted = runInto(u, folder, "fitted");
		double[] at = comparison.simulated(fitted);
		double squares = 0;
		for (int i = 0; i < m; i++) {
			squares += (at[i] - measured[i]) * (at[i] - measured[i]);
		}
		Path overlay = comparison.overlay(folder, fit, fitted);
		return FitOutputs.write(fit, folder, new FitResult(values, Math.sqrt(squares / m), comparison.unit(), m, evaluations, folder, overlay, null, null),
				comparison.source());
	}

	/**
	 * The standard deviations of the coordinates; data that do not determine every quantity (a quantity the signal does
	 * not change with, or two whose effects cannot be told apart) are the fit's error, named.
	 */
	private RealVector sigma(LeastSquaresOptimizer.Optimum optimum) {
		try {
			return optimum.getSigma(1e-14);
		} catch (MathIllegalArgumentException singular) {
			RealMatrix jacobian = optimum.getJacobian();
			double largest = 0;
			double[] norms = new double[parameters.size()];
			for (int k = 0; k < norms.length; k++) {
				norms[k] = jacobian.getColumnVector(k).getNorm();
				largest = Math.max(largest, norms[k]);
			}
			List<String> flat = new ArrayList<>();
			for (int k = 0; k < norms.length; k++) {
				if (norms[k] <= 1e-9 * largest) {
					flat.add(parameters.list().get(k).label());
				}
			}
			throw new FitFailedException(flat.isEmpty()
					? "the data of fit " + fit.getName() + " cannot tell its quantities apart (their effects on the " + fit.getSignal()
							+ " are proportional): fit fewer of them"
					: "the " + fit.getSignal() + " of fit " + fit.getName() + " does not change with " + String.join(", ", flat)
							+ " within the bounds: fix " + (flat.size() > 1 ? "them" : "it") + " (remove the vary line) or compare a signal that depends on "
							+ (flat.size() > 1 ? "them" : "it"), singular);
		}
	}

	/** The simulated values at the measured points for coordinates u. */
	private double[] simulated(double[] u, Comparison comparison) {
		try {
			return comparison.simulated(runInto(FitParameters.clamp(u), scratch, "trial"));
		} catch (EngineException | IOException e) {
			throw new FitFailedException("a trial of fit " + fit.getName() + " at " + parameters.quantities(u) + " could not run: " + e.getMessage(), e);
		}
	}

	/** Runs the simulation at coordinates u into {@code <root>/<name>/}. */
	SimulationRunner.Outcome runInto(double[] u, Path root, String name) throws EngineException, IOException {
		if (cancelled.getAsBoolean()) {
			throw new FitCancelledException(fit.getName(), evaluations);
		}
		evaluations++;
		var point = new SweepDesign.Point(evaluations, parameters.quantities(u));
		SimulationRunner.Outcome outcome = SimulationRunner.run(fit.getSimulation(), variants.variant(point, name), root, p -> {
		}, f -> {
		}, cancelled);
		if (outcome.result().status() == org.stratum.solver.program.RunResult.Status.CANCELLED) {
			throw new FitCancelledException(fit.getName(), evaluations); // a cancelled trial's partial run is no value to fit
		}
		progress.accept(evaluations);
		return outcome;
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
}
