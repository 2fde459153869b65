package org.stratum.solver.program;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.DoublePredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.UnivariateFunction;
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
 * Runs a step program on a symmetric cell: each constant-current segment is integrated by Hipparchus
 * (Dormand-Prince 5(4)) with event detection for crack onset, short, stop conditions and Li exhaustion,
 * located in time by root finding rather than by overshoot. Output is decimated to the logging period;
 * the run stops with a reason (naming the step and time) on a short, a stop condition, divergence or
 * cancellation.
 */
public final class Executor {

	/** Finds the current of a voltage hold; 1e-9 A/m2 is far below any current a cycler resolves. */
	private static final BracketingNthOrderBrentSolver HOLD_SOLVER = new BracketingNthOrderBrentSolver(1e-9, 5);
	/** No hold or power step is solved beyond this current density, A/m2 (1000 A/cm2). */
	private static final double MAX_SOLVED_CURRENT = 1e7;
	/** Per state component (contact, filament, stripped charge, Li, interphase; two of each), in their SI units. */
	private static final double[] ABSOLUTE_TOLERANCE = { 1e-9, 1e-9, 1e-12, 1e-12, 1e-3, 1e-3, 1e-13, 1e-13, 1e-12, 1e-12 };
	private static final double[] RELATIVE_TOLERANCE = { 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7, 1e-7 };

	private final StackCellModel model;
	private final CellState state;
	private final Recorder recorder;
	private final BooleanSupplier cancelled;
	private Program program;
	private int cycle;
	private int stepIndex;
	private String stepLabel = "";
	private double lastLog = Double.NEGATIVE_INFINITY;
	private final List<PeriodicBlock> periodic = new ArrayList<>();
	private RunResult result;
	private double ccd = Double.NaN;
	private double shortTime = Double.NaN;
	/** Current density of the latest segment (A/m2) and charge passed by the latest step (C/m2), for goto conditions. */
	private double lastCurrent;
	private double chargePassed;
	private double lastStepCharge;
	private final Map<Step.Goto, Double> lastJumpTime = new IdentityHashMap<>();
	private final List<Discharge> discharges = new ArrayList<>();
	/** Charge a full cell has delivered (discharged) so far, C/m2. */
	private double dischargedCharge;
	/** Charge put into a full cell since its last discharging step, C/m2. */
	private double chargedSinceDischarge;

	private static final class PeriodicBlock {
		final Step.Every every;
		int lastCycle;
		double lastTime;

		PeriodicBlock(Step.Every every, int cycle, double time) {
			this.every = every;
			this.lastCycle = cycle;
			this.lastTime = time;
		}
	}

	/** Raised by a goto; caught by the block that holds its label. */
	private static final class Jump extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final String target;

