package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.Verdict;
import org.stratum.engine.study.Verdicts;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;

/** Expectations checked against a run's metrics, with the numbers a user reads; and sweep.csv's number format. */
public class VerdictsTest {

	private static List<Expect> expectations(String lines) throws Exception {
		XtextResourceSet set = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		var r = set.createResource(org.eclipse.emf.common.util.URI.createURI("memory:/e.stratum"));
		r.load(new java.io.ByteArrayInputStream(("simulation S { cell C; protocol P; " + lines + " }").getBytes()), java.util.Map.of());
		return ((Simulation) ((Model) r.getContents().get(0)).getElements().get(0)).getExpectations();
	}

	/** A run's metrics: CCD and short time as given (SI), discharges of these charges (C/m2). */
	private static RunMetrics metrics(double ccd, double shortTime, double endTime, FailureMode failure, double... discharges) {
		List<Discharge> d = java.util.Arrays.stream(discharges).mapToObj(q -> new Discharge(0, -10, q, "discharge", Double.NaN)).toList();
		return new RunMetrics(ccd, shortTime, d.size(), endTime, failure, Double.NaN, Double.NaN, new RunMetrics.PlatedShares(0, 0, 0, 0), d,
				d.isEmpty() ? Double.NaN : discharges[discharges.length - 1] / discharges[0], Double.NaN, List.of());
	}

	@Test
	public void aMetricIsComparedInItsUnitAndShownWithIt() throws Exception {
		List<Expect> e = expectations("expect critical_current_density >= 14 mA/cm2; expect critical_current_density < 14 mA/cm2;");
		RunMetrics m = metrics(150, 3600, 3600, FailureMode.SHORT);
		Verdict passed = Verdicts.of(e.get(0), m);
		assertTrue(passed.passed());
		assertEquals("15 mA/cm2", passed.actual());
		assertEquals("expect critical_current_density >= 14 mA/cm2", passed.expectation());
		assertFalse(Verdicts.of(e.get(1), m).passed());
	}

	@Test
	public void noValueIsAFailureThatSaysWhy() throws Exception {
		Verdict v = Verdicts.of(expectations("expect critical_current_density >= 1 mA/cm2;").get(0), metrics(Double.NaN, Double.NaN, 7200, FailureMode.NONE));
		assertFalse(v.passed());
		assertEquals("no value (the cell did not short during the ramp)", v.actual());
	}

	@Test
	public void retentionAfterACycleCountsThatCyclesDischarge() throws Exception {
		List<Expect> e = expectations("expect retention after 2 cycles >= 90 %; expect retention >= 90 %; expect retention after 5 cycles >= 50 %;");
		RunMetrics m = metrics(Double.NaN, Double.NaN, 1e5, FailureMode.NONE, 100, 95, 80);
		assertTrue(Verdicts.of(e.get(0), m).passed(), Verdicts.of(e.get(0), m).toString());
		assertEquals("95 %", Verdicts.of(e.get(0), m).actual());
		assertFalse(Verdicts.of(e.get(1), m).passed(), "the last discharge is at 80 %");
		assertEquals("no value (the run has no discharge 5)", Verdicts.of(e.get(2), m).actual());
	}

	@Test
	public void noShortBeforeATimeNeedsTheRunToGetThere() throws Exception {
		Expect e = expectations("expect no short before 2000 h;").get(0);
		double hour = 3600;
		assertTrue(Verdicts.of(e, metrics(Double.NaN, Double.NaN, 2200 * hour, FailureMode.NONE)).passed());
		assertTrue(Verdicts.of(e, metrics(Double.NaN, 2100 * hour, 2100 * hour, FailureMode.SHORT)).passed());
		Verdict early = Verdicts.of(e, metrics(Double.NaN, 500 * hour, 500 * hour, FailureMode.SHORT));
		assertFalse(early.passed());
		assertEquals("short at 500 h", early.actual());
		Verdict limit = Verdicts.of(e, metrics(Double.NaN, Double.NaN, 258 * hour, FailureMode.VOLTAGE_LIMIT));
		assertFalse(limit.passed(), "a cell that failed at its voltage limit did not last 2000 h either");
		assertTrue(limit.actual().contains("at 258 h"), limit.actual());
		assertFalse(Verdicts.of(e, metrics(Double.NaN, Double.NaN, 100 * hour, FailureMode.NONE)).passed(), "a run that stopped at 100 h cannot tell");
	}

	@Test
	public void numbersAreWrittenAsSixSignificantDigits() {
		Random random = new Random(42);
		for (int k = 0; k < 20000; k++) {
			double v = (random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextDouble() * 24 - 12) * (1 + random.nextDouble());
			assertEquals(String.format(Locale.ROOT, "%.6g", v), ResultsWriter.row(v).trim(), "for " + v);
		}
		for (double v : new double[] { 9.9999996, 0.00099999996, 999999.6, 1e-4, 123456.4, 0.5, 1234567.0 + 0.5 }) {
			assertEquals(String.format(Locale.ROOT, "%.6g", v), ResultsWriter.row(v).trim(), "for " + v);
		}
	}
}
