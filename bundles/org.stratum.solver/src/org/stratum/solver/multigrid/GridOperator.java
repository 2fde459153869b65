package org.stratum.solver.multigrid;

/**
 * A symmetric 9-point operator on an nx by ny grid of cells (index {@code j * nx + i}): for each cell, the
 * couplings to its eight neighbours (signed, negative for a conductance) and a diagonal excess {@code d} (the
 * conductance to a fixed potential outside the grid, or a reaction's linearised term; not negative on the finest
 * grid, where a Galerkin coarse grid may carry a slightly negative row sum). The diagonal is {@code d} minus the
 * sum of the couplings, formed from the excess and conductances, never as a difference of stored large numbers:
 * no cancellation at conductivity contrasts of 1e17, where {@code C + S + N} of a stored diagonal would lose the
 * small couplings entirely. Neighbours outside the grid have zero coupling.
 */
public final class GridOperator {

	/** Neighbour directions: west, east, south, north, south-west, south-east, north-west, north-east. */
	static final int W = 0, E = 1, S = 2, N = 3, SW = 4, SE = 5, NW = 6, NE = 7;
	/** x offset of each direction. */
	static final int[] DX = { -1, 1, 0, 0, -1, 1, -1, 1 };
	/** y offset of each direction. */
	static final int[] DY = { 0, 0, -1, 1, -1, -1, 1, 1 };
	/** The opposite of each direction. */
	static final int[] OPPOSITE = { E, W, N, S, NE, NW, SE, SW };

	/** Cells in x. */
	final int nx;
	/** Cells in y. */
	final int ny;
	/** Couplings, 8 per cell: {@code off[8 * cell + direction]}. */
	final double[] off;
	/** Diagonal excess per cell. */
	final double[] excess;
	/** The diagonal per cell: excess minus the couplings, formed once. */
	final double[] diagonal;

	GridOperator(int nx, int ny) {
		this.nx = nx;
		this.ny = ny;
		this.off = new double[8 * nx * ny];
		this.excess = new double[nx * ny];
		this.diagonal = new double[nx * ny];
	}

	/**
	 * The finite-volume operator of {@code -div(sigma grad u)} on square cells: conductances between neighbours are
	 * the harmonic mean of their conductivities (per unit depth, the cell size cancels on square cells); a side
	 * held at a fixed potential adds the half-cell conductance {@code 2 sigma} of the cells along it.
	 *
	 * @param sigma conductivity per cell, S/m (not negative)
	 * @param fixedBottom whether the bottom side (y = 0) is held at a fixed potential
	 * @param fixedTop whether the top side is held at a fixed potential; the left and right sides insulate
	 */
	public static GridOperator conductance(int nx, int ny, double[] sigma, boolean fixedBottom, boolean fixedTop) {
		return conductance(nx, ny, sigma, fixedBottom, fixedTop, null);
	}

