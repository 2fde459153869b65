package org.stratum.solver.physics;

/**
 * What reacting particles in an electrolyte (seed 002's LGPS in LPSCl) do to a Li filament growing through it. Where
 * the filament's tip touches such a particle, Li reduces the whole particle to an electron-conducting product
 * (LGPS + 23.75 Li -> Li2S + Li3P + Li-Ge) and the tip then crosses it at once through the product. Along a straight
 * path a fraction {@code phi} lies in particles (the particles' volume fraction), which the filament does not fill,
 * and the path meets {@code 3 phi / 2d} particles per length (the mean chord of spheres of diameter d is 2d/3), each
 * costing {@code z pi d^3 / 6 / V_m} mol of Li. Per length of filament of cross-section {@code pi r_f^2}, over
 * the Li a pure electrolyte needs:
 *
 * <pre>
 * q / q_0 = (1 - phi) + z phi d^2 Omega_Li / (4 r_f^2 V_m)
 * </pre>
 *
 * Below 1 the particles draw the filament through (it skips them); above 1 they intercept it (their conversion
 * costs more Li than the path they save). Several kinds of particle add their terms.
 */
public final class FilamentInterception {

	/**
	 * Radius of a Li filament (m), an estimate: Li-filled cracks and filaments in sulfide electrolytes are imaged about a
	 * micrometre wide. The stack model's tip focusing (electrode area over filaments' cross-section) is a separate
	 * estimate; this one sets the filament's size against the particles'.
	 */
	public static final double FILAMENT_RADIUS = 1e-6;

	private FilamentInterception() {
	}

	/**
	 * The conversion term of one kind of particle: {@code z phi d^2 Omega_Li / (4 r_f^2 V_m)}.
	 *
	 * @param phi the particles' volume fraction in the electrolyte
	 * @param diameter their mean diameter, m
	 * @param uptake mol of Li one formula unit takes up when it reacts completely
	 * @param molarVolume m3 per mol of formula units
	 */
	public static double conversionTerm(double phi, double diameter, double uptake, double molarVolume) {
		return uptake * phi * diameter * diameter * Constants.OMEGA_LI / (4 * FILAMENT_RADIUS * FILAMENT_RADIUS * molarVolume);
	}

	/**
	 * Charge per length of filament over a pure electrolyte's: the path outside the particles plus the conversion
	 * terms of every kind of reacting particle.
	 *
	 * @param particleFraction total volume fraction of the reacting particles
	 * @param conversion sum of their {@link #conversionTerm}s
	 */
	public static double chargeFactor(double particleFraction, double conversion) {
		return 1 - particleFraction + conversion;
	}
}
