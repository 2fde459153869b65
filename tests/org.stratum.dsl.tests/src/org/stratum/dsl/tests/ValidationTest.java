package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.validation.StratumIssueCodes;

/** Every issue code: text that breaks the rule gets it, with a message that says what was expected. */
public class ValidationTest {

	@TempDir
	Path dir;

	private List<Issue> issues(String text) throws Exception {
		return new Dsl(dir).issues(Dsl.header(dir) + text);
	}

	private static void has(List<Issue> issues, String code, String fragment) {
		assertTrue(issues.stream().anyMatch(i -> code.equals(i.getCode()) && i.getMessage().contains(fragment)),
				() -> "expected " + code + " with '" + fragment + "', got " + issues);
	}

	private static void hasNot(List<Issue> issues, String code) {
		assertTrue(issues.stream().noneMatch(i -> code.equals(i.getCode())), () -> "expected no " + code + ", got " + issues);
	}

	private static void clean(List<Issue> issues) {
		assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == Severity.ERROR), () -> issues.toString());
	}

	@Test
	public void wrongUnit() throws Exception {
		List<Issue> issues = issues("protocol P { sign plating positive; plate at 2 mAh/cm2 for 1 h; }");
		has(issues, StratumIssueCodes.WRONG_UNIT, "expected a current density such as mA/cm2, got an areal capacity ('mAh/cm2')");
		assertTrue(issues.stream().filter(i -> StratumIssueCodes.WRONG_UNIT.equals(i.getCode()))
				.anyMatch(i -> List.of(i.getData()).contains("mA/cm2")), "no unit suggestion");
		clean(issues("protocol P { sign plating positive; plate at 2 mA/cm2 for 1 h; }"));
		has(issues("protocol P { eis from 1 MHz to 0.1 V; }"), StratumIssueCodes.WRONG_UNIT, "expected a frequency");
		has(issues("protocol P { rest for 2 V; }"), StratumIssueCodes.WRONG_UNIT, "expected a time");
		has(issues("protocol P { discharge at 1C until voltage < 3 h; }"), StratumIssueCodes.WRONG_UNIT, "expected a voltage");
		has(issues("protocol P { temperature 25 MPa; }"), StratumIssueCodes.WRONG_UNIT, "expected a temperature");
	}

	@Test
	public void frontModelDomainAndGrid() throws Exception {
		String nano = "stack Nano = \"seed-000/sym-sc-nano20-llzto.stack\";\nprotocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\n";
		List<Issue> coarse = issues(nano + "simulation S { cell Nano; protocol P; model front { domain 16 um x 44 um; grid 0.25 um; } }");
		has(coarse, StratumIssueCodes.FRONT_GRID_TOO_COARSE, "a grid of 0.25 um is too coarse for the LLZTO-nano particles of 0.3 um: at most d/2.4 = 0.125 um");
		assertTrue(coarse.stream().filter(i -> StratumIssueCodes.FRONT_GRID_TOO_COARSE.equals(i.getCode()))
				.anyMatch(i -> i.getSeverity() == Severity.WARNING && List.of(i.getData()).contains("0.125 um")), "a warning with the fix's spacing");
		hasNot(issues(nano + "simulation S { cell Nano; protocol P; model front { domain 16 um x 44 um; grid 0.125 um; } }"),
				StratumIssueCodes.FRONT_GRID_TOO_COARSE);
		hasNot(issues("protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell Bare; protocol P; model front { grid 1 um; } }"),
				StratumIssueCodes.FRONT_GRID_TOO_COARSE);
		has(issues(nano + "simulation S { cell Nano; protocol P; model front { domain 2 mm x 2 mm; grid 0.05 um; } }"),
				StratumIssueCodes.FRONT_DOMAIN_TOO_LARGE, "the front model's 40000 x 40000 cells need about");
	}

	/** Every setting of the block, in any order; unknown names get the known ones as fixes, a frame interval a time or charge. */
	@Test
	public void frontModelMechanismsFramesAndThreads() throws Exception {
		String head = "protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell Bare; protocol P; model front { ";
		clean(issues(head + "threads 2; frames every 30 s; cracks off; reactions on; interphase electrolyte; nucleation off; morphology segregated;"
				+ " seed 3; grid 1 um; domain 8 um x 40 um; } }"));
		clean(issues(head + "frames every 0.01 mAh/cm2; interphase particles; } }"));
		List<Issue> morphology = issues(head + "morphology segregatd; } }");
		has(morphology, StratumIssueCodes.UNKNOWN_MORPHOLOGY, "unknown morphology 'segregatd'; expected one of random, segregated, chains");
		assertTrue(morphology.stream().filter(i -> StratumIssueCodes.UNKNOWN_MORPHOLOGY.equals(i.getCode()))
				.anyMatch(i -> i.getData()[0].equals("segregated") && i.getData().length == 3), "the closest name first, then the others");
		List<Issue> interphase = issues(head + "interphase electrolite; } }");
		has(interphase, StratumIssueCodes.UNKNOWN_INTERPHASE, "unknown interphase 'electrolite'; expected one of none, electrolyte, particles, all");
		assertTrue(interphase.stream().filter(i -> StratumIssueCodes.UNKNOWN_INTERPHASE.equals(i.getCode())).anyMatch(i -> i.getData()[0].equals("electrolyte")));
		has(issues(head + "frames every 2 V; } }"), StratumIssueCodes.WRONG_UNIT, "expected a time such as h or an areal capacity such as mAh/cm2");
		has(issues(head + "threads 0; } }"), StratumIssueCodes.NOT_A_COUNT, "the thread count must be a whole number of at least 1, got 0.0");
		assertFalse(issues(head + "cracks maybe; } }").isEmpty(), "a switch is on or off");
		assertFalse(issues(head + "seed 1; seed 2; } }").isEmpty(), "each setting at most once");
	}

	@Test
	public void frontModelNucleationBarriersPerSubstrate() throws Exception {
		String head = "protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell Bare; protocol P; model front { ";
		clean(issues(head + "nucleation SC 20 mV, Li-Ge 0.005 V; } }"));
		List<Issue> negative = issues(head + "nucleation SC -20 mV; } }");
		has(negative, StratumIssueCodes.BAD_NUCLEATION_BARRIER, "a nucleation barrier is the overpotential Li needs to form on a bare substrate, 0 .. 1 V; not -20 mV");
		assertTrue(negative.stream().filter(i -> StratumIssueCodes.BAD_NUCLEATION_BARRIER.equals(i.getCode())).anyMatch(i -> i.getData()[0].equals("20 mV")),
				"the fix is the barrier's magnitude");
		List<Issue> huge = issues(head + "nucleation SC 2 V; } }");
		assertTrue(huge.stream().anyMatch(i -> StratumIssueCodes.BAD_NUCLEATION_BARRIER.equals(i.getCode()) && i.getData().length == 0),
				"above 1 V there is no magnitude to offer");
		has(issues(head + "nucleation SC 20 mA; } }"), StratumIssueCodes.WRONG_UNIT, "expected a voltage such as V or mV");
		has(issues(head + "nucleation Sc 20 mV; } }"), StratumIssueCodes.UNKNOWN_MATERIAL, "unknown material 'Sc'; did you mean SC");
	}

	@Test
	public void frontModelVoidsAtTheLiFaceAndFlawSpread() throws Exception {
		String head = "protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell Bare; protocol P; model front { ";
		clean(issues(head + "voids 20 % of 2 um; } }"));
		has(issues(head + "voids 95 % of 2 um; } }"), StratumIssueCodes.BAD_VOIDS, "more than 0 and at most 90 %, so that some of it still touches; not 95 %");
		has(issues(head + "voids 20 % of 0 um; } }"), StratumIssueCodes.BAD_VOIDS, "a void needs a width above 0");
		has(issues(head + "voids 20 mV of 2 um; } }"), StratumIssueCodes.WRONG_UNIT, "expected a fraction");
		has(issues(head + "voids 20 % of 2 s; } }"), StratumIssueCodes.WRONG_UNIT, "expected a length");
		clean(issues(head + "flaws spread 50 %; } }"));
		has(issues(head + "flaws spread 300 %; } }"), StratumIssueCodes.BAD_FLAW_SPREAD, "above 0 and at most 200 %; not 300 %");
		has(issues(head + "flaws spread 3 um; } }"), StratumIssueCodes.WRONG_UNIT, "expected a fraction");
	}

	@Test
	public void badJump() throws Exception {
		has(issues("protocol P { sign plating positive; repeat 2 { label inner; plate at 1 mA/cm2 for 1 h; } goto inner if cycle < 5; }"),
				StratumIssueCodes.BAD_JUMP, "goto can only jump to a label in its own block or an enclosing one");
		hasNot(issues("protocol P { sign plating positive; label outer; repeat 2 { plate at 1 mA/cm2 for 1 h; goto outer if cycle < 5; } }"),
				StratumIssueCodes.BAD_JUMP);
	}

	@Test
	public void unknownUnit() throws Exception {
		has(issues("protocol P { rest for 1 fortnight; }"), StratumIssueCodes.UNKNOWN_UNIT, "unknown unit 'fortnight'");
		hasNot(issues("protocol P { rest for 1 hour; }"), StratumIssueCodes.UNKNOWN_UNIT);
	}

	@Test
	public void unknownMaterialSuggestsClosestIds() throws Exception {
		List<Issue> issues = issues("stack X = Bare with electrolyte.fraction of LLZTO-nan = 10 wt%;");
		has(issues, StratumIssueCodes.UNKNOWN_MATERIAL, "unknown material 'LLZTO-nan'; did you mean LLZTO-nano");
		hasNot(issues("stack X = \"seed-000/sym-sc-nano20-llzto.stack\" with interlayer.fraction of PTFE = 5 wt%;"),
				StratumIssueCodes.UNKNOWN_MATERIAL);
	}

	@Test
	public void missingStopCondition() throws Exception {
		has(issues("protocol P { sign plating positive; plate at 1 mA/cm2; }"), StratumIssueCodes.MISSING_STOP, "never ends");
		has(issues("protocol P { rest; }"), StratumIssueCodes.MISSING_STOP, "rest never ends");
		has(issues("protocol P { cccv charge at 1C to 4.2 V; }"), StratumIssueCodes.MISSING_STOP, "CC-CV step never ends");
		hasNot(issues("protocol P { sign plating positive; plate at 1 mA/cm2 until short; rest for 1 h; }"), StratumIssueCodes.MISSING_STOP);
	}

	@Test
	public void badStack() throws Exception {
		has(issues("stack X = \"seed-000/nothing.stack\";"), StratumIssueCodes.BAD_STACK, "no such file");
		has(issues("stack X = Bare with interlayer.thickness = 15 um;"), StratumIssueCodes.BAD_STACK, "has no interlayer layer");
		has(issues("stack X = Bare with anode.colour = 15 um;"), StratumIssueCodes.BAD_STACK, "has no property 'colour'");
		has(issues("stack X = Bare with anode.thickness = 15 mA;"), StratumIssueCodes.BAD_STACK, "thickness: expected a length");
		clean(issues("stack X = Bare with anode.thickness = 15 um, cell.temperature = 25 degC;"));
	}

	@Test
	public void invalidCellFromTheModelsRules() throws Exception {
		has(issues("stack X = Bare with anode.thickness = -5 um;"), StratumIssueCodes.INVALID_CELL, "must be positive");
	}

	@Test
	public void counts() throws Exception {
		has(issues("protocol P { repeat 2.5 { rest for 1 h; } }"), StratumIssueCodes.NOT_A_COUNT, "repeat count must be a whole number");
		has(issues("protocol P { every 0 cycles { eis; } }"), StratumIssueCodes.NOT_A_COUNT, "cycle interval");
		hasNot(issues("protocol P { repeat 3 { rest for 1 h; } }"), StratumIssueCodes.NOT_A_COUNT);
	}

	@Test
	public void ccdRampMustRise() throws Exception {
		has(issues("protocol P { ccd { start 2 mA/cm2; increment 0.1 mA/cm2; end 1 mA/cm2; per step 1 h; } }"), StratumIssueCodes.BAD_RAMP,
				"ends at or below where it starts");
		has(issues("protocol P { ccd { start 0.1 mA/cm2; factor 0.9; end 1 mA/cm2; per step 1 h; } }"), StratumIssueCodes.BAD_RAMP,
				"factor above 1");
		hasNot(issues("protocol P { ccd { start 0.1 mA/cm2; factor 2; end 1 mA/cm2; per step 1 h; } }"), StratumIssueCodes.BAD_RAMP);
	}

	@Test
	public void unknownOutput() throws Exception {
		String base = "protocol P { rest for 1 h; } simulation S { cell Bare; protocol P; outputs voltag; }";
		has(issues(base), StratumIssueCodes.UNKNOWN_OUTPUT, "unknown output 'voltag'");
		hasNot(issues(base.replace("voltag", "voltage")), StratumIssueCodes.UNKNOWN_OUTPUT);
	}

	@Test
	public void unclearCondition() throws Exception {
		has(issues("protocol P { discharge at 1C until 3 MPa; }"), StratumIssueCodes.UNCLEAR_CONDITION, "cannot tell what '3 MPa' stops on");
		hasNot(issues("protocol P { discharge at 1C until 3 V; }"), StratumIssueCodes.UNCLEAR_CONDITION);
	}

	@Test
	public void signConvention() throws Exception {
		has(issues("protocol P { current at -1 mA/cm2 for 1 h; }"), StratumIssueCodes.NO_SIGN_CONVENTION, "declares no sign convention");
		hasNot(issues("protocol P { sign plating positive; current at -1 mA/cm2 for 1 h; }"), StratumIssueCodes.NO_SIGN_CONVENTION);
	}

	@Test
	public void eisSweepDirection() throws Exception {
		has(issues("protocol P { eis from 0.1 Hz to 1 MHz; }"), StratumIssueCodes.EIS_RANGE, "from a lower to a higher frequency");
		hasNot(issues("protocol P { eis from 1 MHz to 0.1 Hz; }"), StratumIssueCodes.EIS_RANGE);
	}

	@Test
	public void duplicateNames() throws Exception {
		List<Issue> issues = issues("protocol P { rest for 1 h; } protocol P { rest for 2 h; }");
		assertTrue(issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR && i.getMessage().contains("Duplicate")), issues::toString);
	}
}
