package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.FrontModel;
import org.stratum.solver.front.FrontOptions;
import org.stratum.solver.front.FrontReadings;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.FrontSimulatedCell;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Recorder;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

/**
 * The front model driven by the shared executor, as the stack model is: a seed-000-like cell (Li foil, a soft
 * carbon layer with LLZTO particles, LPSCl) through repeats with progress, a step ended by a condition located in
 * time, cancellation in the middle of a step, and a CCD ramp that ends in a short through cracks.
 */
public class FrontExecutorTest {

	private static final double T = 328.15;
	private static final double I0 = 10;
	private static final Phase LPSCL = Phase.electrolyte("LPSCl", 0.3, 1e-8, I0, 0.23e6, 1e-6);
	private static final Phase CARBON = Phase.electronConductor("soft carbon", 100, 0.3);
	private static final Phase LLZTO = Phase.electrolyte("LLZTO", 0.05, 1e-8, I0, 1.0e6, 0);
	/** 500 um of LPSCl between the map and the counter electrode, Ohm m2. */
	private static final double REST = 500e-6 / 0.3;

	private static FrontSimulatedCell cell() {
		PhaseMap map = PhaseMap.layered(32, 0.25e-6, 5, CARBON, LLZTO, LPSCL);
		return new FrontSimulatedCell(new FrontModel(map, FrontOptions.DEFAULTS, T), I0, REST);
	}

	/** Keeps what the run reports. */
	private static final class Log implements Recorder {
		final List<Sample> samples = new ArrayList<>();
		final List<Double> progress = new ArrayList<>();

		@Override
		public void sample(Sample sample) {
			samples.add(sample);
		}

		@Override
		public void progress(double fraction) {
			progress.add(fraction);
		}
	}

	private static Step plate(double mAcm2, double seconds, Step.Stop... until) {
		return new Step.Galvanostatic(mAcm2 * 10, seconds, Double.NaN, List.of(until));
	}

	@Test
	void repeatsRunWithProgressAndLoggingAndTheChargeIsAccountedFor() {
		Log log = new Log();
		Executor executor = new Executor(cell(), log, () -> false);
		Program program = new Program("cycles",
				List.of(new Step.Repeat(3, List.of(plate(2, 60), new Step.Rest(10, List.of()), plate(-2, 30)))), List.of(), 20);
		RunResult result = executor.run(program);
		assertEquals(RunResult.Status.COMPLETED, result.status(), result.reason());
		assertEquals(300, result.endTime(), 1e-6, "three cycles of 100 s");
		assertEquals(List.of(1.0 / 3, 2.0 / 3, 1.0), log.progress, "progress after each repeat");
		assertTrue(log.samples.size() >= 300 / 20, log.samples.size() + " samples");
		for (Recorder.Sample s : log.samples) {
			assertTrue(Double.isFinite(s.voltage()), "finite voltage at " + s.time() + " s");
			assertTrue(s.currentDensity() == 0 || Math.signum(s.voltage()) == -Math.signum(s.currentDensity()),
					"plating gives a negative cell voltage: " + s.voltage() + " V at " + s.currentDensity() + " A/m2");
		}
		Recorder.Sample last = log.samples.get(log.samples.size() - 1);
		double plated = 0;
		for (double q : last.plated()) {
			plated += q;
		}
		// every deposit counts, also Li that moves from one face to another while the electrode strips
		assertEquals(3 * 60 * 20, plated, 3 * 60 * 20 * 1e-5, "Li plated over the three plating steps, C/m2");
		assertTrue(plated >= 3 * 60 * 20 * (1 - 1e-12), "no less than the plating steps passed");
	}

	@Test
	void aConditionEndsAStepAtTheTimeItIsMet() {
		Log log = new Log();
		FrontSimulatedCell cell = cell();
		Executor executor = new Executor(cell, log, () -> false);
		Program program = new Program("until", List.of(plate(2, 3600, new Step.Stop(Step.Variable.TIME, true, 45.5)), new Step.Rest(10, List.of())),
				List.of(), 5);
		RunResult result = executor.run(program);
		assertEquals(RunResult.Status.COMPLETED, result.status(), result.reason());
		assertEquals(55.5, cell.time(), 1e-3, "the plating step ended at 45.5 s, then 10 s of rest");
	}

