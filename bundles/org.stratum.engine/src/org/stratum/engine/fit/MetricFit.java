package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.stratum.dsl.study.Metric;
import org.stratum.engine.study.MetricValues;
import org.stratum.engine.build.EngineException;

/**
 * A fit to one measured metric: the squared relative difference between the simulated and the measured value,
 * minimised within the bounds without derivatives (a CCD moves in steps of the ramp): Brent's method for one
 * quantity, BOBYQA for several. One number fixes at most one quantity, so no confidence interval is given.
 */
final class MetricFit {

	/** The most simulations a metric fit runs. */
	private static final int MAX_EVALUATIONS = 200;

	private MetricFit() {
	}

	static FitResult fit(FitRunner runner, Path folder) throws EngineException, IOException {
		Metric metric = Metric.named(runner.fit().getSignal()).orElseThrow();
		double measured = runner.measuredMetric();
		FitParameters parameters = runner.parameters();
		java.util.function.ToDoubleFunction<double[]> misfit = u -> {
			double simulated = runner.metric(u, metric);
			double r = Double.isFinite(simulated) ? (simulated - measured) / measured : 10; // no value (no short): far off
			return r * r;
		};
		double[] best;
		if (parameters.size() == 1) {
			UnivariatePointValuePair p = new BrentOptimizer(1e-6, 1e-4).optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE,
					new SearchInterval(0, 1, 0.5), new UnivariateObjectiveFunction(u -> misfit.applyAsDouble(new double[] { u })));
			best = new double[] { p.getPoint() };
		} else {
			double[] low = new double[parameters.size()];
			double[] high = new double[parameters.size()];
			java.util.Arrays.fill(high, 1);
			PointValuePair p = new BOBYQAOptimizer(2 * parameters.size() + 1).optimize(new MaxEval(MAX_EVALUATIONS), GoalType.MINIMIZE,
					new InitialGuess(parameters.start()), new SimpleBounds(low, high), new ObjectiveFunction(misfit::applyAsDouble));
			best = p.getPoint();
		}
		List<FitResult.FittedValue> values = new ArrayList<>();
		for (int k = 0; k < parameters.size(); k++) {
			FitParameters.Parameter p = parameters.list().get(k);
			values.add(new FitResult.FittedValue(p.label(), p.unit(), p.value(best[k]), Double.NaN, Double.NaN, p.low(), p.high()));
		}
		double residual = Math.abs(MetricValues.of(metric, runner.runInto(best, folder, "fitted").metrics()) - measured); // one run at the optimum
		return FitOutputs.write(runner.fit(), folder, new FitResult(values, residual, metric.unit(), 1, runner.evaluations(), folder, null, null, null), null);
	}
}
