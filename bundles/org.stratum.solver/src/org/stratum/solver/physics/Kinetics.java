package org.stratum.solver.physics;

/**
 * Butler-Volmer kinetics at a Li interface: {@code j = i0 [exp(aa f eta) - exp(-ac f eta)]}, and the
 * Arrhenius temperature dependence of i0 and conductivities ({@code x(T) = x(Tref) exp(-Ea/R (1/T - 1/Tref))},
 * Ea per mole).
 */
public final class Kinetics {

	private Kinetics() {
	}

	/** Current density (A/m2) at overpotential eta (V). */
	public static double current(double eta, double i0, double alphaA, double alphaC, double temperature) {
		double f = Constants.f(temperature);
		return i0 * (Math.exp(alphaA * f * eta) - Math.exp(-alphaC * f * eta));
	}

	/** Overpotential (V) for current density j with symmetric transfer coefficients: (2/f) asinh(j / (2 i0)). */
	public static double overpotential(double j, double i0, double temperature) {
		return 2.0 / Constants.f(temperature) * asinh(j / (2.0 * i0));
	}

	/** Symmetric cell, both electrodes alike: 2 (2RT/F) asinh(j / 2 i0) of kinetics in total. */
	public static double symmetricCellKinetics(double j, double i0, double temperature) {
		return 2.0 * overpotential(j, i0, temperature);
	}

	/** A value given at Tref, at T, for molar activation energy ea (J/mol). */
	public static double arrhenius(double valueAtRef, double ea, double tRef, double temperature) {
		return valueAtRef * Math.exp(-ea / Constants.R * (1.0 / temperature - 1.0 / tRef));
	}

	static double asinh(double x) {
		return Math.log(x + Math.sqrt(x * x + 1.0));
	}
}
