package org.stratum.engine.calibration;

import java.util.List;
import java.util.Locale;

/**
 * An upper bound on the parabolic growth constant of Li6PS5Cl's interphase with Li (its law from Wenzel et al., Solid
 * State Ionics 2018), fitted on seed 000 and nowhere else: the SC-nano cell's polarisation rose from 8 to 11 mV over
 * 2200 h of 2 mA/cm2 cycling at 55 degC (notes 000-4). Taking all of that rise as this interphase on both faces,
 * {@code 2 j R(t) = dV} gives R per face after 2200 h, and {@code k = R^2 / t} for a film that starts from nothing.
 * <p>
 * The material library holds the value (LPSCl's {@code liReaction}); a test checks that it is this fit.
 */
public final class ArgyroditeInterphaseCalibration {

	/** The polarisation's rise, V, over the cycling's length, s, at its current density, A/m2 (2 mA/cm2). */
	static final double RISE = 11e-3 - 8e-3;
	static final double DURATION = 2200 * 3600.0;
	static final double CURRENT_DENSITY = 20;

	private ArgyroditeInterphaseCalibration() {
	}

	/** The fitted upper bound, Ohm2 m4/s. */
	public static double lpsclGrowthConstant() {
		double perFace = RISE / (2 * CURRENT_DENSITY);
		return perFace * perFace / DURATION;
	}

	/** The row for the validation report's table of calibrated constants. */
	public static List<String> describe() {
		return List.of(String.format(Locale.ROOT,
				"| Li6PS5Cl interphase parabolic growth k (upper bound) | %.3g Ohm2 cm4/h | seed 000 SC-nano polarisation 8 -> 11 mV over 2200 h at 2 mA/cm2, all of it taken as this interphase |",
				lpsclGrowthConstant() * OHM2_M4_PER_S_IN_OHM2_CM4_PER_H));
	}

	/** Ohm2 m4/s expressed in Ohm2 cm4/h: 1e8 cm4 per m4 and 3600 s per h. */
	static final double OHM2_M4_PER_S_IN_OHM2_CM4_PER_H = 1e8 * 3600;
}
