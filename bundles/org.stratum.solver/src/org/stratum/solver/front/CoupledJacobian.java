package org.stratum.solver.front;

import java.util.Arrays;

import org.stratum.solver.multigrid.BlackBoxMultigrid;
import org.stratum.solver.multigrid.GridOperator;
import org.stratum.solver.multigrid.NotConvergedException;

/**
 * The Newton matrix of {@link CoupledPotentials}: each network's conductances plus its reaction conductances on the
 * diagonal, and the reaction edges between the networks. Symmetric positive definite; solved by CG with a block
 * preconditioner, one multigrid V-cycle per network.
 */
final class CoupledJacobian {

	/** Reduction of the preconditioned residual of each solve, and the iterations allowed for it. */
	private static final double CG_REDUCTION = 1e-11;
	private static final int MAX_CG = 1000;

	/** Reaction faces: the electron-conducting and the ion-conducting cell of each. */
	private final int[] faceE, faceI;
	final GridOperator e, i;
	/** Reaction conductance per face, A/(m V). */
	final double[] g;
	private final int n;
	/** CG iterations of every solve so far. */
	private int iterations;
	/** The networks' multigrid hierarchies, built at the first solve (listing the entries needs none). */
	private BlackBoxMultigrid mgE, mgI;

	/** The floating pieces of each network, corrected on top of the V-cycle. */
	private final FloatingPieces piecesE, piecesI;

	CoupledJacobian(GridOperator e, GridOperator i, int[] faceE, int[] faceI, double[] g, Islands islandsE, Islands islandsI) {
		this.e = e;
		this.i = i;
		this.faceE = faceE;
		this.faceI = faceI;
		this.g = g;
		this.n = e.size();
		this.piecesE = new FloatingPieces(e, islandsE);
		this.piecesI = new FloatingPieces(i, islandsI);
	}

	/** CG iterations of every solve so far. */
	int iterations() {
		return iterations;
	}

	private void apply(double[] x, double[] out) {
		double[] xe = Arrays.copyOfRange(x, 0, n);
		double[] xi = Arrays.copyOfRange(x, n, 2 * n);
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
		double[] ze = new double[n];
		double[] zi = new double[n];
		double[] re = Arrays.copyOfRange(r, 0, n);
		double[] ri = Arrays.copyOfRange(r, n, 2 * n);
		mgE.cycle(re, ze);
		mgI.cycle(ri, zi);
		piecesE.correct(re, ze);
		piecesI.correct(ri, zi);
		double[] z = new double[2 * n];
		System.arraycopy(ze, 0, z, 0, n);
		System.arraycopy(zi, 0, z, n, n);
		return z;
	}

	/** Solves for both networks' unknowns (electronic first, then ionic). */
	double[] solve(double[] rhsE, double[] rhsI) {
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
			iterations++;
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
