package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.StackFactor;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.dsl.validation.StratumIssueCodes;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.units.Quantity;

/** Sweeps and expectations as a modeller writes them: what they mean (the points) and every rule they break. */
public class StudyLanguageTest {

	@TempDir
	Path dir;

	/** A cell, a CCD protocol and a simulation for the sweeps below to name. */
	private String base() throws Exception {
		Dsl.header(dir);
		return """
				stack Nano = "seed-000/sym-sc-nano20-llzto.stack";
				protocol Ccd {
					sign plating positive;
					ccd { start 0.25 mA/cm2; increment 0.25 mA/cm2; end 20 mA/cm2; per step 0.25 mAh/cm2; }
				}
				simulation Run { cell Nano; protocol Ccd; model stack; }
				protocol Eis { sign plating positive; eis from 1 MHz to 1 Hz points 5 per decade amplitude 10 mV; }
				simulation EisRun { cell Nano; protocol Eis; model stack; }
				""";
	}

	private List<Issue> issues(String text) throws Exception {
		return new Dsl(dir).issues(base() + text);
	}

	private static void has(List<Issue> issues, String code, String fragment) {
		assertTrue(issues.stream().anyMatch(i -> code.equals(i.getCode()) && i.getMessage().contains(fragment)),
				() -> "expected " + code + " with '" + fragment + "', got " + issues);
	}

	private static void clean(List<Issue> issues) {
		assertTrue(issues.stream().noneMatch(i -> i.getSeverity() != Severity.INFO), () -> issues.toString());
	}

	private Sweep sweep(String text) throws Exception {
		Model model = new Dsl(dir).parse(base() + text);
		return (Sweep) model.getElements().stream().filter(Sweep.class::isInstance).findFirst().orElseThrow();
	}

	@Test
	public void aWellWrittenSweepAndItsExpectationsHaveNoProblems() throws Exception {
		clean(issues("""
				sweep Design {
					simulation Run;
					vary interlayer.thickness from 10 um to 50 um steps 5;
					vary interlayer.fraction of LLZTO-nano balanced by SC = 10 wt%, 20 wt%;
					vary material LLZTO-nano.ionic_conductivity from 1e-4 S/cm to 1e-3 S/cm log steps 3;
					vary protocol ccd.increment = 0.1 mA/cm2, 0.5 mA/cm2;
					metrics critical_current_density, short_time;
					expect critical_current_density >= 1 mA/cm2;
				}
				simulation Guarded { cell Nano; protocol Ccd; expect critical_current_density >= 5 mA/cm2; expect no short before 2 h; }
				"""));
	}

	@Test
	public void aGridHasEveryCombinationTheFirstFactorSlowest() throws Exception {
		Sweep sweep = sweep("sweep D { simulation Run; vary interlayer.thickness from 10 um to 30 um steps 3; vary cell.pressure = 5 MPa, 10 MPa; }");
		List<SweepDesign.Point> points = SweepDesign.points(sweep);
		assertEquals(6, points.size());
		assertEquals(6, SweepDesign.size(sweep));
		assertEquals(List.of(Quantity.of(10, "um"), Quantity.of(5, "MPa")), points.get(0).values());
		assertEquals(List.of(Quantity.of(10, "um"), Quantity.of(10, "MPa")), points.get(1).values());
		assertEquals(List.of(Quantity.of(20, "um"), Quantity.of(5, "MPa")), points.get(2).values());
		assertEquals(List.of(Quantity.of(30, "um"), Quantity.of(10, "MPa")), points.get(5).values());
	}

	@Test
	public void aLogRangeIsEvenInTheLogarithm() throws Exception {
		Sweep sweep = sweep("sweep D { simulation Run; vary material LLZTO-nano.ionic_conductivity from 1e-5 S/cm to 1e-3 S/cm log steps 3; }");
		List<Double> values = SweepDesign.points(sweep).stream().map(p -> p.values().get(0).in("S/cm")).toList();
		assertEquals(1e-5, values.get(0), 1e-17);
		assertEquals(1e-4, values.get(1), 1e-16);
		assertEquals(1e-3, values.get(2), 1e-15);
	}

