package org.stratum.engine.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.engine.build.CellMapper;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.results.ResultUnits;
import org.stratum.model.derive.DerivationException;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.physics.Constants;

/**
 * Ionic conductivity of seed 003's converted CuF2 layer (CuF2 + 2 Li -> Cu + 2 LiF and LiNO3 -> Li3N in its
 * PVDF/LiTFSI/LiNO3 matrix; the library's CuF2 value), from the 15 um layer's R_int before cycling, 92 Ohm
 * (notes 003-4). No cited value exists for this composite, and the paper's mechanism (Li meets Cu and LiF, Li3N
 * carries Li+) says it is not the bare matrix's.
 * <p>
 * Per face the covered part (the layer's path, its Li face included, as for the PVDF coating's value) and the
 * coverage defects (Li|LATP charge transfer) are in parallel: {@code 1 / r = f / R_defect + (1 - f) sigma / L},
 * solved for sigma with r = R_int A / 2. The 12 mm electrode of the example cell is part of the value, as it is of
 * LATP's interphase growth constant; the defect fraction is that of the example's 0.5 um CuF2 particles.
 * <p>
 * The material library holds the value; a test checks that it is this one.
 */
public final class Cuf2LayerCalibration {

	/** Measured R_int of Li|CuF2@LATP|Li (15 um) before cycling, Ohm (both faces, the cell's area). */
	static final double R_INT = 92;

	private Cuf2LayerCalibration() {
	}

	/** The converted layer's ionic conductivity at 25 degC, S/m. */
	public static double layerConductivity() {
		try {
			Cell cell = Calibration.load("seed-003/sym-cuf2-15um-latp.stack");
			StackCell mapped = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>());
			Electrode.Coverage coverage = mapped.working().coverage();
			double perFace = R_INT * mapped.area() / 2;
			double defectPath = Constants.R * mapped.temperature() / (Constants.F * coverage.defectExchangeCurrent());
			double f = coverage.defectFraction();
			double thickness = Geometry.thickness(cell.getLayers().get(1));
			return thickness * (1 / perFace - f / defectPath) / (1 - f);
		} catch (EngineException | IOException | DerivationException e) {
			throw new IllegalStateException("the seed-003 CuF2 cell does not load: " + e.getMessage(), e);
		}
	}

	/** The row for the validation report's table of calibrated constants. */
	public static List<String> describe() {
		return List.of(String.format(Locale.ROOT,
				"| converted CuF2 layer (LiF/Cu, Li3N in PVDF/LiTFSI/LiNO3) ionic conductivity, its Li face included (25 degC) | %.3g S/cm"
						+ " | seed 003 Li/CuF2@LATP/Li (15 um) R_int before cycling, 92 Ohm (12 mm area and 0.5 um CuF2 assumed) |",
				ResultUnits.SIEMENS_PER_CM.fromSI(layerConductivity())));
	}
}
