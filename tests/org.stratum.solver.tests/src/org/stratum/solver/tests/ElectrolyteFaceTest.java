package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.InterfaceKinetics;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.physics.Kinetics;

/** Li against a composite electrolyte (seed 002's LGPS in LPSCl): every Li|phase face acts in parallel on its area fraction. */
public class ElectrolyteFaceTest {

	private static double intrinsicAt(Material m, double temperature) {
		InterfaceKinetics k = m.getKinetics().get(0);
		double ea = k.getActivationEnergy().toSI() * 6.02214076e23;
		return Kinetics.arrhenius(k.getExchangeCurrentDensity().toSI(), ea, k.getTemperature().toSI(), temperature);
	}

	@Test
	public void aCompositeElectrolytesExchangeCurrentIsTheAreaWeightedMeanOfItsPhases() throws Exception {
		Cell pure = Calibration.load("seed-002/sym-lpsc1.0.stack");
		Cell composite = Calibration.load("seed-002/sym-lpsc1.0-82.stack");
		double t = pure.getTemperature().toSI();
		StackCell pureCell = CellMapper.symmetric(pure, Calibration.faceLengths(), new ArrayList<>());
		List<String> notes = new ArrayList<>();
		StackCell compositeCell = CellMapper.symmetric(composite, Calibration.faceLengths(), notes);
		SolidElectrolyte se = (SolidElectrolyte) composite.getLayers().get(1);
		Map<Component, Double> phi = Geometry.volumeFractions(se);
		double weighted = 0, total = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			weighted += e.getValue() * intrinsicAt(e.getKey().getMaterial(), t);
			total += e.getValue();
		}
		Material lpscl = ((SolidElectrolyte) pure.getLayers().get(1)).getComponents().get(0).getMaterial();
		assertEquals(intrinsicAt(lpscl, t), pureCell.working().exchangeCurrent(), 1e-9 * pureCell.working().exchangeCurrent());
		assertEquals(weighted / total, compositeCell.working().exchangeCurrent(), 1e-9 * weighted / total);
		assertTrue(Math.abs(compositeCell.working().exchangeCurrent() / pureCell.working().exchangeCurrent() - 1) > 0.05,
				"LGPS particles change the face's kinetics");
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("Li meets the electrolyte's phases in parallel: ") && n.contains("LGPS")), notes.toString());
	}
}
