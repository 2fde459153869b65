package org.stratum.solver.program;

import java.util.List;
import java.util.function.IntSupplier;

/**
 * One segment of a step on a cell model, with the semantics every model shares: the conditions decided at the
 * segment's start (a global one ends the run, a step's ends the step), the run ledger, the continuation after a
 * crack, and whether a condition holds now (between steps too).
 */
final class SegmentRunner {

	private final SimulatedCell cell;
	private final RunLedger ledger;
	private final SegmentContext context;
	private final IntSupplier cycle;

	SegmentRunner(SimulatedCell cell, RunLedger ledger, SegmentContext context, IntSupplier cycle) {
		this.cell = cell;
		this.ledger = ledger;
		this.context = context;
		this.cycle = cycle;
	}

	/**
	 * One segment under a drive: the conditions decided at its start first (a global one ends the run, a step's
	 * ends the step), then the cell model integrates it; a crack goes on with what is left of the segment.
	 */
	Flow run(Drive drive, double duration, double charge, List<Step.Stop> until) {
		ledger.lastCurrent = cell.current(drive, context);
		for (Step.Stop stop : context.globalStops()) {
			// conditions decided at the start, and a voltage limit the new current's jump already crosses (no crossing is left to locate)
			if ((StopConditions.decidedAtStart(stop) || stop.variable() == Step.Variable.VOLTAGE) && holds(stop, drive)) {
				return new Flow.End(RunResult.Status.STOPPED,
						"a " + StopConditions.describe(stop.variable()) + " condition of the protocol was met at " + context.where(),
						FailureMode.atStop(stop, cell.contact()));
			}
		}
		if (until.stream().anyMatch(stop -> StopConditions.decidedAtStart(stop) && holds(stop, drive))) {
			return Flow.NEXT;
		}
		SegmentResult result = cell.integrate(new Segment(drive, duration, charge, until), context);
		ledger.passed(result.charge(), drive.sign(), cell.isFullCell());
		ledger.lastCurrent = result.lastCurrent();
		return switch (result.outcome()) {
		case ENDED -> Flow.NEXT;
		case CRACKED -> {
			if (!result.unfinished()) {
				yield Flow.NEXT;
			}
			// go on with the rest of the segment, now growing a filament
			if (!Double.isNaN(duration)) {
				yield run(drive, duration - result.elapsed(), Double.NaN, until);
			}
			yield run(drive, Double.NaN, Double.isNaN(charge) ? Double.NaN : charge - result.charge(), until);
		}
		case SHORTED -> {
			ledger.shortTime = cell.time();
			yield new Flow.End(RunResult.Status.SHORTED, result.reason());
		}
		case STOPPED -> new Flow.End(RunResult.Status.STOPPED, result.reason(), result.failure());
		case CANCELLED -> new Flow.End(RunResult.Status.CANCELLED, result.reason());
		case FAILED -> new Flow.End(RunResult.Status.FAILED, result.reason());
		};
	}

	/** Whether a condition holds now, with the current the drive gives (for dV/dt). */
	boolean holds(Step.Stop stop, Drive drive) {
		return StopConditions.holds(stop, new StopConditions.Observables() {
			@Override
			public double voltage() {
				return cell.voltage(ledger.lastCurrent);
			}

			@Override
			public double current() {
				return ledger.lastCurrent;
			}

			@Override
			public double time() {
				return cell.time();
			}

			@Override
			public double charge() {
				return ledger.lastStepCharge;
			}

			@Override
			public double temperature() {
				return cell.temperature();
			}

			@Override
			public double voltageRate() {
				return cell.voltageRate(drive, context);
			}

			@Override
			public int cycle() {
				return cycle.getAsInt();
			}

			@Override
			public boolean shorted() {
				return cell.shorted();
			}
		});
	}
}
