package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Protocol;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.build.ProgramBuilder;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

/** The engine on the seed examples: result files, the seed-000 CCD ordering, and named errors for bad input. */
public class EngineTest {

	/** C/m2 in one mAh/cm2. */
	private static final double MAH_PER_CM2 = 36000;

	@TempDir
	Path dir;

	private Map<String, Simulation> simulations(String seedFile) throws Exception {
		return SeedSimulations.load(dir, seedFile);
	}

	@Test
	public void seed000CcdOrderingBareScMicroNano() throws Exception {
		Map<String, Simulation> sims = simulations("seed-000/seed-000.stratum");
		List<Double> ccd = new ArrayList<>();
		for (String name : List.of("CcdBare", "CcdSc", "CcdScMicro", "CcdScNano")) {
			SimulationRunner.Outcome o = SimulationRunner.run(sims.get(name), dir.resolve("results"), f -> {
			}, () -> false);
			assertEquals(RunResult.Status.SHORTED, o.result().status(), name + ": " + o.result().reason());
			ccd.add(o.result().criticalCurrentDensity() / 10);
		}
		assertTrue(ccd.get(0) < ccd.get(1) && ccd.get(1) < ccd.get(2) && ccd.get(2) < ccd.get(3), "CCD order bare < SC < micro < nano: " + ccd);
		assertEquals(3.0, ccd.get(0), 1e-9, "bare Li is calibrated on 3 mA/cm2");
	}

