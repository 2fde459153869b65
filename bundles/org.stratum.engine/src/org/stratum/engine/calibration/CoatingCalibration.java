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

/**
 * Ionic conductivity of seed 003's PVDF/LiTFSI/LiNO3 coating matrix (the library's PVDF value), from the
 * paper's PVDF@LATP control: about 136 mV at 0.1 mA/cm2 (notes 003-4). Everything above the LATP pellet's
 * ohmic drop is put on the two coatings, {@code sigma = L / ((V / j - R_pellet) / 2)}; the faces' charge
 * transfer is neglected, so this is a lower bound. The pellet resistance and the coating thickness are those of
 * the example cell (1 mm and 15 um, both estimates), so the value carries those assumptions.
 * <p>
 * The material library holds the value; a test checks that it is this one.
 */
public final class CoatingCalibration {

	/** Measured polarisation (V) at the current density (A/m2) of the PVDF@LATP control. */
	static final double POLARISATION = 0.136;
	static final double CURRENT_DENSITY = 1;

	private CoatingCalibration() {
	}

	/** The PVDF/LiTFSI/LiNO3 matrix conductivity at 25 degC, S/m. */
	public static double matrixConductivity() {
		try {
			Cell cell = Calibration.load("seed-003/sym-pvdf-latp.stack");
			double pellet = CellMapper.symmetric(cell, Calibration.faceLengths(), new ArrayList<>()).bulkResistance();
			double coating = Geometry.thickness(cell.getLayers().get(1));
			return coating / ((POLARISATION / CURRENT_DENSITY - pellet) / 2);
		} catch (EngineException | IOException | DerivationException e) {
			throw new IllegalStateException("the seed-003 PVDF control cell does not load: " + e.getMessage(), e);
		}
	}

	/** The row for the validation report's table of calibrated constants. */
	public static List<String> describe() {
		return List.of(String.format(Locale.ROOT,
				"| PVDF/LiTFSI/LiNO3 coating ionic conductivity (25 degC) | %.3g S/cm | seed 003 PVDF@LATP control, 136 mV at 0.1 mA/cm2 (1 mm pellet and 15 um coating assumed) |",
				ResultUnits.SIEMENS_PER_CM.fromSI(matrixConductivity())));
	}
}
