package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.SeedAgreement;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.ValidationRow;
import org.stratum.engine.validation.Value;
import org.stratum.solver.program.FailureMode;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The validation report's rows: agreement words, Kendall's tau and the magnitude error per seed, and the JSON records. */
public class ValidationReportTest {

	private static ValidationRow ccd(String seed, String cell, Value measured, Value predicted, Role role) {
		return new ValidationRow(seed, cell, "CCD", "mA cm-2", measured, predicted, role, null, FailureMode.SHORT);
	}

	@Test
	public void kendallsTauCountsPairsWithinAQuantity() {
		// measured 1 < 2 < 3 < 4; predicted 1 < 3 > 2 (one pair swapped), 4 tied with 3's prediction
		List<ValidationRow> rows = List.of(ccd("x", "a", Value.of(1), Value.of(1), Role.PREDICTION), ccd("x", "b", Value.of(2), Value.of(3), Role.PREDICTION),
				ccd("x", "c", Value.of(3), Value.of(2), Role.PREDICTION), ccd("x", "d", Value.of(4), Value.of(3), Role.PREDICTION),
				new ValidationRow("x", "a", "lifetime", "h", Value.of(10), Value.of(1), Role.PREDICTION, null, FailureMode.NONE));
		SeedAgreement a = SeedAgreement.of(rows).get(0);
		// pairs: ab +, ac +, ad +, bc -, bd tie, cd + -> 6 pairs, 4 concordant, 1 discordant; the lifetime row has no partner
		assertEquals(6, a.pairs());
		assertEquals(4, a.concordant());
		assertEquals(1, a.discordant());
		assertEquals(0.5, a.tau(), 1e-12);
		// magnitudes: |log10| of 1, 1.5, 2/3, 0.75, 0.1 -> 0, 0.176, 0.176, 0.125, 1 -> median 0.176
		assertEquals(5, a.magnitudes());
		assertEquals(Math.log10(1.5), a.medianLogRatio(), 1e-12);
	}

	@Test
	public void calibrationAndInputRowsStayOutOfTheMagnitudeAndBlindSeedsSaySo() {
		List<ValidationRow> rows = List.of(ccd("0", "a", Value.of(3), Value.of(3), Role.CALIBRATION), ccd("0", "b", Value.of(10), Value.of(20), Role.PREDICTION),
				new ValidationRow("0", "a", "conductivity", "mS cm-1", Value.of(3.57), Value.of(3.57), Role.INPUT, null, null),
				ccd("2", "a", Value.withheld(), Value.of(0.9), Role.BLIND));
		List<SeedAgreement> seeds = SeedAgreement.of(rows);
		assertEquals(1, seeds.get(0).pairs(), "calibration rows rank with the others");
		assertEquals(1, seeds.get(0).magnitudes(), "only the prediction's magnitude counts");
		assertEquals(Math.log10(2), seeds.get(0).medianLogRatio(), 1e-12);
		assertTrue(seeds.get(1).line().contains("1 predicted values, no measurement to compare"), seeds.get(1).line());
	}

	@Test
	public void boundsAndFailuresAgreeOrNot() {
		assertEquals("0.750", ccd("0", "a", Value.of(20), Value.of(15), Role.PREDICTION).agreement());
		assertEquals("agrees", ccd("0", "a", Value.atLeast(1.7, ">= 1.7"), Value.of(2), Role.PREDICTION).agreement());
		assertTrue(ccd("0", "a", Value.atLeast(1.7, ">= 1.7"), Value.of(0.3), Role.PREDICTION).agreement().startsWith("disagrees"));
		assertEquals("agrees", ccd("0", "a", Value.fails("soon fails"), Value.of(100), Role.PREDICTION).agreement());
		assertEquals("disagrees", ccd("0", "a", Value.fails("soon fails"), Value.atLeast(6000, "no failure in 6000 h"), Role.PREDICTION).agreement());
		assertTrue(ccd("0", "a", Value.of(250), Value.atLeast(6000, "no failure in 6000 h"), Role.PREDICTION).agreement().startsWith("disagrees"));
		assertEquals("agrees", ccd("0", "a", Value.atLeast(2200, "no short"), Value.atLeast(2200, "no failure in 2200 h"), Role.PREDICTION).agreement());
		assertEquals("-", ccd("2", "a", Value.withheld(), Value.of(0.9), Role.BLIND).agreement());
		assertEquals("agrees", ccd("0", "a", Value.of(0.2), Value.atMost(0.5, "below 0.5"), Role.PREDICTION).agreement(),
				"a cell that shorted at the ramp's first step: the CCD is below it");
		assertTrue(ccd("0", "a", Value.of(1), Value.atMost(0.5, "below 0.5"), Role.PREDICTION).agreement().startsWith("disagrees"));
	}

	@Test
	public void theJsonHoldsOneRecordPerRowAndTheSeedsAgreement() {
		ValidationReport report = new ValidationReport();
		report.add(ccd("000", "bare Li", Value.of(3), Value.of(3), Role.CALIBRATION));
		report.add(ccd("002", "LPSC1.0", Value.withheld(), Value.of(0.9), Role.BLIND));
		JsonObject root = JsonParser.parseString(report.json()).getAsJsonObject();
		assertEquals(2, root.getAsJsonArray("rows").size());
		JsonObject blind = root.getAsJsonArray("rows").get(1).getAsJsonObject();
		assertTrue(blind.get("measured").isJsonNull());
		assertEquals(0.9, blind.get("predicted").getAsDouble(), 0);
		assertEquals("mA cm-2", blind.get("unit").getAsString());
		assertEquals("blind prediction", blind.get("role").getAsString());
		assertEquals("short", blind.get("failure").getAsString());
		assertEquals("LPSC1.0", blind.get("case").getAsString());
		assertEquals(2, root.getAsJsonArray("seeds").size());
		assertTrue(!root.has("front_rows"), "no front records without a front study");
		report.addFront(new ValidationRow("002", "LPSC1.0-82, 1 mA/cm2", "front model: penetration", "um", Value.withheld(), Value.of(7.5), Role.BLIND, null,
				FailureMode.NONE));
		root = JsonParser.parseString(report.json()).getAsJsonObject();
		assertEquals(1, root.getAsJsonArray("front_rows").size());
		assertEquals(7.5, root.getAsJsonArray("front_rows").get(0).getAsJsonObject().get("predicted").getAsDouble(), 0);
		assertEquals(2, root.getAsJsonArray("rows").size(), "front records stay out of the table's rows");
		List<String> table = report.table();
		assertEquals("| 002 LPSC1.0 | CCD / mA cm-2 | withheld | 0.900 | - | short | blind prediction |", table.get(3), "the Markdown is made of the same rows");
	}

	@Test
	public void aBarInACellIsEscapedSoTheTableKeepsItsColumns() {
		ValidationReport report = new ValidationReport();
		report.add(new ValidationRow("003", "bare LATP", "R_int after 0 h", "Ohm", Value.of(562), Value.of(909), Role.PREDICTION, "Li|LATP exchange current",
				FailureMode.NONE));
		String row = report.table().get(2);
		assertTrue(row.contains("prediction (Li\\|LATP exchange current)"), row);
		assertEquals(9, row.split("(?<!\\\\)\\|", -1).length, "seven cells between eight unescaped bars (nine parts): " + row);
	}
}
