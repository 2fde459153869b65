package org.stratum.solver.program;

import java.util.ArrayList;
import java.util.List;

import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.front.FrontModel;
import org.stratum.solver.front.FrontReadings;
import org.stratum.solver.front.FrontState;
import org.stratum.solver.multigrid.NotConvergedException;
import org.stratum.solver.physics.Constants;

/**
 * The front model under the executor: a symmetric cell whose working electrode is the phase map and whose counter
 * electrode is a flat Li face behind the rest of the electrolyte. Each segment is a sequence of explicit front steps
 * (adaptive, see {@link FrontModel#step}); a protocol condition that changes sign within a step is located by
 * bisecting that step's length; the run is checked for cancellation between steps.
 */
public final class FrontSimulatedCell implements SimulatedCell {

	/** The longest step, s, so that conditions and logs are looked at often enough even at rest. */
	private static final double MAX_STEP = 600;
	/** Bisections of a step in which a condition changed sign; its time is then known to 2^-20 of the step. */
	private static final int BISECTIONS = 20;

	private final FrontModel model;
	private final double counterExchangeCurrent;
	private final double remainingResistance;
	/** The cell voltage at the end of the previous step and that step's length, for dV/dt. */
	private double previousVoltage = Double.NaN, previousStep = Double.NaN;
	/** The front's highest point (m) at the previous sample and that sample's time (s), for the tip velocity. */
	private double sampledHeight = Double.NaN, sampledAt = Double.NaN;

	/**
	 * @param model the working electrode and what lies on it
	 * @param counterExchangeCurrent i0 of the flat counter face, A/m2
	 * @param remainingResistance areal resistance of the electrolyte between the map and the counter face, Ohm m2
	 */
	public FrontSimulatedCell(FrontModel model, double counterExchangeCurrent, double remainingResistance) {
		this.model = model;
		this.counterExchangeCurrent = counterExchangeCurrent;
		this.remainingResistance = remainingResistance;
	}

	/** The model the run advances. */
	public FrontModel model() {
		return model;
	}

	@Override
	public String modelName() {
		return "front model";
	}

	@Override
	public boolean isFullCell() {
		return false;
	}

	@Override
	public double time() {
		return model.state().time();
	}

	@Override
	public double temperature() {
		return model.temperature();
	}

	@Override
	public void setTemperature(double kelvin) {
		model.setTemperature(kelvin);
	}

	/** Stack pressure is not added to the pressure Li builds in a flaw (as in the stack model's Griffith criterion). */
	@Override
	public void setStackPressure(double pascal) {
		// nothing of the front model depends on it
	}

	@Override
	public boolean shorted() {
		return model.shorted();
	}

	@Override
	public double voltage(double j) {
		if (model.shorted()) {
			return -j * StackCellModel.SHORT_RESISTANCE;
		}
		try {
			return model.potentials(j).electrodePotential() - j * remainingResistance - counterOverpotential(j);
		} catch (NotConvergedException e) {
			throw new CellModelException("the front model's potentials did not converge: " + e.getMessage());
		}
	}

	/** Overpotential of the counter face stripping (for j > 0) at current density j, V. */
	private double counterOverpotential(double j) {
		double x = j / (2 * counterExchangeCurrent);
		return 2 / Constants.f(model.temperature()) * Math.log(x + Math.sqrt(x * x + 1));
	}

	@Override
	public double current(Drive drive, SegmentContext context) {
		return DriveSolver.current(drive, this::voltage, context::where);
	}

	@Override
	public double voltageRate(Drive drive, SegmentContext context) {
		return rateTo(voltage(current(drive, context)));
	}

	/** |dV/dt| (V/s) from the voltage at the end of the previous step to v now; 0 before any step. */
	private double rateTo(double v) {
		return Double.isNaN(previousVoltage) || !(previousStep > 0) ? 0 : Math.abs(v - previousVoltage) / previousStep;
	}

