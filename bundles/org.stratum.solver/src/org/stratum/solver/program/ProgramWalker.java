package org.stratum.solver.program;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.stratum.solver.physics.Constants;

/**
 * Walks a step program over a cell model: steps in order, repeats, labels and goto (a backward jump counts a
 * cycle), CCD ramps, periodic blocks, stop conditions decided at a segment's start, cycle limits and
 * cancellation. Each step returns a {@link Flow}; a {@link SegmentRunner} runs each segment on the cell model.
 */
final class ProgramWalker implements SegmentContext {

	private final SimulatedCell cell;
	private final Recorder recorder;
	private final BooleanSupplier cancelled;
	private final RunLedger ledger = new RunLedger();
	private final SampleLogger logger;
	private final SegmentRunner segments;
	private final List<PeriodicBlock> periodic = new ArrayList<>();
	private final Map<Step.Goto, Double> lastJumpTime = new IdentityHashMap<>();
	private Program program;
	private int cycle;
	private int stepIndex;
	private String stepLabel = "";
	/** The program's top-level step running, and whether it is one segment (whose own progress is then the program's). */
	private int topStep = -1;
	private boolean topIsSegment;

	/** A periodic block and when it last ran. */
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

	ProgramWalker(SimulatedCell cell, Recorder recorder, BooleanSupplier cancelled) {
		this.cell = cell;
		this.recorder = recorder;
		this.cancelled = cancelled;
		this.logger = new SampleLogger(recorder);
		this.segments = new SegmentRunner(cell, ledger, this, () -> cycle);
	}

	RunResult run(Program program) {
		this.program = program;
		logger.setPeriod(program.logPeriod());
		Flow flow;
		try {
			log(0, true);
			flow = runSteps(program.steps());
		} catch (CellModelException e) { // wherever the state is evaluated: a step, a condition, a log
			flow = end(RunResult.Status.FAILED, e.reasonAt(where()));
		}
		if (flow instanceof Flow.Jump jump) {
			flow = end(RunResult.Status.FAILED, "goto " + jump.target() + " at " + where() + " has no label of that name in its block or an enclosing one");
		}
		RunResult result = flow instanceof Flow.End end
				? new RunResult(end.status(), end.reason(), ledger.criticalCurrentDensity, ledger.shortTime, cycle, cell.time(), end.failure())
				: new RunResult(RunResult.Status.COMPLETED, "completed", ledger.criticalCurrentDensity, ledger.shortTime, cycle, cell.time(),
						FailureMode.NONE);
		log(0, true);
		return result;
	}

	List<Discharge> discharges() {
		return ledger.discharges();
	}

	private static Flow end(RunResult.Status status, String reason) {
		return new Flow.End(status, reason);
	}

	private Flow runSteps(List<Step> steps) {
		int i = 0;
		while (i < steps.size()) {
			if (cancelled.getAsBoolean()) {
				return end(RunResult.Status.CANCELLED, "cancelled at " + where());
			}
			stepIndex++;
			Step step = steps.get(i);
			boolean top = steps == program.steps();
			if (top) {
				topStep = i;
				topIsSegment = !(step instanceof Step.Repeat || step instanceof Step.CcdRamp || step instanceof Step.Every || step instanceof Step.CcCv);
			}
			double before = ledger.chargePassed;
			double dischargedBefore = ledger.dischargedCharge;
			double started = cell.time();
			Flow flow = runStep(step);
			if (flow == Flow.NEXT) {
				if (!(step instanceof Step.Goto || step instanceof Step.Label)) {
					ledger.lastStepCharge = ledger.chargePassed - before;
				}
				if (cell.isFullCell()) {
					ledger.stepEnded(step, ledger.dischargedCharge - dischargedBefore, cell.time() - started, cycle);
				}
				flow = firePeriodic();
				if (top && topIsSegment && flow == Flow.NEXT) { // a repeat or a ramp reports its own progress
					topProgress(1);
				}
				if (flow == Flow.NEXT) {
					i++;
					continue;
				}
			}
			if (!(flow instanceof Flow.Jump jump)) {
				return flow;
			}
			int at = labelIndex(steps, jump.target());
			if (at < 0) {
				return jump; // to a label of an enclosing block
			}
			if (at <= i) {
				Flow counted = startCycle(); // a backward jump closes a loop
				if (counted != Flow.NEXT) {
					return counted;
				}
			}
			i = at + 1;
		}
		return Flow.NEXT;
	}

	private static int labelIndex(List<Step> steps, String name) {
		for (int k = 0; k < steps.size(); k++) {
			if (steps.get(k) instanceof Step.Label label && label.name().equalsIgnoreCase(name)) {
				return k;
			}
		}
		return -1;
	}

