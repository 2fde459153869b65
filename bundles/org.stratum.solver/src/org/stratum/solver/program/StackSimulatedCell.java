package org.stratum.solver.program;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.physics.Constants;

/**
 * The stack model under the executor: each segment is integrated by Hipparchus (Dormand-Prince 5(4)) with event
 * detection for crack onset, short, stop conditions, Li exhaustion and a full or empty cathode, located in time
 * by root finding rather than by overshoot.
 */
public final class StackSimulatedCell implements SimulatedCell {

	/** Per state component (contact, filament, stripped charge, Li, interphase; two of each), in their SI units. */
	private static final double[] ABSOLUTE_TOLERANCE = { 1e-9, 1e-9, 1e-12, 1e-12, 1e-3, 1e-3, 1e-13, 1e-13, 1e-12, 1e-12 };
	private static final double[] RELATIVE_TOLERANCE = { 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7 };
	/** Time step of the forward difference that gives dV/dt, s: short against every time constant of the stack model. */
	private static final double RATE_STEP = 1e-2;
	/** A segment "until a condition" runs at most this long, s; a global stop or a short ends it sooner. */
	private static final double UNTIL_HORIZON = 1e8;

	private final StackCellModel model;
	private final CellState state;

	public StackSimulatedCell(StackCellModel model) {
		this.model = model;
		this.state = new CellState(model.cell());
	}

	/** The state the run advances. */
	public CellState state() {
		return state;
	}

	@Override
	public String modelName() {
		return "stack model";
	}

	@Override
	public boolean isFullCell() {
		return model.isFullCell();
	}

	@Override
	public double time() {
		return state.time;
	}

	@Override
	public double temperature() {
		return state.temperature;
	}

	@Override
	public void setTemperature(double kelvin) {
		state.temperature = kelvin;
	}

	@Override
	public void setStackPressure(double pascal) {
		state.stackPressure = pascal;
	}

	@Override
	public double contact() {
		return Math.min(state.contact[0], state.contact[1]);
	}

	@Override
	public boolean shorted() {
		return state.shorted;
	}

	@Override
	public double voltage(double currentDensity) {
		return model.voltage(state, currentDensity);
	}

	@Override
	public double current(Drive drive, SegmentContext context) {
		return current(drive, state, context);
	}

	private double current(Drive drive, CellState s, SegmentContext context) {
		return DriveSolver.current(drive, j -> model.voltage(s, j), context::where);
	}

	@Override
	public double voltageRate(Drive drive, SegmentContext context) {
		return voltageRate(state, s -> current(drive, s, context));
	}

	@Override
	public Recorder.Sample sample(double j, int cycle, int step) {
		return new Recorder.Sample(state.time, model.voltage(state, j), j, cycle, step, model.voltageParts(state, j), state.contact.clone(),
				state.filament.clone(), state.platedByLocation.clone(), state.shorted, Recorder.FrontShape.NONE);
	}

	@Override
	public boolean impedance(Step.Eis eis, Recorder recorder) {
		recorder.impedance(state.time, Impedance.spectrum(model, state, eis.high(), eis.low(), eis.pointsPerDecade()), Impedance.circuit(model, state));
		return true;
	}

