package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.calibration.CoatingCalibration;
import org.stratum.engine.calibration.Cuf2LayerCalibration;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.derive.Materials;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Kinetics;

/** Coverage defects of an electron-blocking layer: how many, how the current divides, and seed 003's thickness series. */
public class CoverageDefectTest {

	private static final double RT_F = Constants.R * Cells.T / Constants.F;

	@Test
	public void currentDividesBetweenDefectsAndCoveredPartByTheirResistances() {
		double f = 0.2;
		double i0Defect = 5; // A/m2
		double i0Covered = 50;
		double covered = 0.05; // Ohm m2 of layer
		Electrode e = new Electrode("Li", i0Covered, 1e-6, true, 1e-3, 0, Electrode.InterphaseGrowth.STABLE, 0, new double[] { 1, 0, 0 },
				new Electrode.Coverage(f, i0Defect, covered));
		StackCell cell = Cells.cell(e);
		StackCellModel model = new StackCellModel(cell);
		CellState s = new CellState(cell);
		double rDefect = RT_F / i0Defect;
		double rCovered = RT_F / i0Covered + covered;
		double kappa = 1 / (f + (1 - f) * rDefect / rCovered);
		assertEquals(kappa, model.defectFocusing(s, 0), 1e-12);
		assertEquals(1 / (f / rDefect + (1 - f) / rCovered), model.faceResistance(s, 0), 1e-12, "the paths in parallel");
		double j = 10;
		assertEquals(Kinetics.overpotential(kappa * j, i0Defect, Cells.T), model.faceOverpotential(s, 0, j), 1e-12,
				"flaws are loaded where Li meets the electrolyte, at the defects' current");
		assertTrue(Double.isFinite(model.criticalOverpotential(0)), "defects load flaws although the layer blocks electrons");
		assertEquals(model.faceResistance(s, 0) * 2 + 5e-3, Impedance.circuit(model, s).bulk() + Impedance.circuit(model, s).interfacial(), 1e-12);
	}

	@Test
	public void theDefectFractionIsTheChanceALineCrossesNoBlockingParticle() throws Exception {
		Cell cell = Calibration.load("seed-003/sym-cuf2-15um-latp.stack");
		Interlayer layer = (Interlayer) cell.getLayers().get(1);
		Map<Component, Double> phi = Geometry.volumeFractions(layer);
		Component cuf2 = layer.getComponents().get(0);
		double expected = Math.exp(-1.5 * phi.get(cuf2) / cuf2.getParticleSize().toSI() * Geometry.thickness(layer));
		StackCell mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
		assertEquals(expected, mapped.working().coverage().defectFraction(), 1e-12);
		assertEquals(Calibration.faceLengths().lithiumMetal(), mapped.working().faceFlawLength(), 0, "a defect is a Li-metal face");
	}

	@Test
	public void thickerLayersHaveFewerDefectsButDriveMoreCurrentIntoThem() throws Exception {
		double previousFraction = 1;
		double previousFocusing = 0;
		for (String stack : new String[] { "sym-cuf2-7um-latp.stack", "sym-cuf2-15um-latp.stack", "sym-cuf2-32um-latp.stack" }) {
			StackCell cell = CellMapper.symmetric(Calibration.load("seed-003/" + stack), Calibration.faceLengths(), new ArrayList<>());
			double fraction = cell.working().coverage().defectFraction();
			double focusing = new StackCellModel(cell).defectFocusing(new CellState(cell), 0);
			assertTrue(fraction < previousFraction && focusing > previousFocusing, stack + ": defects " + fraction + ", focusing " + focusing);
			previousFraction = fraction;
			previousFocusing = focusing;
		}
	}

	@Test
	public void theLibraryHoldsTheConvertedLayersConductivityAndTheModelGivesTheMeasuredRint() throws Exception {
		Cell cell = Calibration.load("seed-003/sym-cuf2-15um-latp.stack");
		double derived = Cuf2LayerCalibration.layerConductivity();
		assertEquals(derived, firstComponentsConductivity(cell), derived * 5e-3, "materials.stacklib's CuF2 layer conductivity is not the one seed 003's R_int gives");
		StackCellModel model = model(cell);
		double rInt = Impedance.circuit(model, new CellState(model.cell())).interfacial() / model.cell().area();
		assertEquals(92, rInt, 92 * 5e-3, "the spectrum's R_int of the 15 um cell before cycling, Ohm");
	}

	@Test
	public void theLibraryHoldsTheCoatingConductivityOfSeed003sControl() throws Exception {
		Cell cell = Calibration.load("seed-003/sym-pvdf-latp.stack");
		double derived = CoatingCalibration.matrixConductivity();
		assertEquals(derived, firstComponentsConductivity(cell), derived * 5e-3, "materials.stacklib's PVDF conductivity is not the one seed 003's control gives");
		java.util.List<String> notes = new ArrayList<>();
		StackCellModel model = new StackCellModel(CellMapper.symmetric(cell, Calibration.faceLengths(), notes));
		assertEquals(0.136, Math.abs(model.voltage(new CellState(model.cell()), 1.0)), 0.136 * 5e-3,
				"the control's 136 mV at 0.1 mA/cm2: Li meets the coating, so no Li|LATP charge transfer adds to it");
		assertTrue(notes.stream().anyMatch(n -> n.contains("has no Li|layer kinetics in the library; its conductivity is taken to include its Li face")),
				"the run says what it assumed: " + notes);
	}

	/** The library's ionic conductivity of the first component of the cell's first interlayer, S/m. */
	private static double firstComponentsConductivity(Cell cell) throws Exception {
		Component first = ((Interlayer) cell.getLayers().get(1)).getComponents().get(0);
		return Materials.si(first.getMaterial(), PropertyKind.IONIC_CONDUCTIVITY);
	}

	private static StackCellModel model(Cell cell) throws Exception {
		return new StackCellModel(CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>()));
	}
}