	/** A dV/dt condition reads the front model's voltage change over its last step: a steady plating step ends at once. */
	@Test
	void aVoltageRateConditionReadsTheLastStep() {
		FrontSimulatedCell cell = cell();
		Executor executor = new Executor(cell, new Log(), () -> false);
		RunResult result = executor.run(new Program("rate",
				List.of(plate(2, 60), plate(2, 600, new Step.Stop(Step.Variable.VOLTAGE_RATE, false, 1e-3))), List.of(), 10));
		assertEquals(RunResult.Status.COMPLETED, result.status(), result.reason());
		assertEquals(60, cell.time(), 1e-6, "the second step's condition (|dV/dt| below 1 mV/s) held from its start");
	}

	/** An impedance step on the front model ends the run with a reason, not a trace or an empty spectrum. */
	@Test
	void anImpedanceStepIsRefusedWithAReason() {
		RunResult result = new Executor(cell(), new Log(), () -> false)
				.run(new Program("eis", List.of(new Step.Eis(1e6, 0.1, 10, 0.01)), List.of(), 10));
		assertEquals(RunResult.Status.FAILED, result.status());
		assertEquals("step 1 (impedance) is not simulated by the front model; the stack model measures spectra", result.reason());
	}

	@Test
	void cancellingStopsARunInTheMiddleOfAStep() {
		Log log = new Log();
		Executor executor = new Executor(cell(), log, () -> log.samples.size() >= 4);
		RunResult result = executor.run(new Program("long", List.of(plate(2, 3600)), List.of(), 10));
		assertEquals(RunResult.Status.CANCELLED, result.status());
		assertTrue(result.reason().startsWith("cancelled at step 1 (plate at 2.000 mA/cm2)"), result.reason());
		assertTrue(result.endTime() < 100, "stopped within the step: " + result.endTime() + " s");
	}

	/**
	 * Li against dense LPSCl with one deeper surface flaw: plated Li thickens the foil until the face overpotential
	 * reaches the Griffith value of the flaw (2 um: 11 mV); the flaw cracks, Li fills it, the current focuses on its
	 * tip, which cracks the electrolyte ahead (its own flaws are 0.1 um: 49 mV), and the filament crosses.
	 */
	@Test
	void aCcdRampEndsInAShortThroughCracks() {
		Log log = new Log();
		Phase electrolyte = Phase.electrolyte("LPSCl", 0.3, 1e-8, I0, 0.23e6, 0.1e-6);
		Phase flaw = Phase.electrolyte("LPSCl, flawed", 0.3, 1e-8, I0, 0.23e6, 2e-6);
		PhaseMap map = PhaseMap.flat(16, 32, 0.25e-6, 4, electrolyte).set(8, 4, flaw);
		FrontSimulatedCell cell = new FrontSimulatedCell(new FrontModel(map, FrontOptions.DEFAULTS, T), I0, REST);
		Executor executor = new Executor(cell, log, () -> false);
		Step ramp = new Step.CcdRamp(2, 2, Double.NaN, 100, 0.1 * 36000, Double.NaN, 1, 0, Double.NaN); // 0.2 mA/cm2 steps of 0.1 mAh/cm2
		RunResult result = executor.run(new Program("ccd", List.of(ramp), List.of(), 60));
		System.out.printf(Locale.ROOT, "front model CCD: %s, %s, CCD %.3g mA/cm2 at %.0f s%n", result.status(), result.reason(),
				result.criticalCurrentDensity() / 10, result.endTime());
		assertEquals(RunResult.Status.SHORTED, result.status(), result.reason());
		assertTrue(result.criticalCurrentDensity() > 0, "a CCD");
		assertTrue(FrontReadings.penetration(cell.model()) > 0, "Li inside the electrolyte");
	}
}
