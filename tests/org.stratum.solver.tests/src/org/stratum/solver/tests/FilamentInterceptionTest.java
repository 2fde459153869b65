package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.build.CellMapper;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.FilamentInterception;

/**
 * Seed 002's LGPS particles and a filament: the Li a filament spends per length in LPSC1.0-82 against the closed form
 * from the library's LGPS (uptake 23.75, 588.7 g/mol at 2.04 g/cm3) and the stack's particle size, and the filament's
 * speed in the stack model divided by it.
 */
public class FilamentInterceptionTest {

	@Test
	public void theFactorIsTheClosedFormOfTheLibrarysLgps() throws Exception {
		Cell cell = Calibration.load("seed-002/sym-lpsc1.0-82.stack");
		List<String> notes = new ArrayList<>();
		StackCell mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), notes);
		Map<Component, Double> phi = Geometry.volumeFractions((SolidElectrolyte) cell.getLayers().get(1));
		double lgps = phi.entrySet().stream().filter(e -> e.getKey().getMaterial().getId().equals("LGPS")).findFirst().orElseThrow().getValue();
		double molarVolume = 588.7e-3 / 2040;
		double d = 3e-6;
		double expected = 1 - lgps + 23.75 * lgps * d * d * Constants.OMEGA_LI / (4 * 1e-12 * molarVolume);
		assertEquals(expected, mapped.filamentCharge(), 1e-9);
		assertTrue(mapped.filamentCharge() > 1, "3 um LGPS particles cost a 1 um filament more Li than they save: they intercept it");
		assertTrue(notes.stream().anyMatch(n -> n.contains("a filament crosses reacting particles")), notes.toString());
		StackCell pure = CellMapper.symmetric(Calibration.load("seed-002/sym-lpsc1.0.stack"), Calibration.faceLengths(), new ArrayList<>());
		assertEquals(1, pure.filamentCharge(), 0, "a uniform electrolyte");
	}

	@Test
	public void smallParticlesDrawAFilamentThrough() {
		// particles much smaller than the filament cost little Li and the tip skips them: the factor falls below 1
		double term = FilamentInterception.conversionTerm(0.2, 0.1e-6, 23.75, 2.886e-4);
		assertTrue(FilamentInterception.chargeFactor(0.2, term) < 1);
	}

	@Test
	public void theFilamentGrowsSlowerByTheFactor() throws Exception {
		StackCell mixed = CellMapper.symmetric(Calibration.load("seed-002/sym-lpsc1.0-82.stack"), Calibration.faceLengths(), new ArrayList<>());
		StackCell pure = CellMapper.symmetric(Calibration.load("seed-002/sym-lpsc1.0.stack"), Calibration.faceLengths(), new ArrayList<>());
		double j = 10;
		double[] speeds = new double[2];
		StackCell[] cells = { pure, mixed };
		for (int k = 0; k < 2; k++) {
			CellState s = new CellState(cells[k]);
			s.cracked[0] = true;
			double[] dydt = new double[StackCellModel.STATE_SIZE];
			new StackCellModel(cells[k]).derivatives(s, j, dydt);
			speeds[k] = dydt[2];
		}
		assertEquals(StackCellModel.TIP_FOCUSING * j * Constants.LI_THICKNESS_PER_CHARGE, speeds[0], speeds[0] * 1e-12);
		assertEquals(speeds[0] / mixed.filamentCharge(), speeds[1], speeds[0] * 1e-12);
	}
}
