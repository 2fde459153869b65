package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.engine.results.ResultsFormatException;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.RunSummary;
import org.stratum.engine.results.SummaryJson;
import org.stratum.engine.results.Verdict;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;
import org.stratum.solver.program.RunResult;

/** summary.json written from a {@link RunSummary} reads back as the same record, and what is not a summary says why. */
public class SummaryJsonTest {

	private static RunSummary fullCell() {
		RunMetrics metrics = new RunMetrics(Double.NaN, Double.NaN, 2, 7200, FailureMode.VOLTAGE_LIMIT, Double.NaN, Double.NaN, new RunMetrics.PlatedShares(0.25, 0.5, 0.125, 0.125),
				List.of(new Discharge(1, 20, 7000, "CC", 7100), new Discharge(2, 20, 6900, "CC", 7000)), 6900.0 / 7000, 0.9857,
				List.of(new RunMetrics.CircuitFit(0, 2e-3, 1e-3, 5e-3, 1.13e-4), new RunMetrics.CircuitFit(3600, 2e-3, 1e-3, 7e-3, 1.13e-4)));
		return new RunSummary("Rate", "Full", "Ladder", "stack", RunResult.Status.COMPLETED, "protocol finished", false, metrics,
				new RunSummary.Calibration(2e-6, 0.5e-6, "computed"), List.of(new RunSummary.InputFile("/x/a.stratum", "ab12")), "0.1.0", "25",
				List.of("a note"), List.of(new Verdict("expect retention after 2 cycles >= 90 %", true, "98.57 %"),
						new Verdict("expect no short before 2000 h", false, "no short in the 2 h simulated")));
	}

	@Test
	public void aFullCellSummaryReadsBackInSi() throws Exception {
		RunSummary written = fullCell();
		String text = SummaryJson.write(written);
		assertTrue(text.contains("\"capacity_mAh_cm2\": 0.194444"), "capacities are written in mAh/cm2:\n" + text);
		assertTrue(text.contains("\"critical_current_density_mA_cm2\": null"), "a metric without a value is null:\n" + text);
		RunSummary read = SummaryJson.parse(text, "summary.json");
		assertEquals(written.simulation(), read.simulation());
		assertEquals(written.status(), read.status());
		assertEquals(written.inputs(), read.inputs());
		assertEquals(written.notes(), read.notes());
		assertEquals(written.expectations(), read.expectations(), "each expectation's verdict reads back");
		assertTrue(text.contains("\"expectation\": \"expect no short before 2000 h\",\n") && text.contains("\"result\": \"failed\""), text);
		RunMetrics m = read.metrics();
		assertTrue(Double.isNaN(m.criticalCurrentDensity()) && Double.isNaN(m.shortTime()), "NaN stays NaN, never 0");
		assertEquals(FailureMode.VOLTAGE_LIMIT, m.failure(), "how the cell failed reads back");
		assertTrue(text.contains("\"failure\": {\n") && text.contains("\"mode\": \"voltage_limit\"") && text.contains("\"time_h\": 2"),
				"the failure is written with its mode and time in hours:\n" + text);
		assertEquals(7200, m.endTime(), 1e-3);
		assertEquals(2, m.discharges().size());
		assertEquals(6900, m.discharges().get(1).charge(), 6900 * 1e-5);
		assertEquals(20, m.discharges().get(1).currentDensity(), 1e-9);
		assertEquals(6900.0 / 7000, m.discharges().get(1).coulombicEfficiency(), 1e-5);
		assertEquals(7e-3 / 1.13e-4, m.impedanceFit().get(1).interfacialResistance(), 1e-3);
		assertEquals(3600, m.impedanceFit().get(1).time(), 1e-6);
		assertEquals(0.5, m.platedShares().insideLayer());
		assertEquals(2e-6, read.calibration().lithiumFace(), 1e-12);
	}

	@Test
	public void whatIsNotASummarySaysWhy() {
		ResultsFormatException bad = assertThrows(ResultsFormatException.class, () -> SummaryJson.parse("{ \"simulation\": ", "results/X/summary.json"));
		assertTrue(bad.getMessage().startsWith("results/X/summary.json is not valid JSON"), bad.getMessage());
		ResultsFormatException other = assertThrows(ResultsFormatException.class, () -> SummaryJson.parse("{ \"name\": 1 }", "package.json"));
		assertEquals("package.json lacks \"simulation\"; it is not a Stratum run summary", other.getMessage());
		ResultsFormatException status = assertThrows(ResultsFormatException.class,
				() -> SummaryJson.parse("{ \"simulation\": \"S\", \"status\": \"exploded\" }", "s.json"));
		assertTrue(status.getMessage().contains("expected completed, shorted"), status.getMessage());
	}

	@Test
	public void aSummaryWithOnlyItsNameAndStatusReads() throws Exception {
		RunSummary s = SummaryJson.parse("{ \"simulation\": \"CcdRun\", \"status\": \"shorted\" }", "summary.json");
		assertEquals(RunResult.Status.SHORTED, s.status());
		assertTrue(s.metrics().discharges().isEmpty() && Double.isNaN(s.metrics().endTime()));
	}
}
