package org.stratum.solver.physics;

/**
 * Newman-Tobias transmission line of a mixed-conducting layer of thickness L, with effective ionic
 * conductivity kappa, electronic conductivity sigma, specific reaction area a (1/m) and linearised
 * kinetics k = i0 F / (R T) (S/m2). Current enters electronically at x = 0 (the Li side) and ionically
 * at x = L (the electrolyte side); the reaction distribution j(x) (A/m3) has a closed form (see
 * {@link #reaction}) with {@code lambda = 1/sqrt(a k (1/kappa + 1/sigma))}.
 */
public final class TransmissionLine {

	private final double thickness;
	private final double kappa;
	private final double sigma;
	private final double lambda;

	public TransmissionLine(double thickness, double kappa, double sigma, double areaPerVolume, double k) {
		this.thickness = thickness;
		this.kappa = kappa;
		this.sigma = sigma;
		this.lambda = 1.0 / Math.sqrt(areaPerVolume * k * (1.0 / kappa + 1.0 / sigma));
	}

	/** Penetration length (m) of the reaction into the layer from its electrolyte side. */
	public double lambda() {
		return lambda;
	}

	/**
	 * Reaction current per volume (A/m3) at depth x (m from the Li side) for total current i (A/m2):
	 * {@code i / (lambda sinh(L/lambda)) [(sigma/(kappa+sigma)) cosh(x/lambda) + (kappa/(kappa+sigma)) cosh((L-x)/lambda)]},
	 * evaluated without overflow or cancellation for any L/lambda.
	 */
	public double reaction(double x, double i) {
		double l = thickness / lambda;
		double toSe = sigma / (kappa + sigma);
		double toLi = kappa / (kappa + sigma);
		return i / lambda * (toSe * coshOverSinh(x / lambda, l) + toLi * coshOverSinh((thickness - x) / lambda, l));
	}

	/** cosh(u) / sinh(l) for 0 <= u <= l, stable for large l. */
	private static double coshOverSinh(double u, double l) {
		return (Math.exp(u - l) + Math.exp(-u - l)) / (1 - Math.exp(-2 * l));
	}

	/** Fraction of the current that reacts between depths from and to (m from the Li side). */
	public double share(double from, double to) {
		int n = 2000;
		double h = (to - from) / n;
		double sum = 0;
		for (int k = 0; k <= n; k++) {
			double w = k == 0 || k == n ? 0.5 : 1.0;
			sum += w * reaction(from + k * h, 1.0);
		}
		return sum * h;
	}

	/**
	 * The same problem solved by finite differences (n cells, direct tridiagonal solve): the ionic current
	 * i2 at the cell faces. A check of the closed form, and the route for the nonlinear case.
	 */
	public double[] ionicCurrentByFiniteDifferences(int n, double i) {
		// i2'' - i2 / lambda^2 = -i kappa / ((kappa + sigma) lambda^2), i2(0) = 0, i2(L) = i
		double h = thickness / n;
		double c = h * h / (lambda * lambda);
		double rhs = -i * kappa / (kappa + sigma) * c;
		double[] lower = new double[n + 1];
		double[] diag = new double[n + 1];
		double[] upper = new double[n + 1];
		double[] r = new double[n + 1];
		diag[0] = 1;
		r[0] = 0;
		diag[n] = 1;
		r[n] = i;
		for (int k = 1; k < n; k++) {
			lower[k] = 1;
			diag[k] = -2 - c;
			upper[k] = 1;
			r[k] = rhs;
		}
		for (int k = 1; k <= n; k++) { // Thomas algorithm
			double m = lower[k] / diag[k - 1];
			diag[k] -= m * upper[k - 1];
			r[k] -= m * r[k - 1];
		}
		double[] x = new double[n + 1];
		x[n] = r[n] / diag[n];
		for (int k = n - 1; k >= 0; k--) {
			x[k] = (r[k] - upper[k] * x[k + 1]) / diag[k];
		}
		return x;
	}

	/** Reaction area per geometric area within the reaction zone: a lambda tanh(L / lambda). */
	public static double areaEnhancement(double areaPerVolume, double lambda, double thickness) {
		return areaPerVolume * lambda * Math.tanh(thickness / lambda);
	}
}
