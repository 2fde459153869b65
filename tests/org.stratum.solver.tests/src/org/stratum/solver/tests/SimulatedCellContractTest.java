package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.solver.program.Drive;
import org.stratum.solver.program.DriveSolver;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Recorder;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Segment;
import org.stratum.solver.program.SegmentContext;
import org.stratum.solver.program.SegmentResult;
import org.stratum.solver.program.SimulatedCell;
import org.stratum.solver.program.Step;

/**
 * The executor gives any cell model the protocol's semantics: here a resistor (V = R j) that knows nothing of
 * loops, labels, cycles, logging or cancellation is driven through them as the stack model is.
 */
public class SimulatedCellContractTest {

	/** A cell whose voltage is R j; a segment runs its duration or charge and nothing else. */
	private static final class Resistor implements SimulatedCell {

		final double r = 1e-3; // Ohm m2
		double time;
		double temperature = 298.15;
		String failAt;
		int segments;

		@Override
		public String modelName() {
			return "resistor";
		}

		@Override
		public boolean isFullCell() {
			return false;
		}

		@Override
		public double time() {
			return time;
		}

		@Override
		public double temperature() {
			return temperature;
		}

		@Override
		public void setTemperature(double kelvin) {
			temperature = kelvin;
		}

		@Override
		public void setStackPressure(double pascal) {
		}

		@Override
		public boolean shorted() {
			return false;
		}

		@Override
		public double voltage(double j) {
			return r * j;
		}

		@Override
		public double current(Drive drive, SegmentContext context) {
			return DriveSolver.current(drive, this::voltage, context::where);
		}

		@Override
		public double voltageRate(Drive drive, SegmentContext context) {
			return 0;
		}

		@Override
		public Recorder.Sample sample(double j, int cycle, int step) {
			return new Recorder.Sample(time, voltage(j), j, cycle, step, new double[4], new double[2], new double[2], new double[4], false, Recorder.FrontShape.NONE);
		}

		@Override
		public SegmentResult integrate(Segment segment, SegmentContext context) {
			segments++;
			double j = current(segment.drive(), context);
			double dt = !Double.isNaN(segment.duration()) ? segment.duration() : segment.charge() / Math.abs(j);
			if (context.where().contains(String.valueOf(failAt))) {
				return new SegmentResult(SegmentResult.Outcome.FAILED, 0, 0, j, "the resistor burnt at " + context.where(), false);
			}
			double t0 = time;
			for (double t = Math.max(0, context.lastLogTime() - t0 + context.logPeriod()); t <= dt; t += context.logPeriod()) {
				time = t0 + t;
				context.log(j, false);
			}
			time = t0 + dt;
			context.log(j, true);
			return new SegmentResult(SegmentResult.Outcome.ENDED, Math.abs(j) * dt, dt, j, null, false);
		}

		@Override
		public boolean impedance(Step.Eis eis, Recorder recorder) {
			return false; // a resistor has no spectrum to speak of
		}
	}

	private static Step plate(double hours) {
		return new Step.Galvanostatic(10, hours * 3600, Double.NaN, List.of());
	}

	private static Step strip(double hours) {
		return new Step.Galvanostatic(-10, hours * 3600, Double.NaN, List.of());
	}

	@Test
	void repeatsLogAndCountCyclesForAnyModel() {
		Resistor cell = new Resistor();
		List<Recorder.Sample> samples = new ArrayList<>();
		RunResult r = new Executor(cell, samples::add, () -> false)
				.run(new Program("p", List.of(new Step.Repeat(3, List.of(plate(1), strip(1)))), List.of(), 600));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		assertEquals(3, r.cycles());
		assertEquals(6 * 3600, r.endTime(), 1e-9);
		assertEquals(6, cell.segments);
		assertTrue(samples.stream().allMatch(s -> Math.abs(s.voltage() - 1e-3 * s.currentDensity()) < 1e-15), "samples are the model's");
		for (int k = 1; k < samples.size(); k++) {
			double gap = samples.get(k).time() - samples.get(k - 1).time();
			assertTrue(gap <= 600 * 1.001, "a gap of " + gap + " s between samples logged every 600 s");
		}
		assertEquals(3, samples.get(samples.size() - 1).cycle());
	}

	@Test
	void gotoCycleLimitsAndUnsupportedStepsForAnyModel() {
		Resistor cell = new Resistor();
		List<Step> steps = List.of(new Step.Label("warm"), plate(0.5), strip(0.5),
				new Step.Goto("warm", List.of(new Step.Stop(Step.Variable.CYCLE, false, 3))), new Step.Unsupported("a drive cycle"));
		RunResult r = new Executor(cell, s -> {
		}, () -> false).run(new Program("p", steps, List.of(), 60));
		assertEquals(3, r.cycles(), "a backward goto counts a cycle until its condition fails");
		assertEquals(4 * 3600, r.endTime(), 1e-9, "the first pass and three loops");
		assertEquals(RunResult.Status.FAILED, r.status());
		assertEquals("step 14 (a drive cycle) cannot be simulated by the resistor yet", r.reason());
	}

	@Test
	void aModelsFailureAndCancellationEndTheRunWithTheirReasons() {
		Resistor failing = new Resistor();
		failing.failAt = "step 3";
		RunResult failed = new Executor(failing, s -> {
		}, () -> false).run(new Program("p", List.of(plate(1), plate(1), strip(1)), List.of(), 60));
		assertEquals(RunResult.Status.FAILED, failed.status());
		assertTrue(failed.reason().startsWith("the resistor burnt at step 3 (strip at 1.000 mA/cm2), t = 7200.0 s"), failed.reason());

		Resistor cancelled = new Resistor();
		RunResult stopped = new Executor(cancelled, s -> {
		}, () -> cancelled.time >= 3600).run(new Program("p", List.of(plate(1), plate(1), strip(1)), List.of(), 60));
		assertEquals(RunResult.Status.CANCELLED, stopped.status());
		assertEquals(3600, stopped.endTime(), 1e-9, "cancelled between steps, after the first");
	}
}
