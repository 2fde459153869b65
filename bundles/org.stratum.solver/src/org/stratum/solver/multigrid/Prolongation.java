package org.stratum.solver.multigrid;

/**
 * Operator-dependent interpolation from a coarse grid (every second cell, fine {@code 2I+1, 2J+1}) to the fine
 * grid, after Dendy's black-box multigrid: a fine cell between two coarse cells takes their values weighted by
 * its stencil collapsed across the line joining them; a fine cell between four takes what its own equation
 * gives from its interpolated neighbours. Across a jump of conductivity the weights follow the conductive
 * side, which is what keeps the coarse grids useful at contrasts of 1e17. Each fine cell draws on at most four
 * coarse cells.
 */
final class Prolongation {

	/** Coarse cells in x and y. */
	final int ncx, ncy;
	/** Coarse cell of each of the four slots of each fine cell, or -1: {@code coarse[4 * fine + slot]}. */
	final int[] coarse;
	/** Weight of each slot. */
	final double[] weight;
	private final int nx, ny;

	Prolongation(GridOperator a) {
		this.nx = a.nx;
		this.ny = a.ny;
		this.ncx = nx / 2;
		this.ncy = ny / 2;
		this.coarse = new int[4 * nx * ny];
		this.weight = new double[4 * nx * ny];
		java.util.Arrays.fill(coarse, -1);
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				boolean oddI = (i & 1) == 1;
				boolean oddJ = (j & 1) == 1;
				int p = j * nx + i;
				if (oddI && oddJ && i / 2 < ncx && j / 2 < ncy) {
					set(p, 0, (j / 2) * ncx + i / 2, 1);
				} else if (!oddI && oddJ && j / 2 < ncy) {
					between(a, p, i, j, true);
				} else if (oddI && !oddJ && i / 2 < ncx) {
					between(a, p, i, j, false);
				}
			}
		}
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				if ((i & 1) == 0 && (j & 1) == 0) {
					fromNeighbours(a, p, i, j);
				}
			}
		}
	}

	private void set(int fine, int slot, int coarseCell, double w) {
		coarse[4 * fine + slot] = coarseCell;
		weight[4 * fine + slot] = w;
	}

	/**
	 * A fine cell on a coarse row (horizontal, between west and east coarse cells) or column: the stencil collapsed
	 * across the line. The collapsed centre is the sum of the positive terms (the couplings along the line plus the
	 * excess), never a difference of large numbers.
	 */
	private void between(GridOperator a, int p, int i, int j, boolean horizontal) {
		double[] off = a.off;
		int b = 8 * p;
		double before = horizontal ? conductance(off, b, GridOperator.SW, GridOperator.W, GridOperator.NW)
				: conductance(off, b, GridOperator.SW, GridOperator.S, GridOperator.SE);
		double after = horizontal ? conductance(off, b, GridOperator.SE, GridOperator.E, GridOperator.NE)
				: conductance(off, b, GridOperator.NW, GridOperator.N, GridOperator.NE);
		double along = before + after;
		if (!(along > 0)) {
			return; // a cell coupled to nothing along the line: it takes nothing from the coarse grid
		}
		// the excess (a tie to a fixed potential or to the other network) holds the cell back in proportion to its
		// whole diagonal, not to the couplings along the line alone: a thin conductor crossing the line is tied
		// to its own neighbours, and a small excess must not cut it off from the coarse grid
		double total = Math.max(0, a.excess[p]);
		for (int k = 0; k < 8; k++) {
			total += Math.max(0, -off[b + k]);
		}
		double centre = along * total / (total - Math.max(0, a.excess[p]));
		int slot = 0;
		if (horizontal) {
			int row = j / 2;
			if (i >= 2) {
				set(p, slot++, row * ncx + (i / 2 - 1), before / centre);
			}
			if (i / 2 < ncx) {
				set(p, slot, row * ncx + i / 2, after / centre);
			}
		} else {
			int column = i / 2;
			if (j >= 2) {
				set(p, slot++, (j / 2 - 1) * ncx + column, before / centre);
			}
			if (j / 2 < ncy) {
				set(p, slot, (j / 2) * ncx + column, after / centre);
			}
		}
	}

	/**
	 * The conductance along three directions: the couplings' negative parts. Coarse Galerkin operators can have
	 * small positive couplings, which interpolation leaves out rather than let them cancel the others.
	 */
	private static double conductance(double[] off, int base, int k1, int k2, int k3) {
		return Math.max(0, -off[base + k1]) + Math.max(0, -off[base + k2]) + Math.max(0, -off[base + k3]);
	}

	/** A fine cell among coarse cells diagonally: its own equation over its neighbours' interpolated values. */
	private void fromNeighbours(GridOperator a, int p, int i, int j) {
		double diagonal = Math.max(0, a.excess[p]);
		for (int k = 0; k < 8; k++) {
			diagonal += Math.max(0, -a.off[8 * p + k]);
		}
		if (!(diagonal > 0)) {
			return;
		}
		int[] cells = new int[16];
		double[] weights = new double[16];
		int count = 0;
		for (int k = 0; k < 8; k++) {
			double coupling = Math.max(0, -a.off[8 * p + k]);
			if (coupling == 0) {
				continue;
			}
			int q = p + GridOperator.DY[k] * nx + GridOperator.DX[k];
			for (int s = 0; s < 4; s++) {
				int c = coarse[4 * q + s];
				if (c < 0) {
					continue;
				}
				int at = indexOf(cells, count, c);
				if (at < 0) {
					cells[count] = c;
					at = count++;
				}
				weights[at] += coupling * weight[4 * q + s] / diagonal;
			}
		}
		if (count > 4) {
			throw new IllegalStateException("cell " + i + "," + j + " draws on " + count + " coarse cells");
		}
		for (int s = 0; s < count; s++) {
			set(p, s, cells[s], weights[s]);
		}
	}

	private static int indexOf(int[] cells, int count, int c) {
		for (int s = 0; s < count; s++) {
			if (cells[s] == c) {
				return s;
			}
		}
		return -1;
	}

	/** Adds the interpolated coarse correction to the fine vector. */
	void prolongAdd(double[] coarseValues, double[] fine) {
		Rows.forEach(ny, nx * ny, j -> {
			for (int p = j * nx; p < (j + 1) * nx; p++) {
				double s = 0;
				for (int k = 0; k < 4; k++) {
					int c = coarse[4 * p + k];
					if (c >= 0) {
						s += weight[4 * p + k] * coarseValues[c];
					}
				}
				fine[p] += s;
			}
		});
	}

	/**
	 * The transpose: a fine residual summed onto the coarse grid. Each coarse row gathers from the three fine rows
	 * that can draw on it (2J, 2J+1, 2J+2), in order, so rows can be done in parallel with the same sums.
	 */
	void restrict(double[] fine, double[] coarseValues) {
		Rows.forEach(ncy, nx * ny, row -> {
			int from = row * ncx;
			int to = from + ncx;
			java.util.Arrays.fill(coarseValues, from, to, 0);
			for (int j = 2 * row; j <= Math.min(ny - 1, 2 * row + 2); j++) {
				for (int p = j * nx; p < (j + 1) * nx; p++) {
					for (int k = 0; k < 4; k++) {
						int c = coarse[4 * p + k];
						if (c >= from && c < to) {
							coarseValues[c] += weight[4 * p + k] * fine[p];
						}
					}
				}
			}
		});
	}

	/**
	 * The Galerkin coarse operator P^T A P. Couplings come edge by edge from {@code -a (P_f - P_g)(P_f - P_g)^T},
	 * which involves only differences of interpolation weights: the large diagonals of a conductive region never
	 * meet the small couplings of an insulating one in one sum. The coarse excess is P^T A (P 1), with A (P 1)
	 * written as differences too.
	 */
	GridOperator coarseOperator(GridOperator a) {
		GridOperator c = new GridOperator(ncx, ncy);
		int[] cells = new int[8];
		double[] pf = new double[8];
		double[] pg = new double[8];
		int[] edges = { GridOperator.E, GridOperator.N, GridOperator.NE, GridOperator.NW };
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int f = j * nx + i;
				for (int k : edges) {
					double coupling = a.off[8 * f + k];
					if (coupling == 0) {
						continue;
					}
					int g = f + GridOperator.DY[k] * nx + GridOperator.DX[k];
					int count = 0;
					java.util.Arrays.fill(pf, 0);
					java.util.Arrays.fill(pg, 0);
					for (int s = 0; s < 4; s++) {
						int cf = coarse[4 * f + s];
						if (cf >= 0) {
							int at = indexOf(cells, count, cf);
							if (at < 0) {
								cells[count] = cf;
								at = count++;
							}
							pf[at] += weight[4 * f + s];
						}
						int cg = coarse[4 * g + s];
						if (cg >= 0) {
							int at = indexOf(cells, count, cg);
							if (at < 0) {
								cells[count] = cg;
								at = count++;
							}
							pg[at] += weight[4 * g + s];
						}
					}
					for (int u = 0; u < count; u++) {
						double du = pf[u] - pg[u];
						if (du == 0) {
							continue;
						}
						for (int v = 0; v < count; v++) {
							if (u != v) {
								double dv = pf[v] - pg[v];
								if (dv != 0) {
									c.off[8 * cells[u] + direction(cells[u], cells[v])] += -coupling * du * dv;
								}
							}
						}
					}
				}
			}
		}
		// excess: P^T (A (P 1)), with (L v)_f = sum_g a_fg (v_g - v_f)
		double[] ones = new double[ncx * ncy];
		java.util.Arrays.fill(ones, 1);
		double[] v = new double[nx * ny];
		prolongAdd(ones, v);
		double[] t = new double[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int f = j * nx + i;
				double s = a.excess[f] * v[f];
				for (int k = 0; k < 8; k++) {
					double coupling = a.off[8 * f + k];
					if (coupling != 0) {
						s += coupling * (v[f + GridOperator.DY[k] * nx + GridOperator.DX[k]] - v[f]);
					}
				}
				t[f] = s;
			}
		}
		restrict(t, c.excess); // not clipped: a row sum of the Galerkin product may be slightly negative, and clipping it
		// would change the coarse problem exactly where a region hangs on a tiny conductance
		c.formDiagonal();
		return c;
	}

	/** The direction from coarse cell u to its neighbour v. */
	private int direction(int u, int v) {
		int dx = v % ncx - u % ncx;
		int dy = v / ncx - u / ncx;
		for (int k = 0; k < 8; k++) {
			if (GridOperator.DX[k] == dx && GridOperator.DY[k] == dy) {
				return k;
			}
		}
		throw new IllegalStateException("coarse cells " + u + " and " + v + " are not neighbours");
	}
}
