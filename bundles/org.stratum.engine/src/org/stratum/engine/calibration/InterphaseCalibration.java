package org.stratum.engine.calibration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.engine.build.CellMapper;
import org.stratum.engine.build.EngineException;

/**
 * The growth constant of LATP's mixed-conducting interphase with Li, fitted on seed 003's bare Li|LATP|Li cell
 * and nowhere else: its interfacial resistance rose from 562 to 1006, 2931 and 4083 Ohm after 100, 200 and 400 h
 * of 0.1 mA/cm2 / 0.1 mAh/cm2 cycling (notes 003-4). A mixed-conducting interphase grows by k per charge passed
 * through each face ({@code dR/dt = k |j|}), so both faces together gain {@code 2 k |j| t}: a least-squares line
 * through the origin of the area-specific rise against time, in closed form. The paper gives Ohm without an area;
 * the area is that of the example cell (12 mm, an estimate), so the constant carries that assumption.
 * <p>
 * The material library holds the value (LATP's {@code liReaction}); a test checks that it is this fit.
 */
public final class InterphaseCalibration {

	/** Hours after which seed 003 measured R_int, and the rise over the 562 Ohm before cycling, Ohm. */
	static final double[] HOURS = { 100, 200, 400 };
	static final double[] RISE = { 1006 - 562, 2931 - 562, 4083 - 562 };
	/** Current density of that cycling, A/m2 (0.1 mA/cm2). */
	static final double CURRENT_DENSITY = 1;

	private InterphaseCalibration() {
	}

	/** The fitted LATP growth constant, Ohm m2 per C/m2. */
	public static double latpGrowthConstant() {
		try {
			double area = CellMapper.symmetric(Calibration.load("seed-003/sym-bare-latp.stack"), Calibration.faceLengths(), new ArrayList<>()).area();
			return fit(area);
		} catch (EngineException | IOException e) {
			throw new IllegalStateException("the seed-003 calibration cell does not load: " + e.getMessage(), e);
		}
	}

	/** Least squares through the origin of area * rise against 2 |j| t. */
	static double fit(double area) {
		double sxy = 0;
		double sxx = 0;
		for (int k = 0; k < HOURS.length; k++) {
			double x = 2 * CURRENT_DENSITY * HOURS[k] * 3600;
			sxy += x * RISE[k] * area;
			sxx += x * x;
		}
		return sxy / sxx;
	}

	/** The row for the validation report's table of calibrated constants. */
	public static List<String> describe() {
		double perMah = latpGrowthConstant() * OHM_M4_PER_C_IN_OHM_CM4_PER_MAH;
		return List.of(String.format(Locale.ROOT,
				"| LATP mixed-conducting interphase growth k | %.3g Ohm cm2 per mAh/cm2 | seed 003 bare Li/LATP/Li R_int after 100/200/400 h (12 mm area assumed) |",
				perMah));
	}

	/** Ohm m4/C expressed in Ohm cm4/mAh: 1e8 cm4 per m4 and 3.6 C per mAh. */
	static final double OHM_M4_PER_C_IN_OHM_CM4_PER_MAH = 1e8 * 3.6;
}
