package org.stratum.solver.physics;

/**
 * A mixed-conducting layer with Butler-Volmer kinetics, solved in full (physics.md section 1): the overpotential
 * {@code eta = phi_e - phi_i} across a layer of thickness L obeys {@code eta'' = a (1/kappa + 1/sigma) j(eta)} with
 * {@code j = 2 i0 sinh(f eta / 2)} per true interface area. Current enters electronically on the Li side
 * ({@code eta'(0) = -i / sigma}) and ionically from the electrolyte, where the flat layer/electrolyte face reacts too
 * ({@code eta'(L) = (i - j(eta(L))) (1/kappa + 1/sigma) - i / sigma}). With linear kinetics this is
 * {@link TransmissionLine}; here finite volumes on a grid refined geometrically toward the electrolyte side, and
 * damped Newton with a tridiagonal Jacobian.
 */
public final class PorousLayer {

	/**
	 * The layer at one current density.
	 *
	 * @param faceOverpotential |eta| at the layer/electrolyte face (what loads the electrolyte's flaws), V
	 * @param drop |phi_e(Li side) - phi_i(electrolyte side)|, the layer's share of the cell voltage, V
	 * @param shares fractions of the current plated on the Li side band, inside the layer and in the face band
	 *        (the flat face included)
	 * @param profile eta at the grid nodes, a starting guess for a nearby current
	 */
	public record Solution(double faceOverpotential, double drop, double[] shares, double[] profile) {
	}

	private static final double GROWTH = 1.04;
	private static final int MAX_NEWTON = 200;

	private final double thickness;
	private final double kappa;
	private final double sigma;
	private final double area;
	private final double i0;
	private final double f;
	private final double band;
	private final double[] x;

	/**
	 * @param thickness layer thickness, m
	 * @param kappa effective ionic conductivity, S/m
	 * @param sigma effective electronic conductivity, S/m
	 * @param areaPerVolume reaction area a = 6 phi / d, 1/m
	 * @param i0 intrinsic exchange current density per true interface area, A/m2
	 * @param temperature K
	 * @param band width of the Li-side and face bands the shares are reported for, m
	 */
	public PorousLayer(double thickness, double kappa, double sigma, double areaPerVolume, double i0, double temperature, double band) {
		this.thickness = thickness;
		this.kappa = kappa;
		this.sigma = sigma;
		this.area = areaPerVolume;
		this.i0 = i0;
		this.f = Constants.f(temperature);
		this.band = band;
		double lambda = new TransmissionLine(thickness, kappa, sigma, areaPerVolume, i0 * f).lambda();
		this.x = grid(thickness, Math.min(lambda, thickness) / 2000);
	}

	/** Nodes from 0 to L, spacing growing geometrically away from x = L, starting at h. */
	private static double[] grid(double length, double h) {
		java.util.List<Double> fromFace = new java.util.ArrayList<>();
		double s = 0;
		double step = h;
		fromFace.add(0.0);
		while (s + step < length) {
			s += step;
			fromFace.add(s);
			step *= GROWTH;
		}
		int n = fromFace.size();
		double[] nodes = new double[n + 1];
		nodes[0] = 0;
		for (int k = 1; k <= n; k++) {
			nodes[k] = length - fromFace.get(n - k);
		}
		return nodes;
	}

	private double reaction(double eta) {
		return 2 * i0 * Math.sinh(f * eta / 2);
	}

	private double reactionSlope(double eta) {
		return i0 * f * Math.cosh(f * eta / 2);
	}

	/** The layer at current density i > 0 (A/m2), starting Newton from guess (null: zero). */
	public Solution solve(double i, double[] guess) {
		double[] eta = guess != null ? guess.clone() : new double[x.length];
		int n = x.length - 1;
		double c = area * (1 / kappa + 1 / sigma);
		double[] lower = new double[n + 1];
		double[] diag = new double[n + 1];
		double[] upper = new double[n + 1];
		double[] r = new double[n + 1];
		double norm = residual(eta, i, c, r);
		double[] trial = new double[n + 1];
		double[] trialResidual = new double[n + 1];
		for (int iteration = 0; iteration < MAX_NEWTON && norm > 1e-10 * i; iteration++) {
			jacobian(eta, c, lower, diag, upper);
			double[] delta = thomas(lower, diag, upper, r);
			double step = 1;
			double trialNorm;
			do { // damped: halve the step until the residual falls
				for (int k = 0; k <= n; k++) {
					trial[k] = eta[k] - step * delta[k];
				}
				trialNorm = residual(trial, i, c, trialResidual);
				step /= 2;
			} while (!(trialNorm < norm) && step > 1e-6);
			if (!(trialNorm < norm)) {
				break; // converged as far as rounding allows
			}
			System.arraycopy(trial, 0, eta, 0, n + 1);
			System.arraycopy(trialResidual, 0, r, 0, n + 1);
			norm = trialNorm;
		}
		if (!(norm <= 1e-6 * i)) {
			throw new ArithmeticException(String.format(java.util.Locale.ROOT,
					"the mixed-conducting layer's reaction distribution did not converge at %.3g A/m2 (residual %.3g A/m2)", i, norm));
		}
		return solution(eta, i, c);
	}

