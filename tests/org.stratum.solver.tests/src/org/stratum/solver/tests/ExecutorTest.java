package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Griffith;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.FailureMode;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Recorder;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

/** Executor semantics: events located in time, loops and cycles, periodic steps, CCD shorts, stops, cancellation. */
public class ExecutorTest {

	private static final class Log implements Recorder {
		final List<Sample> samples = new ArrayList<>();
		int spectra;

		@Override
		public void sample(Sample s) {
			samples.add(s);
		}

		@Override
		public void impedance(double time, double[][] spectrum) {
			spectra++;
		}
	}

	private static Program program(List<Step> steps) {
		return new Program("p", steps, List.of(), 60);
	}

	@Test
	public void voltageStopIsLocatedAtTheClosedFormTime() {
		// a mixed-conducting interphase grows dR/dt = k |j|: |V| = j (R_ohm + k j t) + eta, linear in t
		double k = 1e-7; // Ohm m2 per C/m2
		Electrode e = new Electrode("Li", 1e12, 1e-12, false, 1e-3, 0, Electrode.InterphaseGrowth.PER_CHARGE, k, new double[] { 1, 0, 0 });
		StackCell cell = Cells.cell(e);
		Executor executor = new Executor(new StackCellModel(cell), new Log(), () -> false);
		double j = 20;
		double target = 0.2; // V
		RunResult r = executor.run(program(List.of(new Step.Galvanostatic(j, 1e6, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE, true, target))))));
		double v0 = j * 5e-3;
		double tStar = (target - v0) / (j * 2 * k * j); // both faces grow
		assertEquals(tStar, r.endTime(), tStar * 1e-6, "the stop was not located at the crossing");
	}

	@Test
	public void aGlobalVoltageLimitReachedByInterphaseGrowthIsAVoltageLimitFailure() {
		// the same growing interphase against the protocol's limit: the cell fails at the voltage limit, at the
		// closed-form time, while a step's own voltage condition only ends the step (no failure)
		double k = 1e-7;
		Electrode e = new Electrode("Li", 1e12, 1e-12, false, 1e-3, 0, Electrode.InterphaseGrowth.PER_CHARGE, k, new double[] { 1, 0, 0 });
		double j = 20;
		double limit = 0.2;
		Executor executor = new Executor(new StackCellModel(Cells.cell(e)), new Log(), () -> false);
		RunResult r = executor.run(new Program("p", List.of(new Step.Galvanostatic(j, 1e6, Double.NaN, List.of())),
				List.of(new Step.Stop(Step.Variable.VOLTAGE, true, limit)), 60));
		assertEquals(RunResult.Status.STOPPED, r.status(), r.reason());
		assertEquals(FailureMode.VOLTAGE_LIMIT, r.failure());
		double tStar = (limit - j * 5e-3) / (j * 2 * k * j);
		assertEquals(tStar, r.endTime(), tStar * 1e-6);
		// a current whose step alone crosses the limit stops the run as the step starts
		Executor jump = new Executor(new StackCellModel(Cells.cell(e)), new Log(), () -> false);
		RunResult atOnce = jump.run(new Program("p", List.of(new Step.Galvanostatic(j, 1e6, Double.NaN, List.of())),
				List.of(new Step.Stop(Step.Variable.VOLTAGE, true, j * 5e-3 / 2)), 60));
		assertEquals(FailureMode.VOLTAGE_LIMIT, atOnce.failure());
		assertEquals(0, atOnce.endTime(), 1e-9);
		Executor again = new Executor(new StackCellModel(Cells.cell(e)), new Log(), () -> false);
		RunResult step = again.run(program(List.of(new Step.Galvanostatic(j, 1e6, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE, true, limit))))));
		assertEquals(FailureMode.NONE, step.failure(), "a step's condition is the protocol's, not a failure");
	}

	@Test
	public void aVoltageLimitReachedWhileVoidsTakeTheFaceIsLostContact() {
		// stripping 30 mA/cm2 at 0.1 MPa: past the vacancy-diffusion limit voids open faster than creep closes them,
		// the stripping face's contact falls and its current focuses until the voltage reaches the limit
		Electrode e = Cells.electrode(100, 1e-12);
		StackCell cell = new StackCell("voids", Cells.T, 0.1e6, 1e-4, 500e-6, 5e-5, 0, 0, 0.23e6, 30, 5.6e-15, 0, 0, e, e);
		double j = 300;
		double v0 = Math.abs(new StackCellModel(cell).voltage(new org.stratum.solver.cell.CellState(cell), -j));
		Executor executor = new Executor(new StackCellModel(cell), new Log(), () -> false);
		RunResult r = executor.run(new Program("p", List.of(new Step.Galvanostatic(-j, 1e4, Double.NaN, List.of())),
				List.of(new Step.Stop(Step.Variable.VOLTAGE, true, 1.5 * v0)), 60));
		assertEquals(RunResult.Status.STOPPED, r.status(), r.reason());
		assertEquals(FailureMode.CONTACT_LOST, r.failure(), r.reason());
		assertTrue(r.endTime() > 2.39e5 / (j * j), "voids open only once the charge stripped passes the vacancy-diffusion limit VSC / j");
	}

	@Test
	public void voltageRateStopIsLocatedAtTheClosedFormTime() {
		// passivating films on both faces, R = sqrt(R0^2 + k t): |V| = j (R_ohm + 2R) + eta, so dV/dt = j k / R falls;
		// "until dV/dt < X" ends where R = j k / X
		double r0 = 1e-3;
		double k = 1e-9; // Ohm2 m4 / s
		Electrode e = new Electrode("Li", 1e12, 1e-12, false, 1e-3, r0, Electrode.InterphaseGrowth.PARABOLIC, k, new double[] { 1, 0, 0 });
		StackCell cell = Cells.cell(e);
		double j = 10;
		double rStar = 2e-3;
		double rate = j * k / rStar; // V/s
		Executor executor = new Executor(new StackCellModel(cell), new Log(), () -> false);
		RunResult r = executor.run(program(List.of(new Step.Galvanostatic(j, 1e5, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE_RATE, false, rate))))));
		double tStar = (rStar * rStar - r0 * r0) / k;
		assertEquals(tStar, r.endTime(), tStar * 1e-4, "the dV/dt stop was not located where R = j k / X");
		// a rate that already holds ends the step at once
		Executor again = new Executor(new StackCellModel(cell), new Log(), () -> false);
		RunResult at = again.run(program(List.of(new Step.Galvanostatic(j, 1e5, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE_RATE, true, rate))))));
		assertEquals(0, at.endTime(), 1e-9);
	}

	@Test
	public void loopsCountCyclesAndPeriodicStepsFire() {
		Log log = new Log();
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), log, () -> false);
		Step cycle = new Step.Repeat(3, List.of(new Step.Galvanostatic(10, 3600, Double.NaN, List.of()), new Step.Galvanostatic(-10, 3600, Double.NaN, List.of())));
		RunResult r = executor.run(program(List.of(new Step.Every(1, 0, List.of(new Step.Eis(1e6, 0.1, 5, 0.01))),
				new Step.Repeat(2, List.of(cycle)))));
		assertEquals(RunResult.Status.COMPLETED, r.status());
		assertEquals(8, r.cycles(), "2 outer + 6 inner iterations");
		assertEquals(6 * 7200, r.endTime(), 1e-6);
		assertTrue(log.spectra >= 6, "periodic EIS fired " + log.spectra + " times");
		// decimation: about one sample per logging period, not per internal step
		assertTrue(log.samples.size() < 6 * 7200 / 60 + 100, log.samples.size() + " samples");
	}

	private static Step plate(double hours) {
		return new Step.Galvanostatic(10, hours * 3600, Double.NaN, List.of());
	}

	@Test
	public void capacityAndTimeConditionsEndAStepAndTheProgramGoesOn() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		double j = 10; // 1 mA/cm2
		RunResult r = executor.run(program(List.of(
				new Step.Galvanostatic(j, Double.NaN, Double.NaN, List.of(new Step.Stop(Step.Variable.CAPACITY, true, j * 1800))),
				new Step.Rest(Double.NaN, List.of(new Step.Stop(Step.Variable.TIME, true, 5000))), plate(1))));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		assertEquals(5000 + 3600, r.endTime(), 1e-6, "the capacity stop at 1800 s, the time stop at 5000 s, then one hour");
	}

	@Test
	public void strippingElectrodeRunsOutOfLithiumAtFaradaysTime() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		double j = 10;
		RunResult r = executor.run(program(List.of(new Step.Galvanostatic(-j, 1e6, Double.NaN, List.of()))));
		assertEquals(RunResult.Status.STOPPED, r.status(), "running out of Li is a result, not an error of the run");
		assertEquals(FailureMode.LITHIUM_EXHAUSTED, r.failure());
		assertTrue(r.reason().contains("ran out of Li"), r.reason());
		double tStar = 20e-6 / (j * Constants.LI_THICKNESS_PER_CHARGE); // 20 um of Li at Omega/F per C/m2
		assertEquals(tStar, r.endTime(), tStar * 1e-6);
	}

	@Test
	public void gotoLoopsUntilItsConditionFails() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		// label; plate 1 h; strip 1 h; goto label if cycle < 4: each backward jump taken is a cycle, so four
		// jumps and five passes
		RunResult r = executor.run(program(List.of(new Step.Label("warmup"), plate(1), new Step.Galvanostatic(-10, 3600, Double.NaN, List.of()),
				new Step.Goto("warmup", List.of(new Step.Stop(Step.Variable.CYCLE, false, 4))), plate(0.5))));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		assertEquals(4, r.cycles());
		assertEquals(5 * 7200 + 1800, r.endTime(), 1e-6);
	}

	@Test
	public void gotoLeavesALoopAndSkipsForward() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		// a forward jump out of a repeat once 3 h have passed skips the rest of the loop and the step after it
		RunResult r = executor.run(program(List.of(new Step.Repeat(10, List.of(plate(1), new Step.Goto("done", List.of(new Step.Stop(Step.Variable.TIME, true, 3 * 3600 - 1))))),
				plate(5), new Step.Label("done"), plate(0.25))));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		assertEquals(3, r.cycles(), "the repeat ran three times");
		assertEquals(3.25 * 3600, r.endTime(), 1e-6);
	}

	@Test
	public void gotoWithoutTimePassingStopsWithAReason() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		RunResult r = executor.run(program(List.of(new Step.Label("again"), new Step.Environment(300, Double.NaN), new Step.Goto("again", List.of()))));
		assertEquals(RunResult.Status.FAILED, r.status());
		assertTrue(r.reason().contains("goto again") && r.reason().contains("without simulated time passing"), r.reason());
	}

	@Test
	public void globalCycleStopEndsTheRun() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		RunResult r = executor.run(new Program("p", List.of(new Step.Repeat(100, List.of(plate(1), new Step.Galvanostatic(-10, 3600, Double.NaN, List.of())))),
				List.of(new Step.Stop(Step.Variable.CYCLE, true, 5)), 60));
		assertEquals(RunResult.Status.STOPPED, r.status(), r.reason());
		assertEquals(5, r.cycles(), "the run stops before a sixth cycle");
		assertEquals(5 * 7200, r.endTime(), 1e-6);
	}

	@Test
	public void ccdRampShortsAtTheCriticalCurrent() {
		double i0 = 46.6, flaw = 1e-6;
		StackCell cell = Cells.cell(i0, flaw);
		double etaC = Griffith.criticalOverpotential(cell.fractureToughness(), flaw);
		double jc = 2 * i0 * Math.sinh(Constants.f(Cells.T) * etaC / 2);
		Executor executor = new Executor(new StackCellModel(cell), new Log(), () -> false);
		RunResult r = executor.run(program(List.of(new Step.CcdRamp(2.5, 2.5, 0, 200, 9000, 0, 1, 0, 1e-3))));
		assertEquals(RunResult.Status.SHORTED, r.status(), r.reason());
		double expected = Math.ceil(jc / 2.5) * 2.5;
		assertEquals(expected, r.criticalCurrentDensity(), 1e-9, "j_c = " + jc);
		assertTrue(r.reason().contains("short circuit at step"), r.reason());
		assertFalse(Double.isNaN(r.shortTime()));
	}

	@Test
	public void globalTimeStopEndsTheRun() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		RunResult r = executor.run(new Program("p", List.of(new Step.Repeat(100, List.of(new Step.Galvanostatic(10, 3600, Double.NaN, List.of()),
				new Step.Galvanostatic(-10, 3600, Double.NaN, List.of())))), List.of(new Step.Stop(Step.Variable.TIME, true, 5 * 3600.0)), 60));
		assertEquals(RunResult.Status.STOPPED, r.status(), r.reason());
		assertEquals(5 * 3600, r.endTime(), 1e-3);
	}

	@Test
	public void cancellationLeavesAMarkedPartialRun() {
		AtomicInteger calls = new AtomicInteger();
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> calls.incrementAndGet() > 20);
		RunResult r = executor.run(program(List.of(new Step.Repeat(1000, List.of(new Step.Galvanostatic(10, 3600, Double.NaN, List.of()),
				new Step.Galvanostatic(-10, 3600, Double.NaN, List.of()))))));
		assertEquals(RunResult.Status.CANCELLED, r.status(), r.reason());
		assertTrue(r.reason().startsWith("cancelled at step"), r.reason());
		assertTrue(r.endTime() > 0 && r.endTime() < 1000 * 3600);
	}

	@Test
	public void stepsThatCannotBeSimulatedStopWithTheirReason() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Log(), () -> false);
		RunResult r = executor.run(program(List.of(new Step.Unsupported("charge at 1C until 4.2 V: charge and discharge steps need a full cell"))));
		assertEquals(RunResult.Status.FAILED, r.status());
		assertTrue(r.reason().contains("need a full cell"), r.reason());
	}
}
