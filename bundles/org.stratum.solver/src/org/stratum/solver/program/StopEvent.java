package org.stratum.solver.program;

import java.util.function.ToDoubleFunction;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.StackCellModel;

/** One event of a segment: a named switching function of the cell's state, located by Hipparchus, and what it does. */
final class StopEvent {

	/** How closely an event is located in time, s. */
	private static final double ACCURACY = 1e-9;

	final String name;
	final ToDoubleFunction<CellState> g;
	final Action action;
	/** The protocol's condition this event locates; null for the model's own events. */
	final Step.Stop stop;
	boolean fired;

	StopEvent(String name, ToDoubleFunction<CellState> g, Action action) {
		this(name, g, action, null);
	}

	StopEvent(String name, ToDoubleFunction<CellState> g, Action action, Step.Stop stop) {
		this.name = name;
		this.g = g;
		this.action = action;
		this.stop = stop;
	}

	/** A detector for a segment that started at t0, evaluating g on scratch (a copy of the cell's state). */
	ODEEventDetector detector(CellState scratch, double t0, double maxCheck) {
		StopEvent self = this;
		BracketedUnivariateSolver<UnivariateFunction> solver = new BracketingNthOrderBrentSolver(ACCURACY, 5);
		return new ODEEventDetector() {
			@Override
			public AdaptableInterval getMaxCheckInterval() {
				return AdaptableInterval.of(maxCheck);
			}

			@Override
			public int getMaxIterationCount() {
				return 100;
			}

			@Override
			public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
				return solver;
			}

			@Override
			public ODEEventHandler getHandler() {
				return (s, detector, increasing) -> {
					self.fired = true;
					return self.action;
				};
			}

			@Override
			public double g(ODEStateAndDerivative s) {
				StackCellModel.read(scratch, s.getPrimaryState());
				scratch.time = t0 + s.getTime();
				return self.g.applyAsDouble(scratch);
			}
		};
	}
}