	private Flow runStep(Step step) {
		return switch (step) {
		case Step.Rest rest -> {
			stepLabel = "rest";
			yield segments.run(Drive.constantCurrent(0), rest.duration(), Double.NaN, rest.until());
		}
		case Step.Galvanostatic g -> {
			stepLabel = String.format(Locale.ROOT, "%s at %.4g mA/cm2", g.currentDensity() >= 0 ? "plate" : "strip",
					Math.abs(g.currentDensity()) / Constants.A_PER_M2_PER_MA_PER_CM2);
			yield segments.run(Drive.constantCurrent(g.currentDensity()), g.duration(), g.charge(), g.until());
		}
		case Step.Hold hold -> {
			stepLabel = String.format(Locale.ROOT, "hold at %.4g V", hold.volts());
			yield cell.isFullCell() ? segments.run(holdDrive(hold.volts()), hold.duration(), Double.NaN, hold.until()) : needsFullCell("voltage hold");
		}
		case Step.CcCv cccv -> cccv(cccv);
		case Step.ConstantPower cp -> {
			stepLabel = String.format(Locale.ROOT, "%s at %.4g mW/cm2", cp.powerDensity() > 0 ? "charge" : "discharge",
					Math.abs(cp.powerDensity()) / Constants.W_PER_M2_PER_MW_PER_CM2);
			yield cell.isFullCell() ? segments.run(Drive.constantPower(cp.powerDensity()), cp.duration(), Double.NaN, cp.until())
					: needsFullCell("constant power");
		}
		case Step.ConstantResistance cr -> {
			stepLabel = String.format(Locale.ROOT, "discharge through %.4g Ohm m2", cr.arealResistance());
			yield cell.isFullCell() ? segments.run(Drive.resistiveDischarge(cr.arealResistance()), cr.duration(), Double.NaN, cr.until())
					: needsFullCell("constant resistance");
		}
		case Step.CcdRamp ramp -> ccd(ramp);
		case Step.Repeat repeat -> repeat(repeat);
		case Step.Every every -> {
			periodic.add(new PeriodicBlock(every, cycle, cell.time()));
			yield Flow.NEXT;
		}
		case Step.Eis eis -> {
			if (!cell.impedance(eis, recorder)) {
				yield end(RunResult.Status.FAILED, "step " + stepIndex + " (impedance) is not simulated by the " + cell.modelName() + "; the stack model measures spectra");
			}
			yield Flow.NEXT;
		}
		case Step.Environment env -> {
			if (!Double.isNaN(env.temperature())) {
				cell.setTemperature(env.temperature());
			}
			if (!Double.isNaN(env.pressure())) {
				cell.setStackPressure(env.pressure());
			}
			yield Flow.NEXT;
		}
		case Step.Label label -> Flow.NEXT; // a place to jump to
		case Step.Goto go -> jump(go);
		case Step.Unsupported unsupported -> end(RunResult.Status.FAILED,
				"step " + stepIndex + " (" + unsupported.what() + ") cannot be simulated by the " + cell.modelName() + " yet");
		};
	}

	private Flow needsFullCell(String what) {
		return end(RunResult.Status.FAILED, "step " + stepIndex + " (" + what + ") needs a full cell");
	}

	/** A voltage hold; it charges when the cell sits below the voltage, else discharges. */
	private Drive holdDrive(double volts) {
		return Drive.voltageHold(volts, cell.voltage(0) < volts ? 1 : -1);
	}

	/** Constant current to the voltage, then a hold there until the step's condition; the whole step capped in time. */
	private Flow cccv(Step.CcCv cccv) {
		stepLabel = String.format(Locale.ROOT, "CC-CV at %.4g mA/cm2 to %.4g V", Math.abs(cccv.currentDensity()) / Constants.A_PER_M2_PER_MA_PER_CM2,
				cccv.volts());
		double start = cell.time();
		Flow flow = segments.run(Drive.constantCurrent(cccv.currentDensity()), cccv.cap(), Double.NaN,
				List.of(new Step.Stop(Step.Variable.VOLTAGE, cccv.currentDensity() > 0, cccv.volts())));
		if (flow != Flow.NEXT) {
			return flow;
		}
		double left = Double.isNaN(cccv.cap()) ? Double.NaN : cccv.cap() - (cell.time() - start);
		if (Double.isNaN(left) || left > 1e-9) {
			return cell.isFullCell() ? segments.run(holdDrive(cccv.volts()), left, Double.NaN, cccv.until()) : needsFullCell("voltage hold");
		}
		return Flow.NEXT;
	}

	private Flow repeat(Step.Repeat repeat) {
		for (int k = 0; k < repeat.count(); k++) {
			Flow flow = startCycle();
			if (flow == Flow.NEXT) {
				flow = runSteps(repeat.steps());
			}
			if (flow != Flow.NEXT) {
				return flow;
			}
			if (isTopStep(repeat)) { // a repeat inside it would report fractions of itself
				topProgress((k + 1.0) / repeat.count());
			}
		}
		return Flow.NEXT;
	}

