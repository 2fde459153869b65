package org.stratum.solver.front;

import org.stratum.solver.multigrid.Rows;

/**
 * The interface-profile term of the front model, in the conservative form of Chiu and Lin (J. Comput. Phys. 230,
 * 2011, after Olsson and Kreiss): {@code d xi/dt = gamma div(eps grad(xi) - xi (1 - xi) n)} with
 * {@code n = grad(xi) / |grad(xi)|}. Its flux vanishes on the profile {@code xi = 1 / (1 + exp(-s / eps))} along
 * the normal, curved or not, so it keeps the front's width without moving it by curvature (no dissolving of small
 * nuclei, no fake polarisation) and, being a divergence of face fluxes, creates or removes no Li: its motion is
 * never current. Finite volumes on a uniform grid; normals from central differences at cell centres, averaged to
 * faces. Only cells marked mobile take part; faces to other cells carry no flux. Sides periodic in x or closed;
 * bottom and top closed or held at given values half a cell beyond the last row. Rows in parallel, bit for bit
 * the same on any number of threads.
 */
public final class ProfileKeeping {

	/** Where the grid ends: closed, periodic in x, or values held beyond the bottom and top rows. */
	public record Boundaries(boolean periodicX, double[] bottom, double[] top) {
		/** No flux on every side. */
		public static final Boundaries CLOSED = new Boundaries(false, null, null);
	}

	/** Where a neighbour lies outside the grid: a closed side, or a held boundary. */
	private static final int OUTSIDE_CLOSED = -1, OUTSIDE_HELD = -2;

	private final int nx, ny;
	private final double h;
	/** Profile width eps, m. */
	private final double width;
	/** Speed gamma at which the term restores the profile, m/s. */
	private final double speed;
	/** Per cell, {@code xi (1 - xi) n}: the compressive flux at the cell's centre, scratch of {@link #rate}. */
	private final double[] compressX, compressY;

	/**
	 * Memory traffic of one sub-step per cell, bytes: the first pass reads xi and the mask and writes the compressive
	 * flux's two components (8 + 1 + 16), the rate's pass reads them back and writes the rate (8 + 1 + 16 + 8), the
	 * update reads the rate
	 * and reads and writes xi (8 + 16). Neighbours' values come from cache. The roofline of the step is the
	 * machine's bandwidth divided by this.
	 */
	public static final int BYTES_PER_UPDATE = 82;

	public ProfileKeeping(int nx, int ny, double h, double width, double speed) {
		this.nx = nx;
		this.ny = ny;
		this.h = h;
		this.width = width;
		this.speed = speed;
		this.compressX = new double[nx * ny];
		this.compressY = new double[nx * ny];
	}

	/** A stable explicit (forward Euler) step, s: half the limit of the diffusive and the compressive part together. */
	public double stableStep() {
		return 0.5 / (4 * speed * width / (h * h) + 2 * speed / h);
	}

	/**
	 * Advances xi by dt (s) over the mobile cells, in as many stable forward-Euler sub-steps as dt needs.
	 *
	 * @return the number of sub-steps
	 */
	public int advance(double[] xi, boolean[] mobile, double dt) {
		int steps = (int) Math.ceil(dt / stableStep());
		double sub = dt / steps;
		double[] rate = new double[xi.length];
		for (int s = 0; s < steps; s++) {
			rate(xi, mobile, Boundaries.CLOSED, rate);
			Rows.forEach(ny, xi.length, j -> {
				for (int p = j * nx; p < (j + 1) * nx; p++) {
					xi[p] += sub * rate[p];
				}
			});
		}
		return steps;
	}

	/**
	 * The rate d xi/dt of every cell (0 for cells not mobile).
	 *
	 * @param mobile null: every cell
	 */
	public void rate(double[] xi, boolean[] mobile, Boundaries sides, double[] out) {
		int n = nx * ny;
		boolean[] fast = fastRows(mobile);
		Rows.forEach(ny, n, j -> {
			if (fast[j]) {
				fastNormals(xi, j);
				edgeNormals(xi, mobile, sides, j);
			} else {
				normals(xi, mobile, sides, j, 0, nx);
			}
		});
		Rows.forEach(ny, n, j -> {
			if (fast[j]) {
				fastDivergence(xi, j, out);
				divergence(xi, mobile, sides, j, out, 0, 1);
				divergence(xi, mobile, sides, j, out, nx - 1, nx);
			} else {
				divergence(xi, mobile, sides, j, out, 0, nx);
			}
		});
	}

	/**
	 * Rows whose inner cells and their four neighbours all take part (inside the grid, mobile): those take a loop
	 * without branches, which the JIT compiles to vector instructions.
	 */
	private boolean[] fastRows(boolean[] mobile) {
		boolean[] all = new boolean[ny];
		for (int j = 0; j < ny; j++) {
			all[j] = true;
			for (int p = j * nx; mobile != null && p < (j + 1) * nx && all[j]; p++) {
				all[j] = mobile[p];
			}
		}
		boolean[] fast = new boolean[ny];
		for (int j = 1; j < ny - 1; j++) {
			fast[j] = nx > 2 && all[j - 1] && all[j] && all[j + 1];
		}
		return fast;
	}

