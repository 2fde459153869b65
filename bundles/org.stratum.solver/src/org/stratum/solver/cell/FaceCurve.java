package org.stratum.solver.cell;

import org.stratum.solver.physics.PorousLayer;

/**
 * A mixed-conducting interlayer's face as a function of current density: the nonlinear {@link PorousLayer}
 * solved once per current on a logarithmic table (1e-3 to 1e5 A/m2, at the cell's temperature) and interpolated
 * in log j, so a run pays no field solve per step. Below the table the layer is linear; above it the overpotentials
 * continue along the last logarithmic slope.
 */
public final class FaceCurve {

	private static final double LOW = 1e-3;
	private static final int PER_DECADE = 6;
	private static final int DECADES = 8;

	private final double[] logCurrent;
	private final double[] faceOverpotential;
	private final double[] drop;
	private final double[][] shares;

	private FaceCurve(double[] logCurrent, double[] faceOverpotential, double[] drop, double[][] shares) {
		this.logCurrent = logCurrent;
		this.faceOverpotential = faceOverpotential;
		this.drop = drop;
		this.shares = shares;
	}

	/** Tabulates the layer, each current starting Newton from the previous profile. */
	public static FaceCurve of(PorousLayer layer) {
		int n = PER_DECADE * DECADES + 1;
		double[] logJ = new double[n];
		double[] eta = new double[n];
		double[] drop = new double[n];
		double[][] shares = new double[n][];
		double[] guess = null;
		for (int k = 0; k < n; k++) {
			logJ[k] = Math.log(LOW) + k * Math.log(10) / PER_DECADE;
			PorousLayer.Solution s = layer.solve(Math.exp(logJ[k]), guess);
			guess = s.profile();
			eta[k] = s.faceOverpotential();
			drop[k] = s.drop();
			shares[k] = s.shares();
		}
		return new FaceCurve(logJ, eta, drop, shares);
	}

	/** |eta| at the layer/electrolyte face at current density magnitude j (A/m2), V. */
	public double faceOverpotential(double j) {
		return at(faceOverpotential, j);
	}

	/** The layer's drop from Li to the electrolyte at current density magnitude j, V. */
	public double drop(double j) {
		return at(drop, j);
	}

	/** Where Li plates at current density magnitude j: Li side band, inside the layer, face band. */
	public double[] shares(double j) {
		int k = index(Math.log(Math.max(j, LOW)));
		double w = Math.min(1, weight(k, Math.log(Math.max(j, LOW))));
		double[] out = new double[3];
		for (int m = 0; m < 3; m++) {
			out[m] = shares[k][m] * (1 - w) + shares[k + 1][m] * w;
		}
		return out;
	}

	/** The apparent exchange current of the whole face (linear limit, j = i0 f eta), A/m2 at the table's temperature. */
	public double apparentExchangeCurrent(double temperature) {
		return Math.exp(logCurrent[0]) / (org.stratum.solver.physics.Constants.f(temperature) * drop[0]);
	}

	private double at(double[] values, double j) {
		double magnitude = Math.abs(j);
		if (magnitude <= Math.exp(logCurrent[0])) {
			return values[0] * magnitude / Math.exp(logCurrent[0]); // linear kinetics below the table
		}
		double log = Math.log(magnitude);
		int k = index(log);
		return values[k] + (values[k + 1] - values[k]) * weight(k, log);
	}

	private int index(double log) {
		int k = (int) Math.floor((log - logCurrent[0]) / (logCurrent[1] - logCurrent[0]));
		return Math.max(0, Math.min(logCurrent.length - 2, k));
	}

	private double weight(int k, double log) {
		return Math.max(0, (log - logCurrent[k]) / (logCurrent[k + 1] - logCurrent[k]));
	}
}