	@Override
	public SegmentResult integrate(Segment segment, SegmentContext context) {
		Drive drive = segment.drive();
		ToDoubleFunction<CellState> jOf = s -> current(drive, s, context);
		double j = jOf.applyAsDouble(state);
		double end = !Double.isNaN(segment.duration()) ? segment.duration()
				: (!Double.isNaN(segment.charge()) && j != 0 ? segment.charge() / Math.abs(j) : Double.NaN);
		if (Double.isNaN(end)) {
			end = UNTIL_HORIZON;
		}
		int plate = StackCellModel.platingSide(drive.sign());
		int strip = 1 - plate;
		if (drive.sign() != 0 && model.isFullCell() && cathodeLimit(plate, strip, state) <= 0) {
			return SegmentResult.ended(0, 0, j); // the cathode is already full (discharge) or empty (charge): nothing to pass
		}
		boolean flowing = drive.sign() != 0;
		if (flowing) {
			state.strippedCharge[plate] = 0;
			if (!state.cracked[plate] && model.faceOverpotential(state, plate, j) >= model.criticalOverpotential(plate)) {
				state.cracked[plate] = true; // already past the critical overpotential when the step starts
			}
		}
		double t0 = state.time;
		double q0 = state.strippedCharge[strip];
		List<StopEvent> events = events(segment, context, jOf, flowing, plate, strip, q0);
		DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-9, Math.max(1.0, end), ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE);
		for (StopEvent e : events) {
			integrator.addEventDetector(e.detector(copyOfState(), t0, Math.max(1.0, Math.min(600, end / 4))));
		}
		integrator.addStepHandler(logEveryPeriod(context, jOf, t0));
		ODEStateAndDerivative finalState;
		try {
			finalState = integrator.integrate(equations(jOf), new ODEState(0, StackCellModel.write(state)), end);
		} catch (DriveSolver.NoCurrentException e) {
			return failed(e.getMessage(), j);
		} catch (MathRuntimeException e) {
			return failed("the solver diverged at " + context.where() + ": " + e.getMessage(), j);
		}
		StackCellModel.read(state, finalState.getPrimaryState());
		double dt = finalState.getTime();
		state.time = t0 + dt;
		double passed = flowing ? state.strippedCharge[strip] - q0 : 0;
		double last = jOf.applyAsDouble(state);
		if (flowing) {
			double[] shares = model.platingShares(plate, last);
			double inside = model.internalDepositionShare(state, last);
			for (int k = 0; k < 3; k++) {
				state.platedByLocation[k] += passed * shares[k] * (1 - inside);
			}
			state.platedByLocation[3] += passed * inside;
		}
		for (double v : finalState.getPrimaryState()) {
			if (!Double.isFinite(v)) {
				return new SegmentResult(SegmentResult.Outcome.FAILED, passed, dt, last,
						"the solver diverged (non-finite state) at " + context.where(), false);
			}
		}
		StopEvent fired = null;
		for (StopEvent e : events) {
			if (e.fired) {
				fired = e;
			}
		}
		context.log(last, true);
		if (fired == null) {
			return SegmentResult.ended(passed, dt, last);
		}
		return switch (fired.name) {
		case "crack" -> {
			state.cracked[plate] = true;
			yield new SegmentResult(SegmentResult.Outcome.CRACKED, passed, dt, last, null, end - dt > 1e-9);
		}
		case "short" -> {
			state.shorted = true;
			state.filament[plate] = model.cell().electrolyteThickness();
			state.platedByLocation[3] += model.cell().electrolyteThickness() / Constants.LI_THICKNESS_PER_CHARGE / StackCellModel.TIP_FOCUSING;
			context.log(last, true);
			yield new SegmentResult(SegmentResult.Outcome.SHORTED, passed, dt, last,
					"short circuit at " + context.where() + ": a Li filament spans the electrolyte", false);
		}
		case "lithium" -> new SegmentResult(SegmentResult.Outcome.STOPPED, passed, dt, last,
				"the stripping electrode ran out of Li at " + context.where(), false, FailureMode.LITHIUM_EXHAUSTED);
		case "stop" -> new SegmentResult(SegmentResult.Outcome.STOPPED, passed, dt, last,
				StopConditions.metAt(fired.stop, context.where()), false, FailureMode.atStop(fired.stop, contact()));
		default -> SegmentResult.ended(passed, dt, last); // "until", or the cathode is full or empty
		};
	}

	private static SegmentResult failed(String reason, double current) {
		return new SegmentResult(SegmentResult.Outcome.FAILED, 0, 0, current, reason, false);
	}

	private OrdinaryDifferentialEquation equations(ToDoubleFunction<CellState> jOf) {
		return new OrdinaryDifferentialEquation() {
			private final CellState scratch = copyOfState();

			@Override
			public int getDimension() {
				return StackCellModel.STATE_SIZE;
			}

			@Override
			public double[] computeDerivatives(double t, double[] y) {
				StackCellModel.read(scratch, y);
				double[] dydt = new double[StackCellModel.STATE_SIZE];
				model.derivatives(scratch, jOf.applyAsDouble(scratch), dydt);
				return dydt;
			}
		};
	}

	/** Samples the interpolated state at every logging period the integrator's step passes. */
	private ODEStepHandler logEveryPeriod(SegmentContext context, ToDoubleFunction<CellState> jOf, double t0) {
		return new ODEStepHandler() {
			@Override
			public void handleStep(ODEStateInterpolator interpolator) {
				double from = interpolator.getPreviousState().getTime();
				double to = interpolator.getCurrentState().getTime();
				double period = context.logPeriod();
				for (double t = Math.max(from, context.lastLogTime() - t0 + period); t <= to; t += period) {
					StackCellModel.read(state, interpolator.getInterpolatedState(t).getPrimaryState());
					state.time = t0 + t;
					context.log(jOf.applyAsDouble(state), false);
				}
			}
		};
	}

	/** The model's own events (crack, short, Li exhaustion, cathode limit) and the protocol's conditions. */
	private List<StopEvent> events(Segment segment, SegmentContext context, ToDoubleFunction<CellState> jOf, boolean flowing, int plate, int strip,
			double q0) {
		List<StopEvent> events = new ArrayList<>();
		if (flowing && !state.cracked[plate] && Double.isFinite(model.criticalOverpotential(plate))) {
			events.add(new StopEvent("crack", s -> model.faceOverpotential(s, plate, jOf.applyAsDouble(s)) - model.criticalOverpotential(plate), Action.STOP));
		}
		if (flowing && state.cracked[plate]) {
			events.add(new StopEvent("short", s -> s.filament[plate] - model.cell().electrolyteThickness(), Action.STOP));
		}
		if (flowing && (!model.isFullCell() || strip == 0)) {
			events.add(new StopEvent("lithium", s -> s.lithium[strip], Action.STOP));
		}
		if (flowing && model.isFullCell()) {
			events.add(new StopEvent("cathode", s -> cathodeLimit(plate, strip, s), Action.STOP));
		}
		boolean currentVaries = segment.drive().currentVaries();
		addStops(events, "until", segment.until(), jOf, currentVaries, strip, q0);
		addStops(events, "stop", context.globalStops(), jOf, currentVaries, strip, q0);
		return events;
	}

	/** Events for stop conditions; the charge passed is what the stripping side has given since q0. */
	private void addStops(List<StopEvent> events, String name, List<Step.Stop> stops, ToDoubleFunction<CellState> jOf, boolean currentVaries, int strip,
			double q0) {
		for (Step.Stop stop : stops) {
			if (StopConditions.locatedInSegment(stop, currentVaries)) {
				events.add(new StopEvent(name, s -> StopConditions.switching(stop, new Trial(s, jOf, strip, q0)), Action.STOP, stop));
			}
		}
	}

	/** What a condition reads of a trial state inside a segment. */
	private final class Trial implements StopConditions.Observables {

		private final CellState s;
		private final ToDoubleFunction<CellState> jOf;
		private final int strip;
		private final double q0;

		Trial(CellState s, ToDoubleFunction<CellState> jOf, int strip, double q0) {
			this.s = s;
			this.jOf = jOf;
			this.strip = strip;
			this.q0 = q0;
		}

		@Override
		public double voltage() {
			return model.voltage(s, jOf.applyAsDouble(s));
		}

		@Override
		public double current() {
			return jOf.applyAsDouble(s);
		}

		@Override
		public double time() {
			return s.time;
		}

		@Override
		public double charge() {
			return s.strippedCharge[strip] - q0;
		}

		@Override
		public double temperature() {
			return s.temperature;
		}

		@Override
		public double voltageRate() {
			return StackSimulatedCell.this.voltageRate(s, jOf);
		}

		@Override
		public int cycle() {
			throw new IllegalStateException("a cycle condition is not located within a segment");
		}

		@Override
		public boolean shorted() {
			return s.shorted;
		}
	}

	/** Li the cathode can still take (discharge, plate = 1) or give (charge, strip = 1), as equivalent thickness. */
	private double cathodeLimit(int plate, int strip, CellState s) {
		return plate == 1 ? model.cathodeLithium() - s.lithium[1] : s.lithium[strip];
	}

	/** |dV/dt| (V/s) in state s under the drive's current: V one short step ahead along the state's derivatives. */
	private double voltageRate(CellState s, ToDoubleFunction<CellState> jOf) {
		double j = jOf.applyAsDouble(s);
		double[] y = StackCellModel.write(s);
		double[] dydt = new double[StackCellModel.STATE_SIZE];
		model.derivatives(s, j, dydt);
		for (int k = 0; k < y.length; k++) {
			y[k] += RATE_STEP * dydt[k];
		}
		CellState ahead = copyOfState();
		ahead.temperature = s.temperature;
		ahead.shorted = s.shorted;
		StackCellModel.read(ahead, y);
		return Math.abs(model.voltage(ahead, jOf.applyAsDouble(ahead)) - model.voltage(s, j)) / RATE_STEP;
	}

	/** A scratch state with the run's conditions (temperature, pressure, cracks, short) for trial evaluations. */
	private CellState copyOfState() {
		CellState copy = new CellState(model.cell());
		copy.temperature = state.temperature;
		copy.stackPressure = state.stackPressure;
		System.arraycopy(state.cracked, 0, copy.cracked, 0, 2);
		copy.shorted = state.shorted;
		return copy;
	}
}