	@Test
	public void resultFilesHaveBdfColumnsAndSummaryKeys() throws Exception {
		Simulation sim = simulations("seed-000/seed-000.stratum").get("CcdScNano");
		SimulationRunner.Outcome o = SimulationRunner.run(sim, dir.resolve("results"), f -> {
		}, () -> false);
		Path folder = dir.resolve("results/CcdScNano");
		assertEquals(folder, o.folder());
		List<String> csv = Files.readAllLines(folder.resolve("timeseries.bdf.csv"));
		assertEquals(String.join(",", ResultsWriter.COLUMNS), csv.get(0));
		assertTrue(csv.get(0).startsWith("Test Time / s,Voltage / V,Current / A"), "BDF's required columns come first");
		assertTrue(csv.size() > 100);
		String json = Files.readString(folder.resolve("summary.json"));
		for (String key : List.of("\"simulation\"", "\"status\"", "\"metrics\"", "\"critical_current_density_mA_cm2\"", "\"inputs\"", "\"sha256\"",
				"\"versions\"", "\"calibration\"", "\"partial\": false", "\"li_plated_share\"")) {
			assertTrue(json.contains(key), "summary.json lacks " + key + ":\n" + json);
		}
		RunFolder read = RunFolder.read(folder);
		assertEquals(o.summary().simulation(), read.summary().simulation());
		assertEquals(o.summary().status(), read.summary().status());
		assertEquals(o.result().criticalCurrentDensity(), read.summary().metrics().criticalCurrentDensity(), 1e-5 * o.result().criticalCurrentDensity());
		assertEquals(o.summary().inputs(), read.summary().inputs(), "input files and their hashes read back");
		assertEquals(csv.size() - 1, read.series().size(), "one sample per CSV row");
		assertEquals(Double.parseDouble(csv.get(csv.size() - 1).split(",")[1]), read.series().value(SeriesColumn.VOLTAGE, read.series().size() - 1));
		assertTrue(Files.size(folder.resolve("plots/voltage.png")) > 2000);
		// the SVG is well-formed XML with the same curve: one point per logged sample
		var svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("plots/voltage.svg").toFile());
		assertEquals("svg", svg.getDocumentElement().getTagName());
		var curves = svg.getElementsByTagName("polyline");
		String points = ((org.w3c.dom.Element) curves.item(curves.getLength() - 1)).getAttribute("points");
		assertEquals(csv.size() - 1, points.split(" ").length, "the SVG curve has not one point per sample");
		assertTrue(Files.readString(folder.resolve("plots/voltage.svg")).contains("voltage / mV"), "a symmetric cell's polarisation is in mV");
		try (var leftovers = Files.list(dir.resolve("results"))) {
			assertTrue(leftovers.noneMatch(p -> p.getFileName().toString().startsWith(".")), "a temporary folder was left behind");
		}
	}

	@Test
	public void cancelledRunIsWrittenAndMarkedPartial() throws Exception {
		Simulation sim = simulations("seed-000/seed-000.stratum").get("CyclingScNano");
		int[] calls = { 0 };
		SimulationRunner.Outcome o = SimulationRunner.run(sim, dir.resolve("results"), f -> {
		}, () -> ++calls[0] > 50);
		assertEquals(RunResult.Status.CANCELLED, o.result().status());
		String json = Files.readString(o.folder().resolve("summary.json"));
		assertTrue(json.contains("\"partial\": true") && json.contains("\"status\": \"cancelled\""), json);
	}

	/** Runs simulation NAME of a protocol text written beside seed 000's bare cell (declared as Bare). */
	private SimulationRunner.Outcome runText(String text, String name) throws Exception {
		Map<String, Simulation> sims = simulations("seed-000/seed-000.stratum");
		Path file = dir.resolve("examples/seed-000/test-" + name + ".stratum");
		Files.writeString(file, "stack Bare = \"sym-bare.stack\";\n" + text);
		XtextResource r = (XtextResource) sims.get("CcdBare").eResource().getResourceSet().getResource(URI.createFileURI(file.toString()), true);
		Simulation simulation = ((Model) r.getContents().get(0)).getElements().stream().filter(e -> e instanceof Simulation s && s.getName().equals(name))
				.map(Simulation.class::cast).findFirst().orElseThrow();
		return SimulationRunner.run(simulation, dir.resolve("results"), f -> {
		}, () -> false);
	}

	/** PyBaMM's step temperature, C/n rates and resistance discharges become the executor's steps; a resistance cannot charge. */
	@Test
	public void pybammStepTemperaturesRatesAndResistanceBecomeSteps() throws Exception {
		Path file = dir.resolve("pybamm.stratum");
		Files.writeString(file, "protocol P { sign discharge positive; Discharge at C/3 for 2 hours or until 2.5 V at 15oC; Discharge at 4 Ohm for 1 hour; Charge at 4 Ohm for 1 hour; }\n");
		XtextResourceSet set = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		Model model = (Model) set.getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
		double capacity = 36000; // 1 mAh/cm2 in C/m2
		Program program = ProgramBuilder.build((Protocol) model.getElements().get(0), 1e-4, capacity);
		assertEquals(new Step.Environment(288.15, Double.NaN), program.steps().get(0), "the step's temperature is set before it");
		Step.Galvanostatic discharge = (Step.Galvanostatic) program.steps().get(1);
		assertEquals(-capacity / 3 / 3600, discharge.currentDensity(), 1e-9, "C/3 discharges the nominal capacity in 3 h");
		assertEquals(7200, discharge.duration(), 1e-9);
		assertEquals(new Step.ConstantResistance(4 * 1e-4, 3600, List.of()), program.steps().get(2), "4 Ohm on 1 cm2 is 4e-4 Ohm m2");
		assertTrue(program.steps().get(3) instanceof Step.Unsupported u && u.what().contains("can only discharge"), program.steps().get(3).toString());
	}

	@Test
	public void gotoAndCycleStopsRunFromTheLanguage() throws Exception {
		String text = "protocol Warmup { sign plating positive; label warm; plate at 0.1 mA/cm2 for 30 min; strip at 0.1 mA/cm2 for 30 min;\n"
				+ "  goto warm if cycle <= 2; rest for 10 min; }\n"
				+ "protocol Capped { sign plating positive; stop when cycle > 3; repeat 50 { plate at 0.1 mA/cm2 for 1 h; strip at 0.1 mA/cm2 for 1 h; } }\n"
				+ "simulation W { cell Bare; protocol Warmup; }\nsimulation C { cell Bare; protocol Capped; }\n";
		SimulationRunner.Outcome warm = runText(text, "W");
		assertEquals(RunResult.Status.COMPLETED, warm.result().status(), warm.result().reason());
		assertEquals(4 * 3600 + 600, warm.result().endTime(), 1e-6, "jumps back at cycles 0, 1 and 2 (<= 2), four passes, then the rest");
		SimulationRunner.Outcome capped = runText(text, "C");
		assertEquals(RunResult.Status.STOPPED, capped.result().status(), capped.result().reason());
		assertEquals(3, capped.result().cycles());
		assertEquals(3 * 7200, capped.result().endTime(), 1e-6);
	}

	@Test
	public void currentAndTemperatureConditionsHoldAtOnceOrNever() throws Exception {
		SimulationRunner.Outcome o = runText("protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h until 2 mA/cm2; plate at 1 mA/cm2 for 1 h until current < 2 mA/cm2;\n"
				+ "  rest for 10 min; strip at 1 mA/cm2 for 1 h until temperature > 60 degC; temperature 70 degC; strip at 1 mA/cm2 for 1 h until temperature > 60 degC;\n"
				+ "  label hot; rest for 5 min; goto hot if temperature < 65 degC; rest for 5 min; }\n"
				+ "protocol G { sign plating positive; stop when temperature > 80 degC; plate at 1 mA/cm2 for 1 h; temperature 85 degC; plate at 1 mA/cm2 for 1 h; }\n"
				+ "simulation S { cell Bare; protocol P; }\nsimulation T { cell Bare; protocol G; }\n", "S");
		assertEquals(RunResult.Status.COMPLETED, o.result().status(), o.result().reason());
		assertEquals(3600 + 600 + 3600 + 600, o.result().endTime(), 1e-6,
				"1 mA/cm2 never exceeds 2 mA/cm2 (a full hour) and is below it at once; 55 degC stays below 60 (a full hour), 70 is above it at once;"
						+ " 70 degC is not below 65, so no jump");
		SimulationRunner.Outcome g = runText("protocol G { sign plating positive; stop when temperature > 80 degC; plate at 1 mA/cm2 for 1 h; temperature 85 degC;"
				+ " plate at 1 mA/cm2 for 1 h; }\nsimulation T { cell Bare; protocol G; }\n", "T");
		assertEquals(RunResult.Status.STOPPED, g.result().status(), g.result().reason());
		assertTrue(g.result().reason().contains("temperature condition of the protocol"), g.result().reason());
		assertEquals(3600, g.result().endTime(), 1e-6);
	}

	@Test
	public void seed000RateLadderOfTheFullCellLosesCapacityWithRate() throws Exception {
		Simulation sim = simulations("seed-000/seed-000.stratum").get("RateScNano");
		SimulationRunner.Outcome o = SimulationRunner.run(sim, dir.resolve("results"), f -> {
		}, () -> false);
		assertEquals(RunResult.Status.COMPLETED, o.result().status(), o.result().reason());
		List<Discharge> rows = o.metrics().discharges();
		assertEquals(30, rows.size(), "six rates, five cycles each");
		double previous = Double.POSITIVE_INFINITY;
		for (int k = 0; k < rows.size(); k += 5) { // the first cycle of each rate
			double capacity = rows.get(k).charge() / MAH_PER_CM2;
			assertTrue(capacity < previous && capacity > 0, "capacity at " + rows.get(k).currentDensity() + " A/m2: " + capacity);
			previous = capacity;
		}
		assertTrue(rows.get(0).charge() / MAH_PER_CM2 > 0.95 * 0.1998, "1C delivers nearly the nominal 0.2 mAh/cm2");
		String json = Files.readString(o.folder().resolve("summary.json"));
		assertTrue(json.contains("\"discharge_capacities\"") && json.contains("\"capacity_retention\"") && json.contains("Reimers and Dahn"), json);
	}

	@Test
	public void ccCvAndHoldsRunInAFullCellFromTheLanguage() throws Exception {
		SimulationRunner.Outcome o = runText("stack Full = \"full-sc-nano20-llzto-0.2mAh.stack\";\n"
				+ "protocol P { sign discharge positive; cccv charge at 1C to 4.2 V until current < 0.05 C limit 3 h; rest for 10 min;\n"
				+ "  discharge at 1C until 3.0 V; hold at 3.0 V until current < 0.02 C; }\n"
				+ "simulation S { cell Full; protocol P; }\n", "S");
		assertEquals(RunResult.Status.COMPLETED, o.result().status(), o.result().reason());
		String svg = Files.readString(o.folder().resolve("plots/voltage.svg"));
		assertTrue(svg.contains("voltage / V") && svg.contains(">4<") && svg.contains(">3.6<") && !svg.contains("e+"),
				"a full cell's voltage axis reads in plain volts with round ticks:\n" + svg.replaceAll("(?s)<polyline.*?/>", ""));
		List<Discharge> rows = o.metrics().discharges();
		assertEquals(List.of("CC", "hold"), rows.stream().map(Discharge::step).toList(), "the 1C discharge and the hold at 3.0 V after it");
		double capacity = rows.get(0).charge() / MAH_PER_CM2;
		// LCO's OCV reaches 4.2 V at 90 % of the nominal 0.1998 mAh/cm2: the hold charges to it, 1C gives nearly all back
		assertTrue(capacity > 0.88 * 0.1998 && capacity < 0.9 * 0.1998, "1C discharge after a CC-CV charge to 4.2 V: " + capacity + " mAh/cm2");
		double held = rows.get(1).charge() / MAH_PER_CM2;
		assertTrue(held > 0 && capacity + held <= 0.9 * 0.1998, "the hold at 3.0 V delivers the rest the polarisation kept back: " + held);
	}

	@Test
	public void grainBoundariesFollowTheBrickLayerAndShowInTheImpedance() throws Exception {
		Cell cell = Calibration.load("seed-000/sym-bare.stack");
		StackCell plain = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		assertEquals(0, plain.grainBoundaryResistance(), "no grain size: the conductivity is the total one");
		SolidElectrolyte se = (SolidElectrolyte) cell.getLayers().get(1);
		se.setGrainSize(new org.stratum.model.units.Quantity("5 um"));
		se.setGrainBoundaryThickness(new org.stratum.model.units.Quantity("5 nm"));
		se.setGrainBoundaryConductivity(new org.stratum.model.units.Quantity("1e-5 S/cm"));
		StackCell resolved = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		double expected = resolved.electrolyteThickness() * 5e-9 / (5e-6 * 1e-3); // L delta / (d sigma_gb)
		assertEquals(expected, resolved.grainBoundaryResistance(), expected * 1e-12);
		// between the electrolyte's arcs and the faces' arcs the spectrum's real part is R_bulk + R_gb
		StackCellModel model = new StackCellModel(resolved);
		double[] z = org.stratum.solver.cell.Impedance.at(model, new org.stratum.solver.cell.CellState(resolved), 1e5);
		assertEquals(resolved.bulkResistance() + expected, z[0], 0.02 * (resolved.bulkResistance() + expected));

		se.setGrainBoundaryConductivity(null);
		EngineException missing = assertThrows(EngineException.class, () -> CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>()));
		assertTrue(missing.getMessage().contains("gives a grain size but no grain-boundary conductivity"), missing.getMessage());
	}

	@Test
	public void missingPropertyAndZeroThicknessGiveNamedErrors() throws Exception {
		Cell cell = Calibration.load("seed-000/sym-bare.stack");
		SolidElectrolyte se = (SolidElectrolyte) cell.getLayers().get(1);
		se.getComponents().get(0).getMaterial().getProperties().removeIf(p -> p.getKind() == PropertyKind.FRACTURE_TOUGHNESS);
		EngineException missing = assertThrows(EngineException.class, () -> CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>()));
		assertTrue(missing.getMessage().contains("material 'LPSCl' has no fracture toughness, which the penetration criterion needs"), missing.getMessage());

		Map<String, Simulation> sims = simulations("seed-000/seed-000.stratum");
		Path broken = dir.resolve("examples/seed-000/broken.stratum");
		Files.writeString(broken, "stack Thin = \"sym-bare.stack\" with electrolyte.mass = 0 mg;\n"
				+ "protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell Thin; protocol P; }\n");
		XtextResource r = (XtextResource) sims.get("CcdBare").eResource().getResourceSet().getResource(URI.createFileURI(broken.toString()), true);
		Simulation s = (Simulation) ((Model) r.getContents().get(0)).getElements().get(2);
		EngineException zero = assertThrows(EngineException.class, () -> SimulationRunner.run(s, dir.resolve("results"), f -> {
		}, () -> false));
		assertTrue(zero.getMessage().contains("mass '0 mg' must be positive"), zero.getMessage());
	}
}
