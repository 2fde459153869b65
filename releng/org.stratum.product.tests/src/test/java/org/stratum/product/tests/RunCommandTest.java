package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.product.tests.InstalledStratum.Result;

/**
 * {@code stratum run} of the installed product: what a run writes and prints for symmetric and full cells, how a cell
 * failed, the calibration cache across processes, and a broken cell that stops before anything is written.
 */
public class RunCommandTest {

	@TempDir
	Path dir;

	private Result stratum(String... args) throws Exception {
		return InstalledStratum.run(dir, null, args);
	}

	private Result stratumWith(Path cacheHome, String... args) throws Exception {
		return InstalledStratum.run(dir, cacheHome, args);
	}

	private static Path examples() {
		return InstalledStratum.examples();
	}

	@Test
	public void runSimulatesTheSeed000CcdAndWritesItsResults() throws Exception {
		Result r = stratum("run", examples().resolve("seed-000/seed-000.stratum").toString(), "--simulation", "CcdScNano", "--out",
				dir.resolve("results").toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("simulation CcdScNano: shorted") && r.out().contains("critical current density"), r.out());
		Path folder = dir.resolve("results/CcdScNano");
		for (String file : List.of("timeseries.bdf.csv", "impedance.csv", "summary.json", "plots/voltage.png", "run.log")) {
			assertTrue(Files.exists(folder.resolve(file)), "no " + file);
		}
		assertTrue(Files.readString(folder.resolve("timeseries.bdf.csv")).startsWith("Test Time / s,Voltage / V,Current / A"));
	}

	/** A cell whose interphase runs its overpotential up to the cycler's limit fails there, and says how and when. */
	@Test
	public void aCellThatReachesItsVoltageLimitFailsThereAndSaysHow() throws Exception {
		// seed 002's LGPS: its interphase with Li grows parabolically (Wenzel 2016) until 0.3 mA/cm2 needs more than 1 V
		Result r = stratum("run", examples().resolve("seed-002/seed-002.stratum").toString(), "--simulation", "CyclingLgps", "--out",
				dir.resolve("results").toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("simulation CyclingLgps: stopped") && r.out().contains("failed                  voltage limit at "), r.out());
		String summary = Files.readString(dir.resolve("results/CyclingLgps/summary.json"));
		assertTrue(summary.contains("\"mode\": \"voltage_limit\""), summary);
		assertTrue(!summary.contains("\"time_h\": null"), "the failure has its time:\n" + summary);
	}

	/** A later process reuses the calibration and says so; a damaged cache is recomputed; no JVM chatter on screen. */
	@Test
	public void laterRunsReuseTheCalibrationFromTheCache() throws Exception {
		Path cacheHome = dir.resolve("cache-home");
		Path protocol = dir.resolve("small/small.stratum");
		Files.createDirectories(protocol.getParent());
		Files.copy(examples().resolve("seed-000/sym-sc-nano20-llzto.stack"), protocol.resolveSibling("cell.stack"));
		Files.writeString(protocol, """
				stack Cell = "cell.stack";
				protocol Three { sign plating positive; temperature 55 degC; repeat 3 { plate at 1 mA/cm2 for 1 h; strip at 1 mA/cm2 for 1 h; } }
				simulation Small { cell Cell; protocol Three; model stack; outputs voltage, summary; }
				""");
		List<String> logs = new ArrayList<>();
		for (String damage : new String[] { null, null, "key=0\nl_face_lithium_m=1\n" }) {
			if (damage != null) {
				Files.writeString(cacheHome.resolve("stratum/calibration.properties"), damage);
			}
			Result r = stratumWith(cacheHome, "run", protocol.toString(), "--out", dir.resolve("results").toString());
			assertEquals(0, r.exit(), r.out() + r.err());
			assertTrue(r.err().isBlank(), "nothing on stderr without a terminal: " + r.err());
			assertTrue(r.out().startsWith("simulation Small: completed"), r.out());
			logs.add(Files.readString(dir.resolve("results/Small/run.log")));
		}
		assertTrue(logs.get(0).contains("calibration: face flaw lengths computed") && logs.get(0).contains("no cache yet"), logs.get(0));
		assertTrue(logs.get(1).contains("calibration: face flaw lengths reused from " + cacheHome.resolve("stratum/calibration.properties")), logs.get(1));
		assertTrue(logs.get(2).contains("computed") && logs.get(2).contains("damaged"), logs.get(2));
		try (var archives = Files.list(cacheHome.resolve("stratum/cds"))) {
			assertTrue(archives.anyMatch(p -> p.getFileName().toString().endsWith(".jsa")), "the launcher keeps a class-data archive");
		}
	}

