package org.stratum.solver.front;

import java.util.ArrayList;
import java.util.List;

import org.stratum.solver.multigrid.BlackBoxMultigrid;
import org.stratum.solver.multigrid.GridOperator;
import org.stratum.solver.multigrid.NotConvergedException;
import org.stratum.solver.physics.Constants;

/**
 * The electronic potential {@code phi_e} and the ionic potential {@code phi_i} of a phase map under a galvanostatic
 * current, coupled by Butler-Volmer reactions across every face where an electron conductor (Li, carbon) meets an
 * ion conductor (the electrolyte, LLZTO). The electrode's current collector (the bottom side) holds {@code phi_e}
 * at the electrode potential V, an output; the counter side (the top) holds {@code phi_i} at 0. Damped Newton on
 * both networks and V together: each step solves the Jacobian, a conductance network over 2N nodes whose reaction
 * edges conduct {@code dI/d eta}, for two right-hand sides (the residual and the response to V) by conjugate
 * gradients preconditioned with one multigrid V-cycle per network.
 */
public final class CoupledPotentials {

	/** Newton stops when the applied current is met to this fraction and the potentials move by less than this, V. */
	private static final double CURRENT_TOLERANCE = 1e-9;
	private static final double POTENTIAL_TOLERANCE = 1e-9;
	/** No Newton step changes an overpotential by more than this, V: the exponentials stay in their trust region. */
	private static final double MAX_STEP = 0.05;
	private static final int MAX_NEWTON = 60;
	/** Reduction of the preconditioned residual of each linear solve, and the iterations allowed for it. */
	private static final double CG_REDUCTION = 1e-11;
	private static final int MAX_CG = 1000;

	private final int nx, ny;
	private final double h;
	private final double[] sigmaE, sigmaI;
	private final double i0, alpha, f;
	/** Reaction faces: the electron-conducting cell and the ion-conducting cell of each. */
	private final int[] faceE, faceI;
	private final GridOperator baseE, baseI;
	/** The electronic potential relative to the electrode ({@code phi_e - V}) and the ionic potential, per cell, V. */
	private final double[] phiE, phiI;
	private double electrodePotential;
	/** Newton steps and CG iterations (summed over all linear solves) of the last solve. */
	private int newtonSteps, linearIterations;

