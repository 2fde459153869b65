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

	public ProfileKeeping(int nx, int ny, double h, double width, double speed) {
		this.nx = nx;
		this.ny = ny;
		this.h = h;
		this.width = width;
		this.speed = speed;
	}

	/** A stable explicit (forward Euler) step, s: half the limit of the diffusive and the compressive part together. */
	public double stableStep() {
		return 0.5 / (4 * speed * width / (h * h) + 2 * speed / h);
	}

	/** Advances xi by dt (s) over the mobile cells, in as many stable forward-Euler sub-steps as dt needs. */
	public void advance(double[] xi, boolean[] mobile, double dt) {
		int steps = (int) Math.ceil(dt / stableStep());
		double sub = dt / steps;
		double[] rate = new double[xi.length];
		for (int s = 0; s < steps; s++) {
			rate(xi, mobile, Boundaries.CLOSED, rate);
			for (int p = 0; p < xi.length; p++) {
				xi[p] += sub * rate[p];
			}
		}
	}

	/**
	 * The rate d xi/dt of every cell (0 for cells not mobile).
	 *
	 * @param mobile null: every cell
	 */
	public void rate(double[] xi, boolean[] mobile, Boundaries sides, double[] out) {
		int n = nx * ny;
		double[] nxs = new double[n];
		double[] nys = new double[n];
		Rows.forEach(ny, n, j -> {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				if (mobile != null && !mobile[p]) {
					continue;
				}
				double gx = (value(xi, mobile, sides, p, i + 1, j) - value(xi, mobile, sides, p, i - 1, j)) / (2 * h);
				double gy = (value(xi, mobile, sides, p, i, j + 1) - value(xi, mobile, sides, p, i, j - 1)) / (2 * h);
				double norm = Math.hypot(gx, gy);
				if (norm > 0) {
					nxs[p] = gx / norm;
					nys[p] = gy / norm;
				}
			}
		});
		Rows.forEach(ny, n, j -> {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				if (mobile != null && !mobile[p]) {
					out[p] = 0;
					continue;
				}
				double c = compression(xi[p]);
				double divergence = fluxTo(xi, mobile, sides, p, i + 1, j, c, nxs[p], nxs, 1) + fluxTo(xi, mobile, sides, p, i - 1, j, c, nxs[p], nxs, -1)
						+ fluxTo(xi, mobile, sides, p, i, j + 1, c, nys[p], nys, 1) + fluxTo(xi, mobile, sides, p, i, j - 1, c, nys[p], nys, -1);
				out[p] = speed * divergence / h;
			}
		});
	}

	/** The profile term's compressive coefficient. */
	private static double compression(double xi) {
		return xi * (1 - xi);
	}

	/**
	 * The flux {@code eps grad(xi) - xi (1 - xi) n} through the face between cell p and its neighbour (i, j), which
	 * lies in the direction {@code sign} (+1 or -1) along the axis whose normal components are given, counted as
	 * what enters cell p.
	 */
	private double fluxTo(double[] xi, boolean[] mobile, Boundaries sides, int p, int i, int j, double c, double normalP, double[] normals, int sign) {
		int q = cell(i, j, sides);
		if (q == OUTSIDE_CLOSED || q >= 0 && mobile != null && !mobile[q]) {
			return 0;
		}
		if (q == OUTSIDE_HELD) { // the face value is given: gradient over half a cell, the profile term at the face itself
			double held = (j < 0 ? sides.bottom() : sides.top())[Math.floorMod(i, nx)];
			return width * 2 * (held - xi[p]) / h - sign * compression(held) * normalP;
		}
		return width * (xi[q] - xi[p]) / h - sign * (c * normalP + compression(xi[q]) * normals[q]) / 2;
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