	/** Residuals of the finite-volume balance (flux out minus flux in minus reaction), A/m2; returns the max norm. */
	private double residual(double[] eta, double i, double c, double[] r) {
		int n = x.length - 1;
		double norm = 0;
		for (int k = 0; k <= n; k++) {
			double fluxRight = k < n ? (eta[k + 1] - eta[k]) / (x[k + 1] - x[k]) : (i - reaction(eta[n])) * (1 / kappa + 1 / sigma) - i / sigma;
			double fluxLeft = k > 0 ? (eta[k] - eta[k - 1]) / (x[k] - x[k - 1]) : -i / sigma;
			double width = ((k < n ? x[k + 1] : x[k]) - (k > 0 ? x[k - 1] : x[k])) / 2;
			// scaled by a / c so that the residuals are current densities per geometric area: their sum is the
			// conservation error
			r[k] = area * ((fluxRight - fluxLeft) / c - width * reaction(eta[k]));
			norm = Math.max(norm, Math.abs(r[k]));
		}
		return norm;
	}

	private void jacobian(double[] eta, double c, double[] lower, double[] diag, double[] upper) {
		int n = x.length - 1;
		for (int k = 0; k <= n; k++) {
			double width = ((k < n ? x[k + 1] : x[k]) - (k > 0 ? x[k - 1] : x[k])) / 2;
			double d = -width * reactionSlope(eta[k]);
			lower[k] = 0;
			upper[k] = 0;
			if (k < n) {
				double g = 1 / (x[k + 1] - x[k]) / c;
				upper[k] = g;
				d -= g;
			} else {
				d -= reactionSlope(eta[n]) * (1 / kappa + 1 / sigma) / c; // the flat face's reaction in the boundary flux
			}
			if (k > 0) {
				double g = 1 / (x[k] - x[k - 1]) / c;
				lower[k] = g;
				d -= g;
			}
			diag[k] = d * area;
			lower[k] *= area;
			upper[k] *= area;
		}
	}

	private static double[] thomas(double[] lower, double[] diag, double[] upper, double[] rhs) {
		int n = diag.length;
		double[] d = diag.clone();
		double[] r = rhs.clone();
		for (int k = 1; k < n; k++) {
			double m = lower[k] / d[k - 1];
			d[k] -= m * upper[k - 1];
			r[k] -= m * r[k - 1];
		}
		double[] out = new double[n];
		out[n - 1] = r[n - 1] / d[n - 1];
		for (int k = n - 2; k >= 0; k--) {
			out[k] = (r[k] - upper[k] * out[k + 1]) / d[k];
		}
		return out;
	}

	/** Shares and drops with the same node quadrature as the balance, so the shares sum to 1 to Newton's tolerance. */
	private Solution solution(double[] eta, double i, double c) {
		int n = x.length - 1;
		double[] shares = new double[3];
		double ionic = 0; // i2, the ionic current, summed from the Li side
		double phiDrop = 0; // integral of i2 / kappa
		for (int k = 0; k <= n; k++) {
			double width = ((k < n ? x[k + 1] : x[k]) - (k > 0 ? x[k - 1] : x[k])) / 2;
			double reacted = area * width * reaction(eta[k]);
			shares[x[k] < band ? 0 : x[k] > thickness - band ? 2 : 1] += reacted / i;
			ionic += reacted;
			if (k < n) {
				phiDrop += ionic / kappa * (x[k + 1] - x[k]);
			}
		}
		shares[2] += reaction(eta[n]) / i; // the flat layer/electrolyte face
		return new Solution(Math.abs(eta[n]), Math.abs(eta[0] + phiDrop), shares, eta);
	}
}
