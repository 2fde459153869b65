package org.stratum.solver.multigrid;

import java.util.ArrayList;
import java.util.List;

/**
 * Multigrid for the potential equations of the front model, robust at conductivity contrasts of 1e17 (Li metal
 * against a solid electrolyte's electronic conductivity): operator-dependent interpolation ({@link Prolongation}),
 * Galerkin coarse operators, four-colour Gauss-Seidel smoothing and a direct solve on the coarsest grid. One
 * V-cycle is symmetric (colours forward before, backward after the coarse correction), so it serves as the
 * preconditioner of {@link #solve conjugate gradients}.
 *
 * <p>Written here because no library on Maven Central offers multigrid for high-contrast problems on the JVM.
 */
public final class BlackBoxMultigrid {

	/** Grids are coarsened while both sides have at least this many cells. */
	private static final int MIN_SIDE = 4;
	/** Smoothing sweeps before and after each coarse correction. */
	private static final int SWEEPS = 2;

	private final List<GridOperator> operators = new ArrayList<>();
	private final List<Prolongation> prolongations = new ArrayList<>();
	private final DenseSolver coarsest;

	/** Builds the grid hierarchy of the operator. */
	public BlackBoxMultigrid(GridOperator fine) {
		GridOperator a = fine;
		operators.add(a);
		while (a.nx >= 2 * MIN_SIDE && a.ny >= 2 * MIN_SIDE) {
			Prolongation p = new Prolongation(a);
			prolongations.add(p);
			a = p.coarseOperator(a);
			operators.add(a);
		}
		coarsest = new DenseSolver(a);
	}

	/** Bytes the hierarchy holds: operators, interpolation and the coarsest grid's factors. */
	public long bytes() {
		long bytes = 0;
		for (GridOperator a : operators) {
			bytes += 8L * (a.off.length + a.excess.length + a.diagonal.length);
		}
		for (Prolongation p : prolongations) {
			bytes += 4L * p.coarse.length + 8L * p.weight.length;
		}
		return bytes + coarsest.bytes();
	}

	/** Number of grids, the finest included. */
	public int levels() {
		return operators.size();
	}

	/** One V-cycle on A u = b, improving u in place. */
	public void cycle(double[] b, double[] u) {
		cycle(0, b, u);
	}

	private void cycle(int level, double[] b, double[] u) {
		GridOperator a = operators.get(level);
		if (level == operators.size() - 1) {
			coarsest.solve(b, u);
			return;
		}
		for (int s = 0; s < SWEEPS; s++) {
			a.smooth(b, u, false);
		}
		double[] r = new double[a.size()];
		a.residual(b, u, r);
		Prolongation p = prolongations.get(level);
		GridOperator coarse = operators.get(level + 1);
		double[] rc = new double[coarse.size()];
		p.restrict(r, rc);
		double[] ec = new double[coarse.size()];
		cycle(level + 1, rc, ec);
		p.prolongAdd(ec, u);
		for (int s = 0; s < SWEEPS; s++) {
			a.smooth(b, u, true);
		}
	}

	/** The residual's size in the norm the solver reports: each cell's residual over the square root of its diagonal. */
	public double residualNorm(double[] b, double[] u) {
		GridOperator a = operators.get(0);
		double[] r = new double[a.size()];
		a.residual(b, u, r);
		return scaledNorm(a, r);
	}

	private static double scaledNorm(GridOperator a, double[] r) {
		return Math.sqrt(Rows.sum(a.ny, a.size(), j -> {
			double s = 0;
			for (int p = j * a.nx; p < (j + 1) * a.nx; p++) {
				if (a.diagonal[p] > 0) {
					s += r[p] * r[p] / a.diagonal[p];
				}
			}
			return s;
		}));
	}