	/**
	 * @param h cell size, m
	 * @param sigmaE electronic conductivity per cell (index {@code j * nx + i}), S/m
	 * @param sigmaI ionic conductivity per cell, S/m
	 * @param exchangeCurrentDensity i0 of the Li | conductor reaction, A/m2
	 * @param alpha cathodic transfer coefficient
	 * @param temperature K
	 */
	public CoupledPotentials(int nx, int ny, double h, double[] sigmaE, double[] sigmaI, double exchangeCurrentDensity, double alpha, double temperature) {
		this.nx = nx;
		this.ny = ny;
		this.h = h;
		this.sigmaE = sigmaE.clone();
		this.sigmaI = sigmaI.clone();
		this.i0 = exchangeCurrentDensity;
		this.alpha = alpha;
		this.f = Constants.f(temperature);
		List<int[]> faces = new ArrayList<>();
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				if (!electronic(p)) {
					continue;
				}
				int[][] neighbours = { { i - 1, j }, { i + 1, j }, { i, j - 1 }, { i, j + 1 } };
				for (int[] q : neighbours) {
					if (q[0] >= 0 && q[0] < nx && q[1] >= 0 && q[1] < ny && ionic(q[1] * nx + q[0])) {
						faces.add(new int[] { p, q[1] * nx + q[0] });
					}
				}
			}
		}
		faceE = faces.stream().mapToInt(face -> face[0]).toArray();
		faceI = faces.stream().mapToInt(face -> face[1]).toArray();
		baseE = GridOperator.conductance(nx, ny, this.sigmaE, true, false);
		baseI = GridOperator.conductance(nx, ny, this.sigmaI, false, true);
		phiE = new double[nx * ny];
		phiI = new double[nx * ny];
	}

	/** A cell that conducts electrons better than ions: Li, carbon. */
	private boolean electronic(int p) {
		return sigmaE[p] > sigmaI[p];
	}

	/** A cell that conducts ions better than electrons: the electrolyte, LLZTO. */
	private boolean ionic(int p) {
		return sigmaI[p] > sigmaE[p];
	}

	/** Number of reaction faces. */
	public int faces() {
		return faceE.length;
	}

	/** Cathodic (plating) current density across a face at overpotential eta = phi_e - phi_i, A/m2. */
	double cathodic(double eta) {
		return i0 * (Math.exp(-alpha * f * eta) - Math.exp((1 - alpha) * f * eta));
	}

	/** d(cathodic)/d(eta), A/(m2 V): negative. */
	private double cathodicSlope(double eta) {
		return -i0 * f * (alpha * Math.exp(-alpha * f * eta) + (1 - alpha) * Math.exp((1 - alpha) * f * eta));
	}

	/** Overpotential of reaction face k, V. */
	public double overpotential(int k) {
		return phiE[faceE[k]] + electrodePotential - phiI[faceI[k]];
	}

	/** Plating current density across reaction face k, A/m2. */
	public double faceCurrentDensity(int k) {
		return cathodic(overpotential(k));
	}

	/** Newton steps the last solve took. */
	public int newtonSteps() {
		return newtonSteps;
	}

	/** CG iterations of all linear solves of the last solve. */
	public int linearIterations() {
		return linearIterations;
	}

	/** The electrode potential of the last solve, V. */
	public double electrodePotential() {
		return electrodePotential;
	}

	/** The electronic potential per cell, V. */
	public double[] electronicPotential() {
		double[] absolute = phiE.clone();
		for (int p = 0; p < absolute.length; p++) {
			absolute[p] += electrodePotential;
		}
		return absolute;
	}

	/** The ionic potential per cell, V. */
	public double[] ionicPotential() {
		return phiI.clone();
	}

	/**
	 * Current per unit depth (A/m) crossing the horizontal line between rows j-1 and j upwards in either network
	 * (downwards is positive: the way plating current flows from the counter side to the collector).
	 */
	public double currentAcross(int j) {
		double s = 0;
		for (int i = 0; i < nx; i++) {
			int below = (j - 1) * nx + i;
			int above = j * nx + i;
			s += GridOperator.harmonic(sigmaE[below], sigmaE[above]) * (phiE[above] - phiE[below]);
			s += GridOperator.harmonic(sigmaI[below], sigmaI[above]) * (phiI[above] - phiI[below]);
		}
		for (int k = 0; k < faceE.length; k++) { // a reaction across this line carries current from one network to the other
			int e = faceE[k];
			int i = faceI[k];
			if (e / nx == j - 1 && i / nx == j) {
				s += h * cathodic(overpotential(k));
			} else if (i / nx == j - 1 && e / nx == j) {
				s -= h * cathodic(overpotential(k));
			}
		}
		return s;
	}

	/**
	 * Solves for the potentials that carry the applied plating current density (A/m2 over the collector's width),
	 * starting from the last solution. The electronic unknowns are potentials relative to the electrode
	 * ({@code phi_e - V}): across Li metal they differ by 1e-14 V, which a difference of absolute potentials near V
	 * would lose to rounding. The applied current is met as the sum of the reaction currents.
	 *
	 * @return the electrode potential, V
	 * @throws NotConvergedException when Newton or a linear solve does not converge
	 */
	public double solveGalvanostatic(double currentDensity) {
		int n = nx * ny;
		double applied = currentDensity * nx * h;
		linearIterations = 0;
		for (int iteration = 1; iteration <= MAX_NEWTON; iteration++) {
			newtonSteps = iteration;
			double[] fE = new double[n];
			double[] fI = new double[n];
			baseE.apply(phiE, fE);
			baseI.apply(phiI, fI);
			double reacting = 0;
			for (int k = 0; k < faceE.length; k++) {
				double current = h * cathodic(overpotential(k)); // from the ionic node into the electronic one
				reacting += current;
				fE[faceE[k]] -= current;
				fI[faceI[k]] += current;
			}
			double mismatch = reacting - applied;
			Jacobian jacobian = jacobian();
			double[] g = jacobian.g;
			double[] dFdV = new double[2 * n];
			double gSum = 0;
			for (int k = 0; k < faceE.length; k++) {
				gSum += g[k];
				dFdV[faceE[k]] += g[k];
				dFdV[n + faceI[k]] -= g[k];
			}
			double[] y = jacobian.solve(negate(fE), negate(fI));
			double[] z = jacobian.solve(java.util.Arrays.copyOfRange(dFdV, 0, n), java.util.Arrays.copyOfRange(dFdV, n, 2 * n));
			double gy = 0;
			double gz = 0;
			for (int k = 0; k < faceE.length; k++) {
				gy += g[k] * (y[faceE[k]] - y[n + faceI[k]]);
				gz += g[k] * (z[faceE[k]] - z[n + faceI[k]]);
			}
			double dV = (gy - mismatch) / (gz - gSum);
			double[] step = new double[2 * n];
			for (int p = 0; p < 2 * n; p++) {
				step[p] = y[p] - dV * z[p];
			}
			double largest = Math.abs(dV);
			for (int k = 0; k < faceE.length; k++) {
				largest = Math.max(largest, Math.abs(step[faceE[k]] + dV - step[n + faceI[k]]));
			}
			double damping = Math.min(1, MAX_STEP / Math.max(largest, Double.MIN_NORMAL));
			for (int p = 0; p < n; p++) {
				phiE[p] += damping * step[p];
				phiI[p] += damping * step[n + p];
			}
			electrodePotential += damping * dV;
			if (damping == 1 && largest < POTENTIAL_TOLERANCE && Math.abs(mismatch) <= CURRENT_TOLERANCE * Math.abs(applied)) {
				return electrodePotential;
			}
		}
		throw new NotConvergedException("the potentials did not converge in " + MAX_NEWTON + " Newton steps at " + currentDensity + " A/m2");
	}

	/** The Newton matrix at the present potentials: each network's conductances plus the reaction edges between them. */
	private Jacobian jacobian() {
		int n = nx * ny;
		double[] g = new double[faceE.length];
		double[] extraE = new double[n];
		double[] extraI = new double[n];
		for (int k = 0; k < faceE.length; k++) {
			g[k] = -h * cathodicSlope(overpotential(k));
			extraE[faceE[k]] += g[k];
			extraI[faceI[k]] += g[k];
		}
		return new Jacobian(GridOperator.conductance(nx, ny, sigmaE, true, false, extraE), GridOperator.conductance(nx, ny, sigmaI, false, true, extraI),
				g);
	}

	/**
	 * Every entry of the Newton matrix at the present potentials (electronic unknowns 0 .. N-1, ionic N .. 2N-1),
	 * for comparing linear solvers on the very system this one solves.
	 */
	public void forEachJacobianEntry(GridOperator.EntryConsumer entries) {
		Jacobian j = jacobian();
		int n = nx * ny;
		j.e.forEachEntry(0, entries);
		j.i.forEachEntry(n, entries);
		for (int k = 0; k < faceE.length; k++) {
			entries.accept(faceE[k], n + faceI[k], -j.g[k]);
			entries.accept(n + faceI[k], faceE[k], -j.g[k]);
		}
	}

	/** Solves the Newton matrix at the present potentials for a right-hand side (2N: electronic, then ionic), setup included. */
	public double[] solveJacobian(double[] rhs) {
		int n = nx * ny;
		return jacobian().solve(java.util.Arrays.copyOfRange(rhs, 0, n), java.util.Arrays.copyOfRange(rhs, n, 2 * n));
	}

	private static double[] negate(double[] v) {
		double[] out = new double[v.length];
		for (int p = 0; p < v.length; p++) {
			out[p] = -v[p];
		}
		return out;
	}

	/**
	 * The Newton matrix: each network's conductances plus its reaction conductances on the diagonal, and the reaction
	 * edges between the networks. Symmetric positive definite; CG with a block preconditioner (one V-cycle per network).
	 */
	private final class Jacobian {

		private final GridOperator e, i;
		/** Reaction conductance per face, A/(m V). */
		private final double[] g;
		/** The networks' multigrid hierarchies, built at the first solve (listing the entries needs none). */
		private BlackBoxMultigrid mgE, mgI;

		Jacobian(GridOperator e, GridOperator i, double[] g) {
			this.e = e;
			this.i = i;
			this.g = g;
		}

		private void apply(double[] x, double[] out) {
			int n = nx * ny;
			double[] xe = java.util.Arrays.copyOfRange(x, 0, n);
			double[] xi = java.util.Arrays.copyOfRange(x, n, 2 * n);
			double[] ye = new double[n];
			double[] yi = new double[n];
			e.apply(xe, ye);
			i.apply(xi, yi);
			for (int k = 0; k < faceE.length; k++) {
				ye[faceE[k]] -= g[k] * xi[faceI[k]];
				yi[faceI[k]] -= g[k] * xe[faceE[k]];
			}
			System.arraycopy(ye, 0, out, 0, n);
			System.arraycopy(yi, 0, out, n, n);
		}

		private double[] precondition(double[] r) {
			if (mgE == null) {
				mgE = new BlackBoxMultigrid(e);
				mgI = new BlackBoxMultigrid(i);
			}
			int n = nx * ny;
			double[] ze = new double[n];
			double[] zi = new double[n];
			mgE.cycle(java.util.Arrays.copyOfRange(r, 0, n), ze);
			mgI.cycle(java.util.Arrays.copyOfRange(r, n, 2 * n), zi);
			double[] z = new double[2 * n];
			System.arraycopy(ze, 0, z, 0, n);
			System.arraycopy(zi, 0, z, n, n);
			return z;
		}

		/** Solves for both networks' unknowns (electronic first, then ionic). */
		double[] solve(double[] rhsE, double[] rhsI) {
			int n = nx * ny;
			double[] b = new double[2 * n];
			System.arraycopy(rhsE, 0, b, 0, n);
			System.arraycopy(rhsI, 0, b, n, n);
			double[] x = new double[2 * n];
			double[] r = b.clone();
			double start = Math.sqrt(dot(r, precondition(r)));
			if (start == 0) {
				return x;
			}
			double[] z = precondition(r);
			double[] d = z.clone();
			double[] q = new double[2 * n];
			double rz = dot(r, z);
			for (int k = 1; k <= MAX_CG; k++) {
				apply(d, q);
				double dq = dot(d, q);
				if (!(dq > 0)) {
					throw new NotConvergedException("the coupled potential solve broke down after " + k + " iterations");
				}
				double a = rz / dq;
				for (int p = 0; p < 2 * n; p++) {
					x[p] += a * d[p];
					r[p] -= a * q[p];
				}
				linearIterations++;
				z = precondition(r);
				double rzNext = dot(r, z);
				if (Math.sqrt(Math.abs(rzNext)) <= CG_REDUCTION * start) {
					return x;
				}
				double beta = rzNext / rz;
				rz = rzNext;
				for (int p = 0; p < 2 * n; p++) {
					d[p] = z[p] + beta * d[p];
				}
			}
			throw new NotConvergedException("the coupled potential solve did not converge in " + MAX_CG + " iterations");
		}

		private double dot(double[] a, double[] b) {
			double s = 0;
			for (int p = 0; p < a.length; p++) {
				s += a[p] * b[p];
			}
			return s;
		}
	}
}
