package org.stratum.solver.physics;

/** Physical constants (CODATA 2018) and Li metal's molar volume; everything in the solver is SI. */
public final class Constants {

	/** Faraday constant, C/mol. */
	public static final double F = 96485.33212;
	/** Molar gas constant, J/(mol K). */
	public static final double R = 8.314462618;
	/** Molar volume of Li metal, m3/mol (6.941 g/mol / 0.534 g/cm3). */
	public static final double OMEGA_LI = 6.941e-3 / 534.0;
	/** Li thickness per plated charge, m per (C/m2): Omega / F (4.85 um per mAh/cm2). */
	public static final double LI_THICKNESS_PER_CHARGE = OMEGA_LI / F;

	/** 1 mA/cm2 in A/m2, for reasons and labels that speak a cycler's units. */
	public static final double A_PER_M2_PER_MA_PER_CM2 = 10;
	/** 1 h in s, for reasons that speak a cycler's units. */
	public static final double SECONDS_PER_HOUR = 3600;
	/** 1 mW/cm2 in W/m2. */
	public static final double W_PER_M2_PER_MW_PER_CM2 = 10;

	private Constants() {
	}

	/** F / (R T) in 1/V. */
	public static double f(double temperature) {
		return F / (R * temperature);
	}
}
