package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.Control;
import org.stratum.dsl.stratum.Hold;
import org.stratum.dsl.stratum.Comparison;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Protocol;
import org.stratum.dsl.stratum.Rest;
import org.stratum.dsl.validation.StratumIssueCodes;

/**
 * PyBaMM's step strings, as its Experiment documentation and examples write them, are steps of the
 * language: current, C-rate (also as C/n), power, voltage and resistance steps, for/until/or until, the
 * temperature suffix ("at 15oC") and the logging period ("(1 minute period)").
 */
public class PybammPhrasingTest {

	@TempDir
	Path dir;

	/** PyBaMM step strings (pybamm.Experiment) with none of the language's own words. */
	static final List<String> STEPS = List.of("Discharge at 1C for 0.5 hours", "Discharge at C/20 for 0.5 hours", "Charge at 0.5 C for 45 minutes",
			"Discharge at 1 A for 0.5 hours", "Charge at 200 mA for 45 minutes", "Discharge at 1W for 0.5 hours", "Charge at 200 mW for 45 minutes",
			"Rest for 10 minutes", "Hold at 1V for 20 seconds", "Charge at 1 C until 4.1V", "Hold at 4.1 V until 50mA", "Hold at 3V until C/50",
			"Discharge at C/3 for 2 hours or until 2.5 V", "Discharge at 1C until 3.3 V at 15oC", "Charge at 1 C until 4.1 V (1 second period)",
			"Rest for 1 hour (1 minute period)", "Discharge at 0.1C until 3.105 V", "Charge at 0.3C until 4.2 V", "Hold at 4.2 V until 10 mA",
			"Discharge at 4 Ohm for 10 hours", "Rest for 1 hour at 25oC", "Discharge at C/2 until 2.5 V at 298.15 K (10 second period)");

	@Test
	public void everyPybammStepStringIsAStepWithoutProblems() throws Exception {
		Dsl dsl = new Dsl(dir);
		String header = Dsl.header(dir);
		for (String step : STEPS) {
			List<Issue> issues = dsl.issues(header + "protocol P {\n\tsign discharge positive;\n\t" + step + ";\n}\n");
			assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), step + ": " + issues);
		}
	}

	@Test
	public void fractionalRatesAndStepTemperaturesMeanWhatPybammMeans() {
		Model model = new Dsl(dir).parse("protocol P { Discharge at C/3 for 2 hours or until 2.5 V at 15oC; Hold at 3V until C/50; Rest for 1 hour at 25oC; }");
		Protocol p = (Protocol) model.getElements().get(0);
		Control discharge = (Control) p.getStatements().get(0);
		assertTrue(Quantities.isCRate(discharge.getValue()));
		assertEquals(1 / 3.0, Quantities.si(discharge.getValue()), 1e-12);
		assertEquals("C/3", Quantities.text(discharge.getValue()));
		assertEquals(288.15, Quantities.si(discharge.getTemperature()), 1e-9);
		Comparison until = (Comparison) ((Hold) p.getStatements().get(1)).getUntil().getTerms().get(0);
		assertEquals(0.02, Quantities.si(until.getValue()), 1e-12);
		assertEquals(298.15, Quantities.si(((Rest) p.getStatements().get(2)).getTemperature()), 1e-9);
	}

	@Test
	public void onlyCRatesAreFractions() throws Exception {
		Dsl dsl = new Dsl(dir);
		String header = Dsl.header(dir) + "protocol P { sign discharge positive; ";
		List<Issue> amps = dsl.issues(header + "Discharge at A/20 for 1 h; }");
		assertTrue(amps.stream().anyMatch(i -> StratumIssueCodes.WRONG_UNIT.equals(i.getCode()) && i.getMessage().startsWith("only a C-rate is written as a fraction")),
				amps.toString());
		List<Issue> zero = dsl.issues(header + "Discharge at C/0 for 1 h; }");
		assertTrue(zero.stream().anyMatch(i -> StratumIssueCodes.BAD_RATE.equals(i.getCode())), zero.toString());
		List<Issue> hot = dsl.issues(header + "Rest for 1 h at 2 V; }");
		assertTrue(hot.stream().anyMatch(i -> StratumIssueCodes.WRONG_UNIT.equals(i.getCode()) && i.getMessage().contains("temperature")), hot.toString());
	}
}