	/** The compressive flux at the inner cells of an inner row whose neighbours all take part. */
	private void fastNormals(double[] xi, int j) {
		double[] cx = compressX;
		double[] cy = compressY;
		for (int p = j * nx + 1, end = (j + 1) * nx - 1; p < end; p++) {
			double gx = xi[p + 1] - xi[p - 1];
			double gy = xi[p + nx] - xi[p - nx];
			double scale = xi[p] * (1 - xi[p]) / Math.sqrt(gx * gx + gy * gy + Double.MIN_NORMAL);
			cx[p] = gx * scale;
			cy[p] = gy * scale;
		}
	}

	private void edgeNormals(double[] xi, boolean[] mobile, Boundaries sides, int j) {
		normals(xi, mobile, sides, j, 0, 1);
		normals(xi, mobile, sides, j, nx - 1, nx);
	}

	/** The rate at the inner cells of an inner row whose neighbours all take part. */
	private void fastDivergence(double[] xi, int j, double[] out) {
		double[] cx = compressX;
		double[] cy = compressY;
		double scale = speed / h;
		double diffusion = width / h;
		for (int p = j * nx + 1, end = (j + 1) * nx - 1; p < end; p++) {
			double laplacian = xi[p + 1] + xi[p - 1] + xi[p + nx] + xi[p - nx] - 4 * xi[p];
			out[p] = scale * (diffusion * laplacian - 0.5 * (cx[p + 1] - cx[p - 1] + cy[p + nx] - cy[p - nx]));
		}
	}

	/** The compressive flux {@code xi (1 - xi) n} at cells [from, to) of row j, with n from central differences. */
	private void normals(double[] xi, boolean[] mobile, Boundaries sides, int j, int from, int to) {
		for (int i = from; i < to; i++) {
			int p = j * nx + i;
			double gx = 0;
			double gy = 0;
			if (mobile == null || mobile[p]) {
				gx = value(xi, mobile, sides, p, i + 1, j) - value(xi, mobile, sides, p, i - 1, j);
				gy = value(xi, mobile, sides, p, i, j + 1) - value(xi, mobile, sides, p, i, j - 1);
			}
			double norm2 = gx * gx + gy * gy; // the common factor 1 / 2h cancels
			double scale = norm2 > 0 ? compression(xi[p]) / Math.sqrt(norm2) : 0;
			compressX[p] = gx * scale;
			compressY[p] = gy * scale;
		}
	}

	/**
	 * The rate at cells [from, to) of row j: the divergence of the face fluxes {@code eps grad(xi) - (c n)_face}, the
	 * compressive part averaged from the face's two cells (so that a cell's own part cancels between opposite faces).
	 */
	private void divergence(double[] xi, boolean[] mobile, Boundaries sides, int j, double[] out, int from, int to) {
		double[] cx = compressX;
		double[] cy = compressY;
		for (int i = from; i < to; i++) {
			int p = j * nx + i;
			if (mobile != null && !mobile[p]) {
				out[p] = 0;
				continue;
			}
			double sum = fluxTo(xi, mobile, sides, p, i + 1, j, cx, 1) + fluxTo(xi, mobile, sides, p, i - 1, j, cx, -1)
					+ fluxTo(xi, mobile, sides, p, i, j + 1, cy, 1) + fluxTo(xi, mobile, sides, p, i, j - 1, cy, -1);
			out[p] = speed / h * sum;
		}
	}

	/** The profile term's compressive coefficient. */
	private static double compression(double xi) {
		return xi * (1 - xi);
	}

	/**
	 * The flux {@code eps grad(xi) - xi (1 - xi) n} through the face between cell p and its neighbour (i, j), which
	 * lies in the direction {@code sign} (+1 or -1) along the axis whose compressive components are given, counted as
	 * what enters cell p.
	 */
	private double fluxTo(double[] xi, boolean[] mobile, Boundaries sides, int p, int i, int j, double[] compress, int sign) {
		int q = cell(i, j, sides);
		if (q == OUTSIDE_CLOSED || q >= 0 && mobile != null && !mobile[q]) {
			return 0;
		}
		if (q == OUTSIDE_HELD) { // the face value is given: gradient over half a cell, the profile term at the face itself
			double held = (j < 0 ? sides.bottom() : sides.top())[Math.floorMod(i, nx)];
			double own = compression(xi[p]);
			double normal = own > 0 ? compress[p] / own : 0;
			return width * 2 * (held - xi[p]) / h - sign * compression(held) * normal;
		}
		return width * (xi[q] - xi[p]) / h - sign * (compress[p] + compress[q]) / 2;
	}

	/** The index of cell (i, j), or where the grid ends there. */
	private int cell(int i, int j, Boundaries sides) {
		if (j < 0 || j >= ny) {
			return (j < 0 ? sides.bottom() : sides.top()) == null ? OUTSIDE_CLOSED : OUTSIDE_HELD;
		}
		if (i < 0 || i >= nx) {
			if (!sides.periodicX()) {
				return OUTSIDE_CLOSED;
			}
			i = Math.floorMod(i, nx);
		}
		return j * nx + i;
	}

	/** xi at (i, j) for a central difference from cell p: the cell's own value where no neighbour takes part. */
	private double value(double[] xi, boolean[] mobile, Boundaries sides, int p, int i, int j) {
		int q = cell(i, j, sides);
		if (q == OUTSIDE_HELD) {
			double held = (j < 0 ? sides.bottom() : sides.top())[Math.floorMod(i, nx)];
			return 2 * held - xi[p];
		}
		if (q < 0 || mobile != null && !mobile[q]) {
			return xi[p];
		}
		return xi[q];
	}
}
