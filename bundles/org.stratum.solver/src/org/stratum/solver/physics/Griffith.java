package org.stratum.solver.physics;

/**
 * Penetration of Li into surface flaws of a solid electrolyte: Li plated against the electrolyte at a
 * face overpotential eta builds a pressure {@code P = F |eta| / Omega_Li} (about 7.4 MPa per mV) in the
 * flaws; a flaw of loaded length l cracks when {@code Y P sqrt(pi l) >= K_IC}. Stack pressure is carried
 * by the whole interface and is not added to the flaw pressure (a stated assumption).
 */
public final class Griffith {

	/** Geometry factor of a surface (edge) crack. */
	public static final double Y = 1.12;

	private Griffith() {
	}

	/** Pressure (Pa) in Li plated at face overpotential eta (V). */
	public static double pressure(double eta) {
		return Constants.F * Math.abs(eta) / Constants.OMEGA_LI;
	}

	/** Stress intensity (Pa m^0.5) at a flaw of length l loaded by that pressure. */
	public static double stressIntensity(double eta, double flawLength) {
		return Y * pressure(eta) * Math.sqrt(Math.PI * flawLength);
	}

	/** The face overpotential (V) at which a flaw of length l (m) cracks an electrolyte of toughness kic (Pa m^0.5). */
	public static double criticalOverpotential(double kic, double flawLength) {
		return kic * Constants.OMEGA_LI / (Constants.F * Y * Math.sqrt(Math.PI * flawLength));
	}

	/** The flaw length that cracks at a given face overpotential (the inverse, used by calibration). */
	public static double flawLengthFor(double kic, double eta) {
		double root = kic * Constants.OMEGA_LI / (Constants.F * Y * eta);
		return root * root / Math.PI;
	}
}