	/**
	 * Solves A u = b by conjugate gradients preconditioned with one V-cycle, from the given u, until the scaled
	 * residual has fallen by {@code reduction}.
	 *
	 * @return the iterations taken
	 * @throws NotConvergedException when {@code maxIterations} do not reach the reduction, or the iteration breaks down
	 */
	public int solve(double[] b, double[] u, double reduction, int maxIterations) {
		GridOperator a = operators.get(0);
		int n = a.size();
		double[] r = new double[n];
		a.residual(b, u, r);
		double start = scaledNorm(a, r);
		if (start == 0) {
			return 0;
		}
		double[] z = new double[n];
		cycle(0, r, z);
		double[] d = z.clone();
		double[] q = new double[n];
		double rz = dot(a, r, z);
		for (int k = 1; k <= maxIterations; k++) {
			a.apply(d, q);
			double dq = dot(a, d, q);
			if (!(dq > 0) || !Double.isFinite(rz)) {
				throw new NotConvergedException("conjugate gradients broke down after " + k + " iterations (d.Ad = " + dq + ")");
			}
			double alpha = rz / dq;
			Rows.forEach(a.ny, n, j -> {
				for (int p = j * a.nx; p < (j + 1) * a.nx; p++) {
					u[p] += alpha * d[p];
					r[p] -= alpha * q[p];
				}
			});
			if (scaledNorm(a, r) <= reduction * start) {
				return k;
			}
			java.util.Arrays.fill(z, 0);
			cycle(0, r, z);
			double rzNext = dot(a, r, z);
			double beta = rzNext / rz;
			rz = rzNext;
			Rows.forEach(a.ny, n, j -> {
				for (int p = j * a.nx; p < (j + 1) * a.nx; p++) {
					d[p] = z[p] + beta * d[p];
				}
			});
		}
		throw new NotConvergedException(maxIterations + " iterations reduced the residual only by " + scaledNorm(a, r) / start);
	}

	/** x . y, summed row by row in order (the same on any number of threads). */
	private static double dot(GridOperator a, double[] x, double[] y) {
		return Rows.sum(a.ny, a.size(), j -> {
			double s = 0;
			for (int p = j * a.nx; p < (j + 1) * a.nx; p++) {
				s += x[p] * y[p];
			}
			return s;
		});
	}

	/** The coarsest grid's equations solved directly: LU with partial pivoting, factorised once. */
	private static final class DenseSolver {

		private final int n;
		private final double[] lu;
		private final int[] pivot;

		DenseSolver(GridOperator a) {
			n = a.size();
			lu = new double[n * n];
			pivot = new int[n];
			for (int p = 0; p < n; p++) {
				if (!(a.diagonal[p] > 0)) {
					lu[p * n + p] = 1; // a cell coupled to nothing: its value stays zero
					continue;
				}
				lu[p * n + p] = a.diagonal[p];
				int i = p % a.nx;
				int j = p / a.nx;
				for (int k = 0; k < 8; k++) {
					double c = a.off[8 * p + k];
					if (c != 0) {
						lu[p * n + (j + GridOperator.DY[k]) * a.nx + i + GridOperator.DX[k]] = c;
					}
				}
			}
			for (int k = 0; k < n; k++) {
				int best = k;
				for (int r = k + 1; r < n; r++) {
					if (Math.abs(lu[r * n + k]) > Math.abs(lu[best * n + k])) {
						best = r;
					}
				}
				pivot[k] = best;
				if (best != k) {
					for (int c = 0; c < n; c++) {
						double t = lu[k * n + c];
						lu[k * n + c] = lu[best * n + c];
						lu[best * n + c] = t;
					}
				}
				double d = lu[k * n + k];
				if (d == 0) {
					lu[k * n + k] = d = Double.MIN_NORMAL; // a singular coarse problem (an insulated island): any value of it serves
				}
				for (int r = k + 1; r < n; r++) {
					double f = lu[r * n + k] / d;
					lu[r * n + k] = f;
					if (f != 0) {
						for (int c = k + 1; c < n; c++) {
							lu[r * n + c] -= f * lu[k * n + c];
						}
					}
				}
			}
		}

		long bytes() {
			return 8L * lu.length + 4L * pivot.length;
		}

		void solve(double[] b, double[] u) {
			double[] x = b.clone();
			for (int k = 0; k < n; k++) { // the row exchanges of the factorisation, in order
				int p = pivot[k];
				double t = x[k];
				x[k] = x[p];
				x[p] = t;
			}
			for (int k = 0; k < n; k++) {
				for (int r = k + 1; r < n; r++) {
					x[r] -= lu[r * n + k] * x[k];
				}
			}
			for (int k = n - 1; k >= 0; k--) {
				double s = x[k];
				for (int c = k + 1; c < n; c++) {
					s -= lu[k * n + c] * x[c];
				}
				x[k] = s / lu[k * n + k];
			}
			System.arraycopy(x, 0, u, 0, n);
		}
	}
}