		Jump(String target) {
			super(target, null, false, false);
			this.target = target;
		}
	}

	/** Raised inside the executor to end the run. */
	private static final class End extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final RunResult.Status status;

		End(RunResult.Status status, String reason) {
			super(reason, null, false, false);
			this.status = status;
		}
	}

	public Executor(StackCellModel model, Recorder recorder, BooleanSupplier cancelled) {
		this.model = model;
		this.state = new CellState(model.cell());
		this.recorder = recorder;
		this.cancelled = cancelled;
	}

	public CellState state() {
		return state;
	}

	/**
	 * A step that discharged a full cell: its cycle, mean current density while it ran (A/m2; the set value of a
	 * constant-current step), the charge it delivered (C/m2) and what kind of step it was.
	 */
	public record Discharge(int cycle, double currentDensity, double charge, String step, double chargedBefore) {

		/** Charge out over the charge put in since the previous discharge (NaN when nothing was charged). */
		public double coulombicEfficiency() {
			return chargedBefore > 0 ? charge / chargedBefore : Double.NaN;
		}
	}

	/** Each step that discharged a full cell so far (constant current, power, voltage hold or CC-CV). */
	public List<Discharge> discharges() {
		return List.copyOf(discharges);
	}

	public RunResult run(Program program) {
		this.program = program;
		try {
			log(0, true);
			try {
				runSteps(program.steps());
			} catch (Jump jump) {
				throw new End(RunResult.Status.FAILED, "goto " + jump.target + " at " + where()
						+ " has no label of that name in its block or an enclosing one");
			}
			result = new RunResult(RunResult.Status.COMPLETED, "completed", ccd, shortTime, cycle, state.time);
		} catch (End end) {
			result = new RunResult(end.status, end.getMessage(), ccd, shortTime, cycle, state.time);
		}
		log(0, true);
		return result;
	}

	private void runSteps(List<Step> steps) {
		int i = 0;
		while (i < steps.size()) {
			if (cancelled.getAsBoolean()) {
				throw new End(RunResult.Status.CANCELLED, "cancelled at " + where());
			}
			stepIndex++;
			Step step = steps.get(i);
			try {
				double before = chargePassed;
				double dischargedBefore = dischargedCharge;
				double started = state.time;
				runStep(step);
				if (!(step instanceof Step.Goto || step instanceof Step.Label)) {
					lastStepCharge = chargePassed - before;
				}
				recordDischarge(step, dischargedCharge - dischargedBefore, state.time - started);
				firePeriodic();
				i++;
			} catch (Jump jump) {
				int at = labelIndex(steps, jump.target);
				if (at < 0) {
					throw jump;
				}
				if (at <= i) {
					startCycle(); // a backward jump closes a loop
				}
				i = at + 1;
			}
		}
	}

	/** A constant-current discharge is listed even when it delivered nothing (a dead cell); other steps when they discharged. */
	private void recordDischarge(Step step, double delivered, double duration) {
		if (!model.isFullCell()) {
			return;
		}
		if (step instanceof Step.Galvanostatic g && g.currentDensity() < 0) {
			discharges.add(new Discharge(cycle, -g.currentDensity(), delivered, "CC", chargedSinceDischarge));
			chargedSinceDischarge = 0;
			return;
		}
		if (delivered <= 0 || duration <= 0) {
			return;
		}
		String kind = switch (step) {
		case Step.ConstantPower p -> "CP";
		case Step.ConstantResistance r -> "CR";
		case Step.Hold h -> "hold";
		case Step.CcCv c -> "CC-CV";
		default -> null;
		};
		if (kind != null) {
			discharges.add(new Discharge(cycle, delivered / duration, delivered, kind, chargedSinceDischarge));
			chargedSinceDischarge = 0;
		}
	}

	private static int labelIndex(List<Step> steps, String name) {
		for (int k = 0; k < steps.size(); k++) {
			if (steps.get(k) instanceof Step.Label label && label.name().equalsIgnoreCase(name)) {
				return k;
			}
		}
		return -1;
	}

	private void jump(Step.Goto go) {
		if (!go.when().isEmpty() && go.when().stream().noneMatch(this::holds)) {
			return;
		}
		Double previous = lastJumpTime.put(go, state.time);
		if (previous != null && previous == state.time) {
			throw new End(RunResult.Status.FAILED, "goto " + go.target() + " at " + where()
					+ " loops without simulated time passing; give the loop a step that takes time or a condition that ends it");
		}
		throw new Jump(go.target());
	}

	/** Whether a condition holds now (between steps). */
	private boolean holds(Step.Stop stop) {
		return holds(stop, s -> lastCurrent);
	}

	/** Whether a condition holds now, with the current the present drive gives (for dV/dt). */
	private boolean holds(Step.Stop stop, ToDoubleFunction<CellState> jOf) {
		if (stop.variable() == Step.Variable.SHORT) {
			return state.shorted;
		}
		double value = switch (stop.variable()) {
		case VOLTAGE -> Math.abs(model.voltage(state, lastCurrent));
		case CURRENT -> Math.abs(lastCurrent);
		case TIME -> state.time;
		case CAPACITY -> lastStepCharge;
		case TEMPERATURE -> state.temperature;
		case VOLTAGE_RATE -> voltageRate(state, jOf);
		default -> cycle;
		};
		return stop.greater() ? value > stop.value() : value < stop.value();
	}

	/** Counts a new cycle, unless a global cycle condition forbids it: then the run stops after the last one. */
	private void startCycle() {
		cycle++;
		for (Step.Stop stop : program.globalStops()) {
			if (stop.variable() == Step.Variable.CYCLE && holds(stop)) {
				cycle--;
				throw new End(RunResult.Status.STOPPED, "the protocol's cycle limit was reached after " + where());
			}
		}
	}

	private void runStep(Step step) {
		switch (step) {
		case Step.Rest rest -> {
			stepLabel = "rest";
			segment(0, rest.duration(), Double.NaN, rest.until());
		}
		case Step.Galvanostatic g -> {
			stepLabel = String.format(Locale.ROOT, "%s at %.4g mA/cm2", g.currentDensity() >= 0 ? "plate" : "strip", Math.abs(g.currentDensity()) / 10);
			segment(g.currentDensity(), g.duration(), g.charge(), g.until());
		}
		case Step.Hold hold -> {
			stepLabel = String.format(Locale.ROOT, "hold at %.4g V", hold.volts());
			segment(holdDrive(hold.volts()), hold.duration(), Double.NaN, hold.until());
		}
		case Step.CcCv cccv -> {
			stepLabel = String.format(Locale.ROOT, "CC-CV at %.4g mA/cm2 to %.4g V", Math.abs(cccv.currentDensity()) / 10, cccv.volts());
			double start = state.time;
			segment(cccv.currentDensity(), cccv.cap(), Double.NaN,
					List.of(new Step.Stop(Step.Variable.VOLTAGE, cccv.currentDensity() > 0, cccv.volts())));
			double left = Double.isNaN(cccv.cap()) ? Double.NaN : cccv.cap() - (state.time - start);
			if (Double.isNaN(left) || left > 1e-9) {
				segment(holdDrive(cccv.volts()), left, Double.NaN, cccv.until());
			}
		}
		case Step.ConstantPower cp -> {
			stepLabel = String.format(Locale.ROOT, "%s at %.4g mW/cm2", cp.powerDensity() > 0 ? "charge" : "discharge", Math.abs(cp.powerDensity()) / 10);
			if (!model.isFullCell()) {
				throw new End(RunResult.Status.FAILED, "step " + stepIndex + " (constant power) needs a full cell");
			}
			segment(new Drive(Double.NaN, Double.NaN, Math.abs(cp.powerDensity()), Double.NaN, (int) Math.signum(cp.powerDensity())), cp.duration(),
					Double.NaN,
					cp.until());
		}
		case Step.ConstantResistance cr -> {
			stepLabel = String.format(Locale.ROOT, "discharge through %.4g Ohm m2", cr.arealResistance());
			if (!model.isFullCell()) {
				throw new End(RunResult.Status.FAILED, "step " + stepIndex + " (constant resistance) needs a full cell");
			}
			segment(new Drive(Double.NaN, Double.NaN, Double.NaN, cr.arealResistance(), -1), cr.duration(), Double.NaN, cr.until());
		}
		case Step.CcdRamp ramp -> ccd(ramp);
		case Step.Repeat repeat -> {
			for (int k = 0; k < repeat.count(); k++) {
				startCycle();
				runSteps(repeat.steps());
				if (program.steps().size() == 1) {
					recorder.progress((k + 1.0) / repeat.count());
				}
			}
		}
		case Step.Every every -> periodic.add(new PeriodicBlock(every, cycle, state.time));
		case Step.Eis eis -> recorder.impedance(state.time, Impedance.spectrum(model, state, eis.high(), eis.low(), eis.pointsPerDecade()),
				Impedance.circuit(model, state));
		case Step.Environment env -> {
			if (!Double.isNaN(env.temperature())) {
				state.temperature = env.temperature();
			}
			if (!Double.isNaN(env.pressure())) {
				state.stackPressure = env.pressure();
			}
		}
		case Step.Label label -> {
			// a place to jump to
		}
		case Step.Goto go -> jump(go);
		case Step.Unsupported unsupported -> throw new End(RunResult.Status.FAILED,
				"step " + stepIndex + " (" + unsupported.what() + ") cannot be simulated by the stack model yet");
		}
	}

	private void firePeriodic() {
		for (PeriodicBlock block : List.copyOf(periodic)) {
			boolean due = block.every.period() > 0 ? state.time - block.lastTime >= block.every.period()
					: cycle - block.lastCycle >= block.every.cycles();
			if (due) {
				block.lastCycle = cycle;
				block.lastTime = state.time;
				periodic.remove(block);
				try {
					runSteps(block.every.steps());
				} finally {
					periodic.add(block);
				}
			}
		}
	}

	private void ccd(Step.CcdRamp ramp) {
		int levels = 0;
		for (double j = ramp.start(); j <= ramp.end() * (1 + 1e-9); j = ramp.increment() > 0 ? j + ramp.increment() : j * ramp.factor()) {
			levels++;
		}
		int level = 0;
		for (double j = ramp.start(); j <= ramp.end() * (1 + 1e-9); j = ramp.increment() > 0 ? j + ramp.increment() : j * ramp.factor()) {
			for (int pair = 0; pair < Math.max(1, ramp.pairs()); pair++) {
				startCycle();
				for (double sign : new double[] { 1, -1 }) {
					stepLabel = String.format(Locale.ROOT, "CCD step %.4g mA/cm2 (%s)", j / 10, sign > 0 ? "plate" : "strip");
					double duration = ramp.time() > 0 ? ramp.time() : Double.NaN;
					double charge = ramp.time() > 0 ? Double.NaN : ramp.charge();
					try {
						segment(sign * j, duration, charge, List.of());
					} catch (End end) {
						if (end.status == RunResult.Status.SHORTED) {
							ccd = j;
						}
						throw end;
					}
					if (ramp.rest() > 0) {
						segment(0, ramp.rest(), Double.NaN, List.of());
					}
				}
			}
			level++;
			recorder.progress(level / (double) levels);
		}
	}

	/** Integrates one constant-current segment to its duration or charge, or an event. */
	private void segment(double j, double duration, double charge, List<Step.Stop> until) {
		segment(new Drive(j, Double.NaN, Double.NaN, Double.NaN, (int) Math.signum(j)), duration, charge, until);
	}

	/**
	 * What a segment holds constant: the current density (A/m2), the cell voltage (V) or the power density
	 * (W/m2, magnitude), with the current following the last two in the direction sign (+1 charges a full cell).
	 */
	private record Drive(double current, double voltage, double power, double resistance, int sign) {
		boolean potentiostatic() {
			return !Double.isNaN(voltage);
		}

		boolean currentVaries() {
			return potentiostatic() || !Double.isNaN(power) || !Double.isNaN(resistance);
		}
	}

	/** A voltage hold; it charges when the cell sits below the voltage, else discharges. */
	private Drive holdDrive(double volts) {
		if (!model.isFullCell()) {
			throw new End(RunResult.Status.FAILED, "step " + stepIndex + " (voltage hold) needs a full cell");
		}
		return new Drive(Double.NaN, volts, Double.NaN, Double.NaN, model.voltage(state, 0) < volts ? 1 : -1);
	}

	/** The current density a drive gives in state s: for a voltage hold, the root of V(s, j) = V_hold. */
	private double current(Drive drive, CellState s) {
		if (!Double.isNaN(drive.power())) {
			return drive.sign() * powerCurrent(drive, s);
		}
		if (!Double.isNaN(drive.resistance())) {
			return -resistorCurrent(drive.resistance(), s);
		}
		if (!drive.potentiostatic()) {
			return drive.current();
		}
		// g(m) = sign (V(s, sign m) - V_hold) rises with the magnitude m; no current once the OCV is past the hold
		UnivariateFunction g = m -> drive.sign() * (model.voltage(s, drive.sign() * m) - drive.voltage());
		if (g.value(0) >= 0) {
			return 0;
		}
		return drive.sign() * rootFromZero(g, high -> high > MAX_SOLVED_CURRENT, () -> "no current holds the cell at " + drive.voltage() + " V at " + where());
	}

	/** Current magnitude m at which m V(s, sign m) equals the power; the cell must be able to deliver it. */
	private double powerCurrent(Drive drive, CellState s) {
		UnivariateFunction h = m -> m * model.voltage(s, drive.sign() * m) - drive.power();
		return rootFromZero(h,
				high -> high > MAX_SOLVED_CURRENT || model.voltage(s, drive.sign() * high * 4) <= 0 || h.value(high * 4) < h.value(high),
				() -> String.format(Locale.ROOT, "the cell cannot %s %.4g mW/cm2 at %s (past its power maximum)", drive.sign() > 0 ? "take" : "deliver",
						drive.power() / 10, where()));
	}

	/** Discharge current magnitude m through areal resistance r: m r = V(s, -m); none once the cell has no voltage left. */
	private double resistorCurrent(double r, CellState s) {
		UnivariateFunction h = m -> m * r - model.voltage(s, -m);
		if (h.value(0) >= 0) {
			return 0;
		}
		return rootFromZero(h, high -> high > MAX_SOLVED_CURRENT,
				() -> String.format(Locale.ROOT, "no current drives the cell through %.4g Ohm m2 at %s", r, where()));
	}

	/**
	 * The magnitude m > 0 where f, negative at 0, crosses zero: bracketed by growing m fourfold, then Brent. The run
	 * stops with the failure's text when the next step up is hopeless.
	 */
	private static double rootFromZero(UnivariateFunction f, DoublePredicate hopeless, Supplier<String> failure) {
		double low = 0, high = 1;
		while (f.value(high) < 0) {
			if (hopeless.test(high)) {
				throw new End(RunResult.Status.FAILED, failure.get());
			}
			low = high;
			high *= 4;
		}
		return HOLD_SOLVER.solve(200, f, low, high);
	}

	private void segment(Drive drive, double duration, double charge, List<Step.Stop> until) {
		ToDoubleFunction<CellState> jOf = s -> current(drive, s);
		double j = jOf.applyAsDouble(state);
		double end = !Double.isNaN(duration) ? duration : (!Double.isNaN(charge) && j != 0 ? charge / Math.abs(j) : Double.NaN);
		if (Double.isNaN(end)) {
			end = 1e8; // until a condition; a global stop or a short ends it
		}
		int plate = StackCellModel.platingSide(drive.sign());
		int strip = 1 - plate;
		// a constant current and the temperature never change within a segment: a condition on them holds from the
		// start or never; so does a voltage-rate condition that already holds (an event needs a crossing)
		lastCurrent = j;
		Predicate<Step.Stop> atStart = stop -> (stop.variable() == Step.Variable.CURRENT
				|| stop.variable() == Step.Variable.TEMPERATURE || stop.variable() == Step.Variable.VOLTAGE_RATE) && holds(stop, jOf);
		for (Step.Stop stop : program.globalStops()) {
			if (atStart.test(stop)) {
				throw new End(RunResult.Status.STOPPED, "a " + describe(stop.variable()) + " condition of the protocol was met at " + where());
			}
		}
		if (until.stream().anyMatch(atStart)) {
			return;
		}
		if (drive.sign() != 0 && model.isFullCell() && cathodeLimit(plate, strip, state) <= 0) {
			return; // the cathode is already full (discharge) or empty (charge): nothing to pass
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
		double[] y0 = StackCellModel.write(state);
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
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
		DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-9, Math.max(1.0, end), ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE);
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
		addStops(events, "until", until, jOf, drive.currentVaries(), strip, q0);
		addStops(events, "stop", program.globalStops(), jOf, drive.currentVaries(), strip, q0);
		for (StopEvent e : events) {
			integrator.addEventDetector(e.detector(copyOfState(), t0, Math.max(1.0, Math.min(600, end / 4))));
		}
		integrator.addStepHandler(new ODEStepHandler() {
			@Override
			public void handleStep(ODEStateInterpolator interpolator) {
				double from = interpolator.getPreviousState().getTime();
				double to = interpolator.getCurrentState().getTime();
				double period = program.logPeriod();
				for (double t = Math.max(from, lastLog - t0 + period); t <= to; t += period) {
					StackCellModel.read(state, interpolator.getInterpolatedState(t).getPrimaryState());
					state.time = t0 + t;
					log(jOf.applyAsDouble(state), false);
				}
			}
		});
		ODEStateAndDerivative finalState;
		try {
			finalState = integrator.integrate(ode, new ODEState(0, y0), end);
		} catch (RuntimeException e) {
			throw new End(RunResult.Status.FAILED, "the solver diverged at " + where() + ": " + e.getMessage());
		}
		StackCellModel.read(state, finalState.getPrimaryState());
		double dt = finalState.getTime();
		state.time = t0 + dt;
		double passed = flowing ? state.strippedCharge[strip] - q0 : 0;
		chargePassed += passed;
		if (model.isFullCell() && plate == 1) { // Li goes back into the cathode: the cell discharges
			dischargedCharge += passed;
		} else if (model.isFullCell()) {
			chargedSinceDischarge += passed;
		}
		lastCurrent = jOf.applyAsDouble(state);
		if (flowing) {
			double[] shares = model.platingShares(plate, lastCurrent);
			double inside = model.internalDepositionShare(state, lastCurrent);
			for (int k = 0; k < 3; k++) {
				state.platedByLocation[k] += passed * shares[k] * (1 - inside);
			}
			state.platedByLocation[3] += passed * inside;
		}
		for (double v : finalState.getPrimaryState()) {
			if (!Double.isFinite(v)) {
				throw new End(RunResult.Status.FAILED, "the solver diverged (non-finite state) at " + where());
			}
		}
		StopEvent fired = null;
		for (StopEvent e : events) {
			if (e.fired) {
				fired = e;
			}
		}
		log(lastCurrent, true);
		if (fired == null) {
			return;
		}
		switch (fired.name) {
		case "crack" -> {
			state.cracked[plate] = true;
			if (end - dt > 1e-9) { // go on with the rest of the segment, now growing a filament
				if (!Double.isNaN(duration)) {
					segment(drive, duration - dt, Double.NaN, until);
				} else if (!Double.isNaN(charge)) {
					segment(drive, Double.NaN, charge - passed, until);
				} else {
					segment(drive, Double.NaN, Double.NaN, until);
				}
			}
		}
		case "short" -> {
			state.shorted = true;
			shortTime = state.time;
			state.filament[plate] = model.cell().electrolyteThickness();
			state.platedByLocation[3] += model.cell().electrolyteThickness() / Constants.LI_THICKNESS_PER_CHARGE / StackCellModel.TIP_FOCUSING;
			log(lastCurrent, true);
			throw new End(RunResult.Status.SHORTED, "short circuit at " + where() + ": a Li filament spans the electrolyte");
		}
		case "lithium" -> throw new End(RunResult.Status.FAILED, "the stripping electrode ran out of Li at " + where());
		case "stop" -> throw new End(RunResult.Status.STOPPED, "a stop condition of the protocol was met at " + where());
		default -> {
			// "until", or the cathode is full or empty: the step ends, the program goes on
		}
		}
	}

	/** Li the cathode can still take (discharge, plate = 1) or give (charge, strip = 1), as equivalent thickness. */
	private double cathodeLimit(int plate, int strip, CellState s) {
		return plate == 1 ? model.cathodeLithium() - s.lithium[1] : s.lithium[strip];
	}

	/** Events for stop conditions; the charge passed is what the stripping side has given since q0. */
	private void addStops(List<StopEvent> events, String name, List<Step.Stop> stops, ToDoubleFunction<CellState> jOf, boolean currentVaries, int strip,
			double q0) {
		for (Step.Stop stop : stops) {
			double direction = stop.greater() ? 1 : -1;
			switch (stop.variable()) {
			case VOLTAGE -> events.add(new StopEvent(name, s -> direction * (Math.abs(model.voltage(s, jOf.applyAsDouble(s))) - stop.value()), Action.STOP));
			case TIME -> events.add(new StopEvent(name, s -> direction * (s.time - stop.value()), Action.STOP));
			case CAPACITY -> events.add(new StopEvent(name, s -> s.strippedCharge[strip] - q0 - stop.value(), Action.STOP));
			case CURRENT -> {
				if (currentVaries) {
					events.add(new StopEvent(name, s -> direction * (Math.abs(jOf.applyAsDouble(s)) - stop.value()), Action.STOP));
				}
			}
			case VOLTAGE_RATE -> events.add(new StopEvent(name, s -> direction * (voltageRate(s, jOf) - stop.value()), Action.STOP));
			default -> {
				// SHORT is the short event itself; CYCLE is checked as each cycle starts; a constant current when its segment starts
			}
			}
		}
	}

	/** Time step of the forward difference that gives dV/dt, s: short against every time constant of the stack model. */
	private static final double RATE_STEP = 1e-2;

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

	private static String describe(Step.Variable v) {
		return switch (v) {
		case VOLTAGE_RATE -> "dV/dt";
		default -> v.name().toLowerCase(Locale.ROOT);
		};
	}

	private CellState copyOfState() {
		CellState copy = new CellState(model.cell());
		copy.temperature = state.temperature;
		copy.stackPressure = state.stackPressure;
		System.arraycopy(state.cracked, 0, copy.cracked, 0, 2);
		copy.shorted = state.shorted;
		return copy;
	}

	private String where() {
		return String.format(Locale.ROOT, "step %d (%s), t = %.1f s, cycle %d", stepIndex, stepLabel, state.time, cycle);
	}

	private void log(double j, boolean force) {
		if (!force && state.time - lastLog < program.logPeriod() * 0.999) {
			return;
		}
		lastLog = state.time;
		recorder.sample(new Recorder.Sample(state.time, model.voltage(state, j), j, cycle, stepIndex, model.voltageParts(state, j),
				state.contact.clone(), state.filament.clone(), state.platedByLocation.clone(), state.shorted));
	}
}