	private Flow jump(Step.Goto go) {
		if (!go.when().isEmpty() && go.when().stream().noneMatch(stop -> segments.holds(stop, Drive.constantCurrent(ledger.lastCurrent)))) {
			return Flow.NEXT;
		}
		Double previous = lastJumpTime.put(go, cell.time());
		if (previous != null && previous == cell.time()) {
			return end(RunResult.Status.FAILED, "goto " + go.target() + " at " + where()
					+ " loops without simulated time passing; give the loop a step that takes time or a condition that ends it");
		}
		return new Flow.Jump(go.target());
	}

	/** Counts a new cycle, unless a global cycle condition forbids it: then the run stops after the last one. */
	private Flow startCycle() {
		cycle++;
		for (Step.Stop stop : program.globalStops()) {
			if (stop.variable() == Step.Variable.CYCLE && segments.holds(stop, Drive.constantCurrent(ledger.lastCurrent))) {
				cycle--;
				return end(RunResult.Status.STOPPED, "the protocol's cycle limit was reached after " + where());
			}
		}
		return Flow.NEXT;
	}

	private Flow firePeriodic() {
		for (PeriodicBlock block : List.copyOf(periodic)) {
			boolean due = block.every.period() > 0 ? cell.time() - block.lastTime >= block.every.period()
					: cycle - block.lastCycle >= block.every.cycles();
			if (due) {
				block.lastCycle = cycle;
				block.lastTime = cell.time();
				periodic.remove(block); // a block does not fire inside itself
				Flow flow = runSteps(block.every.steps());
				periodic.add(block);
				if (flow != Flow.NEXT) {
					return flow;
				}
			}
		}
		return Flow.NEXT;
	}

	private Flow ccd(Step.CcdRamp ramp) {
		int levels = 0;
		for (double j = ramp.start(); j <= ramp.end() * (1 + 1e-9); j = nextLevel(ramp, j)) {
			levels++;
		}
		int level = 0;
		for (double j = ramp.start(); j <= ramp.end() * (1 + 1e-9); j = nextLevel(ramp, j)) {
			for (int pair = 0; pair < Math.max(1, ramp.pairs()); pair++) {
				Flow flow = startCycle();
				if (flow != Flow.NEXT) {
					return flow;
				}
				for (double sign : new double[] { 1, -1 }) {
					stepLabel = String.format(Locale.ROOT, "CCD step %.4g mA/cm2 (%s)", j / Constants.A_PER_M2_PER_MA_PER_CM2, sign > 0 ? "plate" : "strip");
					double duration = ramp.time() > 0 ? ramp.time() : Double.NaN;
					double charge = ramp.time() > 0 ? Double.NaN : ramp.charge();
					flow = segments.run(Drive.constantCurrent(sign * j), duration, charge, List.of());
					if (flow instanceof Flow.End end && end.status() == RunResult.Status.SHORTED) {
						ledger.criticalCurrentDensity = j;
					}
					if (flow == Flow.NEXT && ramp.rest() > 0) {
						flow = segments.run(Drive.constantCurrent(0), ramp.rest(), Double.NaN, List.of());
					}
					if (flow != Flow.NEXT) {
						return flow;
					}
				}
			}
			level++;
			if (isTopStep(ramp)) {
				topProgress(level / (double) levels);
			}
		}
		return Flow.NEXT;
	}

	private static double nextLevel(Step.CcdRamp ramp, double j) {
		return ramp.increment() > 0 ? j + ramp.increment() : j * ramp.factor();
	}

	// ---- SegmentContext ----

	@Override
	public void log(double currentDensity, boolean force) {
		logger.log(cell.time(), force, () -> cell.sample(currentDensity, cycle, stepIndex));
	}

	@Override
	public void segmentProgress(double fraction) {
		if (topIsSegment) {
			topProgress(fraction);
		}
	}

	/** Whether a step is the program's top-level step running now (whose progress is then the program's). */
	private boolean isTopStep(Step step) {
		return topStep >= 0 && program.steps().get(topStep) == step;
	}

	/** The program's progress with this much of its top-level step running done (0 to 1). */
	private void topProgress(double fraction) {
		if (topStep >= 0) {
			recorder.progress((topStep + Math.min(1, Math.max(0, fraction))) / program.steps().size());
		}
	}

	@Override
	public double logPeriod() {
		return logger.period();
	}

	@Override
	public double lastLogTime() {
		return logger.lastLogTime();
	}

	@Override
	public List<Step.Stop> globalStops() {
		return program.globalStops();
	}

	@Override
	public boolean cancelled() {
		return cancelled.getAsBoolean();
	}

	@Override
	public String where() {
		return String.format(Locale.ROOT, "step %d (%s), t = %.1f s, cycle %d", stepIndex, stepLabel, cell.time(), cycle);
	}
}
