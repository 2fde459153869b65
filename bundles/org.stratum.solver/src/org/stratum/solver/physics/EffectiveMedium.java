package org.stratum.solver.physics;

/**
 * Effective conductivities of composite layers. A conducting phase of volume fraction phi in a poorly
 * conducting matrix follows a percolation law: above the threshold phi_c,
 * {@code sigma = sigma_phase ((phi - phi_c) / (1 - phi_c))^t} with t = 2 (3D); below it the phase only
 * raises the matrix value by {@code (phi_c / (phi_c - phi))^s}, s = 1 (McLachlan's limits). The threshold
 * depends on morphology and size: particles segregated on micrometre carbon grains connect at a few
 * vol%, a random dispersion at about 16 vol% (3D site percolation), and particles comparable to the
 * layer thickness do not form a network.
 */
public final class EffectiveMedium {

	public static final double THRESHOLD_RANDOM = 0.16;
	public static final double THRESHOLD_SEGREGATED = 0.03;
	private static final double EXPONENT_ABOVE = 2.0;
	private static final double EXPONENT_BELOW = 1.0;

	private EffectiveMedium() {
	}

	public static double percolating(double phi, double phiC, double sigmaPhase, double sigmaMatrix) {
		if (phi >= phiC) {
			return sigmaMatrix + sigmaPhase * Math.pow((phi - phiC) / (1 - phiC), EXPONENT_ABOVE);
		}
		return sigmaMatrix * Math.pow(phiC / (phiC - phi), EXPONENT_BELOW);
	}

	/** Bruggeman tortuosity correction of a connected phase: sigma phi^1.5. */
	public static double bruggeman(double sigma, double phi) {
		return sigma * Math.pow(phi, 1.5);
	}
}
