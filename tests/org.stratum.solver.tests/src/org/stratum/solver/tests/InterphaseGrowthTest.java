package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.calibration.InterphaseCalibration;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.StackCell;

/** Interphase growth from the material library through a run: seed 003's LATP rise and the LiF/Cu layer that slows it. */
public class InterphaseGrowthTest {

	@TempDir
	Path dir;

	private static Material latp(Cell cell) {
		return ((SolidElectrolyte) cell.getLayers().get(1)).getComponents().get(0).getMaterial();
	}

	@Test
	public void theLibraryHoldsTheFittedLatpConstant() throws Exception {
		Cell cell = Calibration.load("seed-003/sym-bare-latp.stack");
		double library = latp(cell).getLiReaction().getGrowthConstant().toSI();
		double fitted = InterphaseCalibration.latpGrowthConstant();
		assertEquals(fitted, library, fitted * 2e-3, "materials.stacklib's LATP growth constant is not the seed-003 fit; rerun the fit and update it");
		StackCell mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		assertEquals(Electrode.InterphaseGrowth.MIXED_CONDUCTING, mapped.working().interphaseGrowth());
		assertEquals(library, mapped.working().growthConstant(), 0);
	}

	@Test
	public void aReactingMaterialWithoutConstantIsHeldConstantAndSaysSo() throws Exception {
		Cell cell = Calibration.load("seed-003/sym-bare-latp.stack");
		latp(cell).getLiReaction().setGrowthConstant(null);
		List<String> notes = new ArrayList<>();
		StackCell mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), notes);
		assertEquals(Electrode.InterphaseGrowth.STABLE, mapped.working().interphaseGrowth());
		assertTrue(notes.stream().anyMatch(n -> n.contains("'LATP' reacts with Li (mixed-conducting) but the library gives no growth constant")), notes.toString());
		latp(cell).getLiReaction().setKind(LiReactionKind.PASSIVATING);
		latp(cell).getLiReaction().setGrowthConstant(new org.stratum.model.units.Quantity("100 Ohm2 cm4/h"));
		mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), notes);
		assertEquals(Electrode.InterphaseGrowth.PASSIVATING, mapped.working().interphaseGrowth());
		assertEquals(100 * 1e-8 / 3600, mapped.working().growthConstant(), 1e-18);
	}

	/** R_int in Ohm at each spectrum of a run's summary, by hour. */
	private static Map<Double, Double> interfacialResistance(SimulationRunner.Outcome o) {
		Map<Double, Double> byHour = new java.util.TreeMap<>();
		for (RunMetrics.CircuitFit fit : o.metrics().impedanceFit()) {
			byHour.put(fit.time() / 3600, fit.interfacialResistance());
		}
		return byHour;
	}

	@Test
	public void seed003BareLatpInterphaseGrowsWhileLiFCuKeepsItFlat() throws Exception {
		Map<String, Simulation> sims = SeedSimulations.load(dir, "seed-003/seed-003.stratum");
		SimulationRunner.Outcome bare = SimulationRunner.run(sims.get("CyclingBareLatp"), dir.resolve("results"), f -> {
		}, () -> false);
		Map<Double, Double> r = interfacialResistance(bare);
		double area = Math.PI * 6e-3 * 6e-3;
		double k = InterphaseCalibration.latpGrowthConstant();
		for (double hours : new double[] { 100, 200, 400 }) {
			// every face passes 0.1 mA/cm2 all the time: both together gain 2 k |j| t
			double expected = r.get(0.0) + 2 * k * 1.0 * hours * 3600 / area;
			assertEquals(expected, r.get(hours), expected * 0.02, "R_int after " + hours + " h");
		}
		assertTrue(r.get(400.0) > 5 * r.get(0.0), "bare LATP's interphase must dominate after 400 h: " + r);
		SimulationRunner.Outcome cuf2 = SimulationRunner.run(sims.get("CyclingCuf2"), dir.resolve("results"), f -> {
		}, () -> false);
		Map<Double, Double> layer = interfacialResistance(cuf2);
		double bareRise = r.get(400.0) / r.get(0.0);
		double layerRise = layer.get(400.0) / layer.get(0.0);
		assertTrue(layerRise > 1 && layerRise < 1.5 && bareRise > 3 * layerRise,
				"the LiF/Cu layer leaves LATP to Li only at its coverage defects: R_int x" + layerRise + " against bare x" + bareRise);
	}
}