	@Test
	public void aLatinHypercubePutsOnePointInEveryStratumOfEveryFactorAndRepeatsWithItsSeed() throws Exception {
		String text = "sweep D { simulation Run; vary interlayer.thickness from 0 um to 40 um; vary cell.pressure from 0 MPa to 20 MPa; design latin hypercube 40 points seed 7; }";
		List<SweepDesign.Point> points = SweepDesign.points(sweep(text));
		assertEquals(40, points.size());
		for (int f = 0; f < 2; f++) {
			double span = f == 0 ? 40 : 20;
			String unit = f == 0 ? "um" : "MPa";
			boolean[] seen = new boolean[40];
			for (SweepDesign.Point p : points) {
				int stratum = (int) (p.values().get(f).in(unit) / span * 40);
				assertTrue(!seen[stratum], "two points in stratum " + stratum + " of factor " + f);
				seen[stratum] = true;
			}
		}
		assertEquals(points, SweepDesign.points(sweep(text)), "the same seed gives the same points");
		assertNotEquals(points, SweepDesign.points(sweep(text.replace("seed 7", "seed 8"))), "another seed gives other points");
	}

	@Test
	public void aBalancedFractionKeepsTheLayerAtOneHundredPercent() throws Exception {
		Sweep sweep = sweep("sweep D { simulation Run; vary interlayer.fraction of LLZTO-nano balanced by SC = 30 wt%; }");
		Cell cell = StackResolver.resolve(sweep.getSimulation().getCell());
		StackResolver.vary(cell, (StackFactor) sweep.getFactors().get(0).getTarget(), Quantity.of(30, "wt%"));
		for (var layer : cell.getLayers()) {
			if (layer instanceof Interlayer interlayer) {
				double sum = interlayer.getComponents().stream().mapToDouble(Component::getFraction).sum();
				assertEquals(100, sum, 1e-9);
				assertEquals(30, interlayer.getComponents().stream().filter(c -> c.getMaterial().getId().equals("LLZTO-nano")).findFirst().orElseThrow()
						.getFraction(), 1e-9);
				assertEquals(65, interlayer.getComponents().stream().filter(c -> c.getMaterial().getId().equals("SC")).findFirst().orElseThrow()
						.getFraction(), 1e-9, "SC takes what LLZTO (30) and PTFE (5) leave");
			}
		}
	}

	@Test
	public void unknownMetricsNameTheClosestKnownOnes() throws Exception {
		List<Issue> issues = issues("sweep D { simulation Run; vary cell.pressure = 5 MPa; metrics critical_current; }\n"
				+ "simulation S { cell Nano; protocol Ccd; expect retension >= 90 %; }");
		has(issues, StratumIssueCodes.UNKNOWN_METRIC, "unknown metric 'critical_current'; known metrics: critical_current_density");
		assertTrue(issues.stream().anyMatch(i -> StratumIssueCodes.UNKNOWN_METRIC.equals(i.getCode()) && List.of(i.getData()).contains("retention")),
				issues.toString());
	}

	@Test
	public void anExpectationsValueHasItsMetricsDimension() throws Exception {
		has(issues("simulation S { cell Nano; protocol Ccd; expect critical_current_density >= 14 mAh/cm2; }"), StratumIssueCodes.WRONG_UNIT,
				"expected a current density");
		has(issues("simulation S { cell Nano; protocol Ccd; expect no short before 2000 mA; }"), StratumIssueCodes.WRONG_UNIT, "expected a time");
		clean(issues("simulation S { cell Nano; protocol Ccd; expect retention after 100 cycles >= 90 %; }"));
		has(issues("simulation S { cell Nano; protocol Ccd; expect critical_current_density after 3 cycles >= 1 mA/cm2; }"),
				StratumIssueCodes.BAD_EXPECTATION, "critical_current_density has one value per run");
	}

	@Test
	public void aFactorsValuesHaveTheDimensionOfWhatTheyVary() throws Exception {
		has(issues("sweep D { simulation Run; vary interlayer.thickness = 10 MPa; }"), StratumIssueCodes.WRONG_UNIT, "expected a length");
		has(issues("sweep D { simulation Run; vary protocol ccd.increment = 1 h; }"), StratumIssueCodes.WRONG_UNIT, "expected a current density");
		has(issues("sweep D { simulation Run; vary material LLZTO-nano.ionic_conductivity = 1 Ohm; }"), StratumIssueCodes.WRONG_UNIT,
				"as the library's ionic_conductivity of LLZTO-nano");
	}