	@Override
	public Recorder.Sample sample(double j, int cycle, int step) {
		double v = voltage(j);
		double counter = Math.abs(counterOverpotential(j));
		double ohmic = Math.abs(j) * remainingResistance;
		double[] parts = { ohmic, Math.max(0, Math.abs(v) - ohmic - counter), counter, 0 };
		double[] plated = model.state().plated().clone();
		double toCharge = 1 / (Constants.LI_THICKNESS_PER_CHARGE * model.nx() * model.h()); // m3/m of Li -> C/m2 of electrode
		for (int k = 0; k < plated.length; k++) {
			plated[k] *= toCharge;
		}
		double[] heights = FrontReadings.frontHeights(model);
		double max = 0;
		double sum = 0;
		for (double height : heights) {
			max = Math.max(max, height);
			sum += height;
		}
		double velocity = time() > sampledAt ? (max - sampledHeight) / (time() - sampledAt) : Double.NaN;
		sampledHeight = max;
		sampledAt = time();
		return new Recorder.Sample(time(), v, j, cycle, step, parts, new double[] { 1, 1 }, new double[] { FrontReadings.penetration(model), 0 }, plated,
				model.shorted(), new Recorder.FrontShape(max, sum / heights.length, velocity));
	}

	@Override
	public boolean impedance(Step.Eis eis, Recorder recorder) {
		return false; // the front model has no capacitances: spectra are the stack model's
	}

	@Override
	public SegmentResult integrate(Segment segment, SegmentContext context) {
		Drive drive = segment.drive();
		double start = time();
		double passed = 0;
		double j;
		try {
			j = current(drive, context);
			List<Step.Stop> located = located(segment, context, drive);
			double[] before = switching(located, j, start, passed);
			while (true) {
				if (context.cancelled()) {
					context.log(j, true); // the partial result ends where the run stopped, not at the last logged sample
					return new SegmentResult(SegmentResult.Outcome.CANCELLED, passed, time() - start, j, "cancelled at " + context.where(), false);
				}
				double left = !Double.isNaN(segment.duration()) ? segment.duration() - (time() - start) : Double.POSITIVE_INFINITY;
				if (!Double.isNaN(segment.charge()) && j != 0) {
					left = Math.min(left, (segment.charge() - passed) / Math.abs(j));
				}
				if (left <= 1e-9 * Math.max(1, time())) {
					context.log(j, true);
					return SegmentResult.ended(passed, time() - start, j);
				}
				double toLog = context.lastLogTime() + context.logPeriod() - time();
				double limit = Math.min(Math.min(left, MAX_STEP), toLog > 1e-9 ? toLog : Double.POSITIVE_INFINITY);
				FrontState saved = model.state().copy();
				double v0 = voltage(j);
				FrontModel.StepReport report = step(j, limit);
				double[] after = switching(located, j, start, passed + Math.abs(j) * report.dt());
				int crossed = firstCrossing(before, after);
				if (crossed >= 0) {
					report = locate(located, crossed, before[crossed], saved, j, report.dt(), start, passed);
				}
				passed += Math.abs(j) * report.dt();
				previousVoltage = v0;
				previousStep = report.dt();
				if (!Double.isFinite(voltage(j))) {
					return failed("the front model diverged (non-finite potentials) at " + context.where(), passed, start, j);
				}
				context.log(j, false);
				context.segmentProgress(Math.max(!Double.isNaN(segment.charge()) ? passed / segment.charge() : 0,
						!Double.isNaN(segment.duration()) ? (time() - start) / segment.duration() : 0));
				if (report.shorted()) {
					context.log(j, true);
					return new SegmentResult(SegmentResult.Outcome.SHORTED, passed, time() - start, j,
							"short circuit at " + context.where() + ": a Li filament spans the electrolyte", false);
				}
				if (model.exhausted()) {
					return new SegmentResult(SegmentResult.Outcome.STOPPED, passed, time() - start, j,
							"the stripping electrode ran out of Li at " + context.where(), false, FailureMode.LITHIUM_EXHAUSTED);
				}
				if (crossed >= 0) {
					context.log(j, true);
					if (crossed < segment.until().size()) {
						return SegmentResult.ended(passed, time() - start, j);
					}
					return new SegmentResult(SegmentResult.Outcome.STOPPED, passed, time() - start, j,
							StopConditions.metAt(located.get(crossed), context.where()), false, FailureMode.atStop(located.get(crossed), contact()));
				}
				before = after;
				if (drive.currentVaries()) {
					j = current(drive, context);
				}
			}
		} catch (CellModelException e) {
			return failed(e.reasonAt(context.where()), passed, start, Double.NaN);
		}
	}

