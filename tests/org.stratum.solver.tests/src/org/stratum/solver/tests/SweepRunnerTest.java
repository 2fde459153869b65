package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.engine.results.CsvTable;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.study.PointResult;
import org.stratum.engine.study.SweepFolder;
import org.stratum.engine.study.SweepRunner;
import org.stratum.engine.study.SweepTable;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;

/** Sweeps run on this machine: their folders, table and plots, resuming, failed points, and each kind of factor taking effect. */
public class SweepRunnerTest {

	@TempDir
	Path dir;

	/** A coarse CCD (1 mA/cm2 steps) on seed 000's SC-nano cell: a point takes milliseconds. */
	private static final String STUDY = """
			stack Nano = "cell.stack";
			protocol Ccd {
				sign plating positive;
				temperature 55 degC;
				log every 60 s;
				ccd { start 1 mA/cm2; increment 1 mA/cm2; end 40 mA/cm2; per step 0.25 mAh/cm2; stop on short below 1 mV; }
			}
			simulation Run { cell Nano; protocol Ccd; model stack; }
			""";

	private Sweep sweep(String sweepText) throws Exception {
		try (InputStream in = Examples.open("seed-000/sym-sc-nano20-llzto.stack")) {
			Files.copy(in, dir.resolve("cell.stack"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Path file = dir.resolve("study.stratum");
		Files.writeString(file, STUDY + sweepText);
		XtextResourceSet set = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		XtextResource r = (XtextResource) set.getResource(URI.createFileURI(file.toString()), true);
		return (Sweep) ((Model) r.getContents().get(0)).getElements().stream().filter(Sweep.class::isInstance).findFirst().orElseThrow();
	}

	private SweepRunner.Result run(Sweep sweep) throws Exception {
		return SweepRunner.run(sweep, dir.resolve("results"), 2, p -> {
		}, () -> false);
	}

	private static final String DESIGN = """
			sweep Design {
				simulation Run;
				vary interlayer.thickness = 10 um, 40 um;
				vary interlayer.fraction of LLZTO-nano balanced by SC = 5 wt%, 30 wt%;
				metrics critical_current_density, short_time;
				expect critical_current_density >= 10 mA/cm2;
			}
			""";

	@Test
	public void aSweepWritesAFolderPerPointATableAndPlots() throws Exception {
		SweepRunner.Result result = run(sweep(DESIGN));
		assertEquals(4, result.count(PointResult.State.DONE), result.results().toString());
		Path root = dir.resolve("results/Design");
		for (int i = 0; i < 4; i++) {
			Path point = root.resolve("points").resolve(String.format("%06d", i));
			assertTrue(Files.isRegularFile(point.resolve("summary.json")) && Files.isRegularFile(point.resolve("timeseries.bdf.csv")), point.toString());
			assertFalse(Files.exists(point.resolve("plots")), "a point leaves its plots to the sweep");
			assertTrue(Files.readString(point.resolve("run.log")).contains("sweep Design point " + i + ": interlayer.thickness = "));
		}
		CsvTable table = CsvTable.read(root.resolve(SweepTable.FILE));
		assertEquals(List.of("point", "interlayer.thickness / um", "interlayer.fraction of LLZTO-nano balanced by SC / wt%", "state", "failure", "reason",
				"critical_current_density / mA/cm2", "short_time / h", "expect critical_current_density >= 10 mA/cm2"), table.columns());
		assertEquals(4, table.rows().size());
		assertEquals(List.of("0", "10", "5", "done", "short"), table.rows().get(0).subList(0, 5));
		assertEquals(List.of("3", "40", "30"), table.rows().get(3).subList(0, 3));
		double[] ccd = table.numbers(6);
		assertTrue(ccd[0] > 0 && ccd[0] == Math.rint(ccd[0]), "a CCD on the 1 mA/cm2 steps: " + ccd[0]);
		assertNotEquals(ccd[0], ccd[1], "the LLZTO share moves the CCD");
		for (List<String> row : table.rows()) {
			double value = Double.parseDouble(row.get(6));
			assertEquals(value >= 10 ? "passed" : "failed", row.get(8), "the expectation's verdict at point " + row.get(0));
		}
		assertTrue(Files.isRegularFile(root.resolve("plots/critical_current_density-vs-interlayer.thickness.png")));
		assertTrue(Files.isRegularFile(root.resolve("plots/short_time-vs-interlayer.fraction-of-LLZTO-nano-balanced-by-SC.svg")));
		assertTrue(Files.readString(root.resolve(SweepFolder.DESCRIPTION)).contains("\"fingerprint\""));
	}

	@Test
	public void aSweepRunAgainRunsOnlyThePointsNotFinishedAndGivesTheSameTable() throws Exception {
		Sweep sweep = sweep(DESIGN);
		run(sweep);
		Path root = dir.resolve("results/Design");
		String first = Files.readString(root.resolve(SweepTable.FILE));
		ResultsWriter.delete(root.resolve("points/000002")); // as a crash or Ctrl+C during point 2 leaves it
		SweepRunner.Result again = run(sweep);
		assertEquals(3, again.reused());
		assertFalse(again.restarted());
		assertEquals(first, Files.readString(root.resolve(SweepTable.FILE)));
	}

	@Test
	public void changedInputsStartTheSweepOver() throws Exception {
		run(sweep(DESIGN));
		SweepRunner.Result changed = run(sweep(DESIGN.replace("40 um", "30 um")));
		assertTrue(changed.restarted());
		assertEquals(0, changed.reused());
		assertEquals(4, changed.count(PointResult.State.DONE));
	}

	@Test
	public void aPointThatCannotRunIsRecordedWithItsReasonAndTheOthersRun() throws Exception {
		// a thickness of 0 is no layer the cell model accepts: that point's cell has an error
		SweepRunner.Result result = run(sweep("sweep Bad { simulation Run; vary interlayer.thickness = 20 um, 0 um, 30 um; metrics critical_current_density; }"));
		assertEquals(2, result.count(PointResult.State.DONE));
		PointResult failed = result.results().get(1);
		assertEquals(PointResult.State.FAILED, failed.state());
		assertFalse(failed.bug());
		assertTrue(failed.reason().contains("the cell has errors") && failed.reason().contains("thickness"), failed.reason());
		List<String> row = CsvTable.read(dir.resolve("results/Bad").resolve(SweepTable.FILE)).rows().get(1);
		assertEquals("failed", row.get(2));
		assertTrue(row.get(4).contains("thickness"), row.toString());
	}

	@Test
	public void protocolAndMaterialFactorsChangeThePointsRunsAndNotTheLibrary() throws Exception {
		SweepRunner.Result steps = run(sweep("sweep Steps { simulation Run; vary protocol ccd.increment = 1 mA/cm2, 3 mA/cm2; metrics critical_current_density; }"));
		double fine = steps.results().get(0).summary().metrics().criticalCurrentDensity() / 10;
		double coarse = steps.results().get(1).summary().metrics().criticalCurrentDensity() / 10;
		assertEquals(0, (coarse - 1) % 3, 1e-9, "with 3 mA/cm2 steps from 1 mA/cm2 the CCD is 1 + 3k: " + coarse);
		assertNotEquals(fine, coarse);

		SweepRunner.Result conductivity = run(sweep(
				"sweep Sigma { simulation Run; vary material LPSCl.ionic_conductivity = 0.1 mS/cm, 10 mS/cm; metrics initial_overpotential; }"));
		double slow = conductivity.results().get(0).summary().metrics().initialOverpotential();
		double fast = conductivity.results().get(1).summary().metrics().initialOverpotential();
		assertTrue(slow > 5 * fast, "a 100x less conducting electrolyte polarises far more: " + slow + " V against " + fast + " V");
		Sweep again = sweep("sweep Sigma { simulation Run; vary material LPSCl.ionic_conductivity = 0.1 mS/cm; }");
		org.stratum.model.stack.Cell cell = org.stratum.engine.SimulationRunner.resolve(again.getSimulation());
		var lpscl = cell.eAllContents();
		double shipped = Double.NaN;
		while (lpscl.hasNext()) {
			if (lpscl.next() instanceof org.stratum.model.stack.Component c && c.getMaterial().getId().equals("LPSCl")) {
				shipped = org.stratum.dsl.study.MaterialValues.value(c.getMaterial(), "ionic_conductivity").orElseThrow().in("S/cm");
			}
		}
		assertEquals(3.57e-3, shipped, 1e-12, "the shipped library keeps its own value");
	}

	@Test
	public void aCountFactorChangesHowOftenARepeatBlockRuns() throws Exception {
		String cycling = """
				protocol Cycling { sign plating positive; temperature 55 degC; repeat 3 { plate at 0.5 mA/cm2 for 0.1 h; strip at 0.5 mA/cm2 for 0.1 h; } }
				simulation Cycle { cell Nano; protocol Cycling; model stack; }
				sweep Cycles { simulation Cycle; vary protocol repeat.count from 2 to 8 steps 3; metrics cycles, end_time; }
				""";
		SweepRunner.Result result = run(sweep(cycling));
		assertEquals(List.of(2, 5, 8), result.results().stream().map(r -> r.summary().metrics().cycles()).toList(), "each point repeats its count's cycles");
		assertEquals(8 * 0.2 * 3600, result.results().get(2).summary().metrics().endTime(), 1, "8 cycles of 0.2 h");
	}
}
