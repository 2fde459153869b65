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
import org.stratum.engine.calibration.ArgyroditeInterphaseCalibration;
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
		assertEquals(Electrode.InterphaseGrowth.PER_CHARGE, mapped.working().interphaseGrowth());
		assertEquals(library, mapped.working().growthConstant(), 0);
	}

	@Test
	public void theLibraryHoldsSeed000sBoundOnTheArgyroditeInterphase() throws Exception {
		Cell cell = Calibration.load("seed-000/sym-bare.stack");
		double library = latp(cell).getLiReaction().getGrowthConstant().toSI();
		double fitted = ArgyroditeInterphaseCalibration.lpsclGrowthConstant();
		assertEquals(fitted, library, fitted * 2e-3, "materials.stacklib's LPSCl growth constant is not the seed-000 bound; rerun the fit and update it");
		StackCell mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		assertEquals(Electrode.InterphaseGrowth.PARABOLIC, mapped.working().interphaseGrowth());
		// R = sqrt(k t) per face: 0.75 Ohm cm2 after 2200 h, a 3 mV rise of the two faces at 2 mA/cm2
		assertEquals(3e-3, 2 * 20 * Math.sqrt(library * 2200 * 3600), 1e-5);
	}

	/**
	 * LGPS grows its interphase parabolically (Wenzel 2016) and much faster than LPSCl; in seed 002's LPSC1.0-82 Li
	 * meets both on their area fractions, and parabolic films in parallel give k = (sum f / sqrt(k_f))^-2.
	 */
	@Test
	public void aMixedElectrolytesInterphasesConductInParallel() throws Exception {
		double lpscl = Calibration.load("seed-000/sym-bare.stack").getLayers().get(1) instanceof SolidElectrolyte se
				? se.getComponents().get(0).getMaterial().getLiReaction().getGrowthConstant().toSI() : Double.NaN;
		Cell lgpsCell = Calibration.load("seed-002/sym-lgps.stack");
		double lgps = latp(lgpsCell).getLiReaction().getGrowthConstant().toSI();
		assertTrue(lgps > 1e6 * lpscl, "LGPS's interphase grows far faster than LPSCl's");
		StackCell pure = CellMapper.symmetric(lgpsCell, Calibration.faceLengths(), new ArrayList<>());
		assertEquals(Electrode.InterphaseGrowth.PARABOLIC, pure.working().interphaseGrowth());
		assertEquals(lgps, pure.working().growthConstant(), lgps * 1e-12);
		Cell mixed = Calibration.load("seed-002/sym-lpsc1.0-82.stack");
		List<String> notes = new ArrayList<>();
		StackCell m = CellMapper.symmetric(mixed, Calibration.faceLengths(), notes);
		Map<org.stratum.model.stack.Component, Double> phi = org.stratum.model.derive.Geometry.volumeFractions((SolidElectrolyte) mixed.getLayers().get(1));
		double sum = 0;
		double total = 0;
		for (var e : phi.entrySet()) {
			sum += e.getValue() / Math.sqrt(e.getKey().getMaterial().getLiReaction().getGrowthConstant().toSI());
			total += e.getValue();
		}
		double expected = Math.pow(sum / total, -2);
		assertEquals(expected, m.working().growthConstant(), expected * 1e-9);
		assertTrue(m.working().growthConstant() < 2 * lpscl, "the LPSCl path carries the face: its interphase grows little faster than pure LPSCl's");
		assertTrue(notes.stream().anyMatch(n -> n.contains("their parabolic interphases combine in parallel")), notes.toString());
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
		assertEquals(Electrode.InterphaseGrowth.PARABOLIC, mapped.working().interphaseGrowth());
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