	private SegmentResult failed(String reason, double passed, double start, double j) {
		return new SegmentResult(SegmentResult.Outcome.FAILED, passed, time() - start, Double.isNaN(j) ? 0 : j, reason, false);
	}

	/** The step's conditions first, then the protocol's, each if it is located within a segment. */
	private static List<Step.Stop> located(Segment segment, SegmentContext context, Drive drive) {
		List<Step.Stop> stops = new ArrayList<>();
		for (Step.Stop stop : segment.until()) {
			stops.add(StopConditions.locatedInSegment(stop, drive.currentVaries()) ? stop : null);
		}
		for (Step.Stop stop : context.globalStops()) {
			stops.add(StopConditions.locatedInSegment(stop, drive.currentVaries()) ? stop : null);
		}
		return stops;
	}

	private double[] switching(List<Step.Stop> stops, double j, double start, double charge) {
		double[] g = new double[stops.size()];
		for (int k = 0; k < g.length; k++) {
			Step.Stop stop = stops.get(k);
			g[k] = stop == null ? Double.NaN : StopConditions.switching(stop, observables(j, charge));
		}
		return g;
	}

	private static int firstCrossing(double[] before, double[] after) {
		for (int k = 0; k < before.length; k++) {
			if (!Double.isNaN(before[k]) && before[k] != 0 && Math.signum(after[k]) != Math.signum(before[k])) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Bisects the length of a step in which condition k changed sign from g0 (its value at the step's start, in the
	 * saved state); ends in the state just past the change.
	 */
	private FrontModel.StepReport locate(List<Step.Stop> stops, int k, double g0, FrontState saved, double j, double dt, double start, double passed) {
		double lo = 0;
		double hi = dt;
		FrontModel.StepReport report = null;
		for (int b = 0; b < BISECTIONS; b++) {
			double mid = (lo + hi) / 2;
			model.restore(saved);
			report = step(j, mid);
			double g = switching(stops, j, start, passed + Math.abs(j) * report.dt())[k];
			if (Math.signum(g) == Math.signum(g0)) {
				lo = report.dt();
			} else {
				hi = report.dt();
			}
		}
		model.restore(saved);
		return step(j, hi);
	}

	private FrontModel.StepReport step(double j, double limit) {
		try {
			return model.step(j, limit);
		} catch (NotConvergedException e) {
			throw new CellModelException("the front model's potentials did not converge: " + e.getMessage());
		}
	}

	/** What a condition reads of the present state, with the segment's charge so far. */
	private StopConditions.Observables observables(double j, double charge) {
		return new StopConditions.Observables() {
			@Override
			public double voltage() {
				return FrontSimulatedCell.this.voltage(j);
			}

			@Override
			public double current() {
				return j;
			}

			@Override
			public double time() {
				return FrontSimulatedCell.this.time();
			}

			@Override
			public double charge() {
				return charge;
			}

			@Override
			public double temperature() {
				return model.temperature();
			}

			@Override
			public double voltageRate() {
				return rateTo(voltage());
			}

			@Override
			public int cycle() {
				throw new IllegalStateException("a cycle condition is not located within a segment");
			}

			@Override
			public boolean shorted() {
				return model.shorted();
			}
		};
	}
}