	/** A run on a broken cell stops with the file, line and what is wrong, and leaves no results; no NaN anywhere. */
	@Test
	public void runOnABrokenCellNamesTheProblemAndWritesNothing() throws Exception {
		Path folder = dir.resolve("broken");
		Files.createDirectories(folder);
		String cell = Files.readString(examples().resolve("seed-000/sym-sc-nano20-llzto.stack"));
		Files.writeString(folder.resolve("cut.stack"), cell.substring(0, cell.indexOf("<fabrication")));
		Files.writeString(folder.resolve("unit.stack"), cell.replaceFirst("thickness=\"20 um\"", "thickness=\"20 umm\""));
		Files.writeString(folder.resolve("good.stack"), cell);
		Files.writeString(folder.resolve("runs.stratum"), """
				stack Cut = "cut.stack";
				stack Unit = "unit.stack";
				protocol Rest { sign plating positive; temperature 55 degC; rest for 1 h; }
				simulation CutRun { cell Cut; protocol Rest; model stack; outputs voltage, summary; }
				simulation UnitRun { cell Unit; protocol Rest; model stack; outputs voltage, summary; }
				""");
		Files.writeString(folder.resolve("rest.stratum"), """
				stack Good = "good.stack";
				simulation RestRun { cell Good; protocol Rest; model stack; outputs voltage, summary; }
				""");
		Path results = dir.resolve("results");
		Result cut = stratum("run", folder.resolve("runs.stratum").toString(), "--simulation", "CutRun", "--out", results.toString());
		assertEquals(1, cut.exit(), cut.out() + cut.err());
		assertTrue(cut.err().contains("'cut.stack' line ") && cut.err().contains("an element is not closed"), cut.err());
		Result unit = stratum("run", folder.resolve("runs.stratum").toString(), "--simulation", "UnitRun", "--out", results.toString());
		assertEquals(1, unit.exit(), unit.out() + unit.err());
		assertTrue(unit.err().contains("thickness: unknown unit 'umm'") && unit.err().contains("as in thickness=\"20 um\""), unit.err());
		for (Result r : List.of(cut, unit)) {
			assertTrue(!r.err().contains("Exception") && !r.err().contains("\tat ") && !r.err().contains("SAXParse"), r.err());
		}
		assertTrue(!Files.exists(results), "nothing is written for a run that could not start");

		Result rest = stratum("run", folder.resolve("rest.stratum").toString(), "--simulation", "RestRun", "--out", results.toString());
		assertEquals(0, rest.exit(), rest.out() + rest.err());
		assertTrue(rest.out().contains("overpotential            - (no current flowed)") && !rest.out().contains("NaN"), rest.out());
		try (var files = Files.walk(results.resolve("RestRun"))) {
			for (Path f : files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".json")).toList()) {
				String text = Files.readString(f);
				assertTrue(!text.contains("NaN") && !text.contains("Infinity"), f + " holds NaN or Infinity");
			}
		}
	}

	@Test
	public void runOfAFullCellSummarisesCapacityEfficiencyAndImpedance() throws Exception {
		Result r = stratum("run", examples().resolve("seed-003/seed-003.stratum").toString(), "--simulation", "LfpCycling02Cuf2", "--out",
				dir.resolve("results").toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("(100 discharges)") && r.out().matches("(?s).*Coulombic efficiency +99\\.\\d\\d % \\(mean\\), retention .*"),
				r.out());
		Path folder = dir.resolve("results/LfpCycling02Cuf2");
		List<String> impedance = Files.readAllLines(folder.resolve("impedance.csv"));
		assertEquals("Test Time / s,Frequency / Hz,Re Z / Ohm,Im Z / Ohm,Modulus Z / Ohm,Phase Z / deg", impedance.get(0));
		String[] point = impedance.get(1).split(",");
		double re = Double.parseDouble(point[2]), im = Double.parseDouble(point[3]);
		assertEquals(Math.hypot(re, im), Double.parseDouble(point[4]), 1e-5 * Math.hypot(re, im), "modulus of the Nyquist point");
		assertEquals(Math.toDegrees(Math.atan2(im, re)), Double.parseDouble(point[5]), 1e-3, "phase of the Nyquist point");
		for (String plot : List.of("plots/nyquist.png", "plots/nyquist.svg", "plots/bode.png", "plots/bode.svg")) {
			assertTrue(Files.exists(folder.resolve(plot)), "no " + plot);
		}
		String summary = Files.readString(folder.resolve("summary.json"));
		for (String key : List.of("\"coulombic_efficiency\"", "\"step\": \"CC\"", "\"impedance_fit\"", "\"R_int_ohm\"", "\"capacity_retention\"", "\"mean_coulombic_efficiency\"")) {
			assertTrue(summary.contains(key), "summary.json lacks " + key);
		}
	}

	@Test
	public void runOfAChargeOnlyFullCellPrintsNoMissingFigures() throws Exception {
		Files.copy(examples().resolve("seed-000/full-sc-nano20-llzto-0.2mAh.stack"), dir.resolve("full.stack"));
		Files.writeString(dir.resolve("charge.stratum"), "stack Full = \"full.stack\";\n"
				+ "protocol Charge { sign discharge positive; charge at 1C until 4.2 V; }\nsimulation C { cell Full; protocol Charge; }\n");
		Result r = stratum("run", dir.resolve("charge.stratum").toString(), "--out", dir.resolve("results").toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("simulation C: completed") && !r.out().contains("null") && !r.out().contains("NaN"), r.out());
	}
}