	/**
	 * The same operator with a further conductance to elsewhere per cell ({@code extra}, not negative; null for
	 * none): the linearised reaction that couples one network to the other.
	 */
	public static GridOperator conductance(int nx, int ny, double[] sigma, boolean fixedBottom, boolean fixedTop, double[] extra) {
		if (sigma.length != nx * ny) {
			throw new IllegalArgumentException("sigma has " + sigma.length + " cells, the grid " + nx * ny);
		}
		GridOperator a = new GridOperator(nx, ny);
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				if (i + 1 < nx) {
					a.couple(p, E, -harmonic(sigma[p], sigma[p + 1]));
				}
				if (j + 1 < ny) {
					a.couple(p, N, -harmonic(sigma[p], sigma[p + nx]));
				}
			}
		}
		for (int i = 0; i < nx; i++) {
			if (fixedBottom) {
				a.excess[i] += 2 * sigma[i];
			}
			if (fixedTop) {
				a.excess[(ny - 1) * nx + i] += 2 * sigma[(ny - 1) * nx + i];
			}
		}
		if (extra != null) {
			for (int p = 0; p < extra.length; p++) {
				a.excess[p] += extra[p];
			}
		}
		a.formDiagonal();
		return a;
	}

	/** Harmonic mean of two conductivities: the conductance of two half cells in series (per unit depth, square cells). */
	public static double harmonic(double a, double b) {
		return a + b > 0 ? 2 * a * b / (a + b) : 0;
	}

	/** Sets the coupling of cell p to its neighbour in direction k, and the neighbour's back to p. */
	void couple(int p, int k, double value) {
		off[8 * p + k] = value;
		int q = p + DY[k] * nx + DX[k];
		off[8 * q + OPPOSITE[k]] = value;
	}

	/** The diagonal from the excess and the couplings (positive terms for an M-matrix). */
	void formDiagonal() {
		for (int p = 0; p < diagonal.length; p++) {
			double sum = excess[p];
			for (int k = 0; k < 8; k++) {
				sum -= off[8 * p + k];
			}
			diagonal[p] = sum;
		}
	}

	/** One stored entry of a sparse matrix: row, column, value. */
	@FunctionalInterface
	public interface EntryConsumer {
		void accept(int row, int column, double value);
	}

	/** Every nonzero entry of the matrix, diagonal first in each row, with the given offset added to row and column. */
	public void forEachEntry(int offset, EntryConsumer entries) {
		for (int p = 0; p < size(); p++) {
			if (diagonal[p] != 0) {
				entries.accept(offset + p, offset + p, diagonal[p]);
			}
			for (int k = 0; k < 8; k++) {
				double a = off[8 * p + k];
				if (a != 0) {
					entries.accept(offset + p, offset + p + DY[k] * nx + DX[k], a);
				}
			}
		}
	}

	/** Number of cells. */
	public int size() {
		return nx * ny;
	}

	/** r = b - A u. */
	void residual(double[] b, double[] u, double[] r) {
		Rows.forEach(ny, nx * ny, j -> {
			for (int p = j * nx; p < (j + 1) * nx; p++) {
				r[p] = b[p] - rowTimes(p, u);
			}
		});
	}

	/** out = A u. */
	public void apply(double[] u, double[] out) {
		Rows.forEach(ny, nx * ny, j -> {
			for (int p = j * nx; p < (j + 1) * nx; p++) {
				out[p] = rowTimes(p, u);
			}
		});
	}

	/** Row p of A times u. */
	private double rowTimes(int p, double[] u) {
		double s = diagonal[p] * u[p];
		int base = 8 * p;
		for (int k = 0; k < 8; k++) {
			double a = off[base + k];
			if (a != 0) {
				s += a * u[p + DY[k] * nx + DX[k]];
			}
		}
		return s;
	}

	/**
	 * One Gauss-Seidel sweep over the four colours of cells (by the parity of i and j): cells of one colour do not
	 * touch each other in a 9-point stencil, so each colour could be updated in parallel with the same result.
	 * {@code reverse} sweeps the colours backwards, which makes a forward-then-reverse pair symmetric.
	 */
	void smooth(double[] b, double[] u, boolean reverse) {
		for (int c = 0; c < 4; c++) {
			int colour = reverse ? 3 - c : c;
			int i0 = colour & 1;
			int j0 = colour >> 1;
			Rows.forEach((ny - j0 + 1) / 2, nx * ny / 4, row -> {
				int j = j0 + 2 * row;
				for (int i = i0; i < nx; i += 2) {
					int p = j * nx + i;
					if (diagonal[p] <= 0) {
						continue; // a cell coupled to nothing keeps its value
					}
					double s = b[p];
					int base = 8 * p;
					for (int k = 0; k < 8; k++) {
						double a = off[base + k];
						if (a != 0) {
							s -= a * u[p + DY[k] * nx + DX[k]];
						}
					}
					u[p] = s / diagonal[p];
				}
			});
		}
	}
}