	@Test
	public void aFactorVariesOnlyWhatTheSimulationHas() throws Exception {
		has(issues("sweep D { simulation Run; vary protocol hold.voltage = 4 V; }"), StratumIssueCodes.UNKNOWN_FACTOR,
				"protocol 'Ccd' has no hold step that writes its voltage");
		has(issues("sweep D { simulation Run; vary protocol ccd.slope = 1 mA/cm2; }"), StratumIssueCodes.UNKNOWN_FACTOR, "a ccd step has no quantity 'slope'");
		has(issues("sweep D { simulation Run; vary protocol ramp.start = 1 mA/cm2; }"), StratumIssueCodes.UNKNOWN_FACTOR, "no protocol step starts with 'ramp'");
		has(issues("sweep D { simulation Run; vary material LGPS.ionic_conductivity = 1 mS/cm; }"), StratumIssueCodes.UNKNOWN_FACTOR,
				"has no component of material 'LGPS'");
		has(issues("sweep D { simulation Run; vary material LLZTO-nano.colour = 1; }"), StratumIssueCodes.UNKNOWN_FACTOR, "a material has no value 'colour'");
		has(issues("sweep D { simulation Run; vary interlayer.colour = 10 um; }"), StratumIssueCodes.UNKNOWN_FACTOR, "has no property 'colour'");
		has(issues("sweep D { simulation Run; vary interlayer.fraction of LLZTO-nano balanced by SC = 99 wt%; }"), StratumIssueCodes.UNKNOWN_FACTOR,
				"leaving no SC");
	}

	@Test
	public void rangesAGridCannotStepAreErrors() throws Exception {
		has(issues("sweep D { simulation Run; vary interlayer.thickness from 10 um to 50 um; }"), StratumIssueCodes.BAD_RANGE, "add 'steps N'");
		clean(issues("sweep D { simulation Run; vary interlayer.thickness from 10 um to 50 um; design latin hypercube 10 points; }"));
		has(issues("sweep D { simulation Run; vary interlayer.thickness from 10 um to 50 um steps 1; }"), StratumIssueCodes.BAD_RANGE, "at least 2 steps");
		has(issues("sweep D { simulation Run; vary protocol ccd.increment from -1 mA/cm2 to 1 mA/cm2 log steps 3; }"), StratumIssueCodes.BAD_RANGE,
				"a log range must stay on one side of zero");
		has(issues("sweep D { simulation Run; vary cell.pressure from 1 MPa to 2 MPa steps 1001; vary interlayer.thickness from 1 um to 2 um steps 1000; }"),
				StratumIssueCodes.SWEEP_TOO_LARGE, "1001000 points");
		has(issues("sweep D { simulation Run; vary cell.pressure from 1 MPa to 2 MPa; design latin hypercube 0 points; }"), StratumIssueCodes.NOT_A_COUNT,
				"number of points");
	}

	@Test
	public void aStackDeclarationGivesItsCellItsOwnMaterialValue() throws Exception {
		clean(issues("stack NanoFitted = Nano with material LPSCl.exchange_current_density = 0.4 mA/cm2, material LPSCl.ionic_conductivity = 2 mS/cm;"));
		has(issues("stack X = Nano with material LPSCl.ionic_conductivity = 2 mA;"), StratumIssueCodes.BAD_STACK,
				"ionic_conductivity of LPSCl: expected a conductivity like the library's");
		has(issues("stack X = Nano with material LPSCl.exchange_current = 2 mA/cm2;"), StratumIssueCodes.BAD_STACK,
				"the library gives LPSCl no value 'exchange_current'; it gives ionic_conductivity");
		has(issues("stack X = Nano with material LATP.ionic_conductivity = 2 mS/cm;"), StratumIssueCodes.BAD_STACK, "the cell has no component of material 'LATP'");
	}

	@Test
	public void aRepeatCountIsAWholeNumberOfAProtocolThatRepeats() throws Exception {
		String cycling = "protocol Cycling { sign plating positive; repeat 3 { plate at 1 mA/cm2 for 1 h; strip at 1 mA/cm2 for 1 h; } }\n"
				+ "simulation Cycle { cell Nano; protocol Cycling; model stack; }\n";
		clean(issues(cycling + "sweep D { simulation Cycle; vary protocol repeat.count = 10, 50; }"));
		clean(issues(cycling + "sweep D { simulation Cycle; vary protocol repeat.count from 10 to 100 steps 4; }"));
		has(issues(cycling + "sweep D { simulation Cycle; vary protocol repeat.count = 2.5; }"), StratumIssueCodes.NOT_A_COUNT, "a whole number of at least 1");
		has(issues(cycling + "sweep D { simulation Cycle; vary protocol repeat.count = 0; }"), StratumIssueCodes.NOT_A_COUNT, "a whole number of at least 1");
		has(issues(cycling + "sweep D { simulation Cycle; vary protocol repeat.count = 10 h; }"), StratumIssueCodes.WRONG_UNIT, "a plain number");
		has(issues("sweep D { simulation Run; vary protocol repeat.count = 10; }"), StratumIssueCodes.UNKNOWN_FACTOR, "protocol 'Ccd' has no repeat block");
	}

	@Test
	public void aFitNeedsBoundsAndWhatItComparesAgainst() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("steps.csv"), "Test Time / s,Voltage / V,Current / A\n0,0,0\n");
		clean(issues("fit F { simulation Run; data \"steps.csv\"; vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log; compare voltage; }"));
		clean(issues("fit F { simulation Run; vary interlayer.thickness from 10 um to 50 um; compare critical_current_density = 14 mA/cm2; }"));
		has(issues("fit F { simulation Run; data \"steps.csv\"; vary material LPSCl.ionic_conductivity = 1 mS/cm; compare voltage; }"),
				StratumIssueCodes.BAD_RANGE, "a fitted quantity needs bounds");
		has(issues("fit F { simulation Run; vary interlayer.thickness from 10 um to 50 um; compare voltage; }"), StratumIssueCodes.BAD_FIT,
				"comparing the voltage needs the measured data");
		has(issues("fit F { simulation Run; data \"nowhere.csv\"; vary interlayer.thickness from 10 um to 50 um; compare voltage; }"),
				StratumIssueCodes.BAD_FIT, "no such data file");
		has(issues("fit F { simulation Run; data \"steps.csv\" format excel; vary interlayer.thickness from 10 um to 50 um; compare voltage; }"),
				StratumIssueCodes.BAD_FIT, "unknown data format 'excel'");
		has(issues("fit F { simulation Run; vary interlayer.thickness from 10 um to 50 um; compare critical_current_density; }"), StratumIssueCodes.BAD_FIT,
				"needs its measured value");
		has(issues("fit F { simulation Run; vary interlayer.thickness from 10 um to 50 um; compare critical_current_density = 14 mAh/cm2; }"),
				StratumIssueCodes.WRONG_UNIT, "expected a current density");
		has(issues("fit F { simulation Run; vary interlayer.thickness from 10 um to 50 um; compare voltag; }"), StratumIssueCodes.UNKNOWN_METRIC,
				"is none of them (known: voltage, capacity, impedance");
	}

	@Test
	public void aFitsDataColumnsAreOnesItReadsInUnitsOfTheirKind() throws Exception {
		java.nio.file.Files.writeString(dir.resolve("cycler.csv"), "Time,U,I\n0,0,0\n");
		String head = "fit F { simulation Run; data \"cycler.csv\" format arbin;\n";
		String tail = "\nvary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log; compare voltage; }";
		clean(issues(head + "column time = \"Time\" clock; column voltage = \"U\" in mV; column current = \"I\" in mA inverted; column cycle = \"N\";" + tail));
		has(issues(head + "column temperature = \"T\" in degC;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "a fit reads no column 'temperature'");
		has(issues(head + "column voltage = \"U\" in mA;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "'mA' is not a unit of voltage (such as V)");
		has(issues(head + "column voltage = \"U\";" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "needs its unit");
		has(issues(head + "column voltage = \"U\" clock;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "only the time may be clock text");
		has(issues(head + "column voltage = \"U\" in V inverted;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "only the current and the imaginary part");
		has(issues(head + "column cycle = \"N\" in s;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "plain numbers; write no unit");
		has(issues(head + "column voltage = \"U\" in V; column voltage = \"U2\" in V;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "mapped twice");
		has(issues(head + "column voltage = \"U\" in Vx;" + tail), StratumIssueCodes.BAD_DATA_COLUMN, "unknown unit 'Vx'");
		// a spectrum: EC-Lab exports name its columns; any other format must map them
		String spectrum = "vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log; compare impedance; }";
		clean(issues("fit F { simulation EisRun; data \"cycler.csv\" format biologic;\n" + spectrum));
		has(issues("fit F { simulation Run; data \"cycler.csv\" format biologic;\n" + spectrum), StratumIssueCodes.BAD_FIT,
				"protocol Ccd takes no impedance spectrum to compare: add an 'eis' step");
		has(issues("fit F { simulation EisRun; data \"cycler.csv\";\ncolumn frequency = \"f\" in Hz;\n" + spectrum), StratumIssueCodes.BAD_FIT,
				"format bdf names no impedance columns: write 'column real = \"<header>\" in <unit>;' for real, imaginary");
		clean(issues("fit F { simulation EisRun; data \"cycler.csv\";\ncolumn frequency = \"f\" in kHz; column real = \"Z1\" in Ohm; column imaginary = \"Z2\" in Ohm;\n"
				+ spectrum));
		has(issues("fit F { simulation Run; data \"cycler.csv\";\n vary interlayer.thickness from 10 um to 50 um; compare capacity = 1 mAh/cm2; }"),
				StratumIssueCodes.BAD_FIT, "comes from the data file");
	}
}
