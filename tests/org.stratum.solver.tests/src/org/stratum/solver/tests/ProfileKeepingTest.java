package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.ProfileKeeping;

/**
 * The front model's interface-profile term. Verification 6 of physics.md: PFHub benchmark 7's manufactured
 * solution ({@code eta = (1 - tanh((y - alpha(x, t)) / sqrt(2 kappa))) / 2},
 * {@code alpha = 1/4 + A1 t sin(B1 x) + A2 sin(B2 x + C2 t)}, kappa = 0.0004, on [0, 1] x [0, 0.5], periodic in x,
 * held at the exact solution at y = 0 and 0.5, to t = 8) with the source term of this operator instead of
 * Allen-Cahn's. The operator's L2 truncation error on that solution (at t = 4) must fall at an order close to 2 from
 * 768 to 1536 cells per unit, and the L2 error of the solution integrated to t = 8 must fall at an order above 1.5
 * from 96 to 384 (the front, 5 to 20 cells wide there, is not yet in the asymptotic range). Besides: Li is conserved to rounding, a
 * smeared flat front sharpens to the equilibrium profile, and a nucleus two cells across neither dissolves nor grows.
 */
public class ProfileKeepingTest {

	private static final double KAPPA = 0.0004;
	private static final double W = Math.sqrt(2 * KAPPA);
	/** The operator's width for which BM7's tanh is its flat equilibrium: 1 / (1 + exp(2 s / W)). */
	private static final double EPS = W / 2;
	private static final double GAMMA = 0.02;
	private static final double A1 = 0.0075, B1 = 8 * Math.PI, A2 = 0.03, B2 = 22 * Math.PI, C2 = 0.0625 * Math.PI;
	private static final double END = 8;

	private static double alpha(double x, double t) {
		return 0.25 + A1 * t * Math.sin(B1 * x) + A2 * Math.sin(B2 * x + C2 * t);
	}

	private static double exact(double x, double y, double t) {
		return (1 - Math.tanh((y - alpha(x, t)) / W)) / 2;
	}

	/**
	 * S = eta_t - gamma div F for the manufactured eta. With s = (y - alpha) / W, m = (-alpha_x, 1) / sqrt(1 +
	 * alpha_x^2) and g = |grad s| = sqrt(1 + alpha_x^2) / W, the flux is F = gamma eta (1 - eta) (1 - 2 eps g) m,
	 * and div F = gamma [-2 (1 - 2 eta) eta (1 - eta) g (1 - 2 eps g) + eta (1 - eta) ((1 - 2 eps g) div m - 2 eps
	 * grad g . m)] with div m = -alpha_xx / (1 + alpha_x^2)^(3/2), grad g . m = -alpha_x^2 alpha_xx / (W (1 + alpha_x^2)).
	 */
	private static void addSource(int nx, int ny, double h, double t, double[] out) {
		for (int i = 0; i < nx; i++) {
			double x = (i + 0.5) * h;
			double a = alpha(x, t);
			double at = A1 * Math.sin(B1 * x) + A2 * C2 * Math.cos(B2 * x + C2 * t);
			double ax = A1 * t * B1 * Math.cos(B1 * x) + A2 * B2 * Math.cos(B2 * x + C2 * t);
			double axx = -A1 * t * B1 * B1 * Math.sin(B1 * x) - A2 * B2 * B2 * Math.sin(B2 * x + C2 * t);
			double q = 1 + ax * ax;
			double g = Math.sqrt(q) / W;
			double divM = -axx / (q * Math.sqrt(q));
			double gradGm = -ax * ax * axx / (W * q);
			for (int j = 0; j < ny; j++) {
				double eta = (1 - Math.tanh(((j + 0.5) * h - a) / W)) / 2;
				double c = eta * (1 - eta);
				double etaT = 2 * c * at / W;
				double divF = GAMMA * (-2 * (1 - 2 * eta) * c * g * (1 - 2 * EPS * g) + c * ((1 - 2 * EPS * g) * divM - 2 * EPS * gradGm));
				out[j * nx + i] += etaT - divF;
			}
		}
	}

	/** The L2 norm of (discrete rate + source - eta_t) on the exact solution at time t: the truncation error. */
	private static double truncation(int n, double t) {
		int nx = n;
		int ny = n / 2;
		double h = 1.0 / n;
		double[] eta = new double[nx * ny];
		double[] etaT = new double[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				double x = (i + 0.5) * h;
				eta[j * nx + i] = exact(x, (j + 0.5) * h, t);
				double c = eta[j * nx + i] * (1 - eta[j * nx + i]);
				etaT[j * nx + i] = 2 * c * (A1 * Math.sin(B1 * x) + A2 * C2 * Math.cos(B2 * x + C2 * t)) / W;
			}
		}
		double[] r = new double[nx * ny];
		rate(new ProfileKeeping(nx, ny, h, EPS, GAMMA), eta, nx, ny, h, t, r);
		double sum = 0;
		for (int p = 0; p < r.length; p++) {
			double d = r[p] - etaT[p];
			sum += d * d * h * h;
		}
		return Math.sqrt(sum);
	}

	private static double error(int n) {
		int nx = n;
		int ny = n / 2;
		double h = 1.0 / n;
		ProfileKeeping operator = new ProfileKeeping(nx, ny, h, EPS, GAMMA);
		double[] eta = new double[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				eta[j * nx + i] = exact((i + 0.5) * h, (j + 0.5) * h, 0);
			}
		}
		int steps = (int) Math.ceil(END / operator.stableStep());
		double dt = END / steps;
		double[] k1 = new double[eta.length];
		double[] k2 = new double[eta.length];
		double[] trial = new double[eta.length];
		for (int s = 0; s < steps; s++) {
			double t = s * dt;
			rate(operator, eta, nx, ny, h, t, k1);
			for (int p = 0; p < eta.length; p++) {
				trial[p] = eta[p] + dt * k1[p];
			}
			rate(operator, trial, nx, ny, h, t + dt, k2);
			for (int p = 0; p < eta.length; p++) {
				eta[p] += dt / 2 * (k1[p] + k2[p]);
			}
		}
		double sum = 0;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				double d = eta[j * nx + i] - exact((i + 0.5) * h, (j + 0.5) * h, END);
				sum += d * d * h * h;
			}
		}
		return Math.sqrt(sum);
	}

	private static void rate(ProfileKeeping operator, double[] eta, int nx, int ny, double h, double t, double[] out) {
		double[] bottom = new double[nx];
		double[] top = new double[nx];
		for (int i = 0; i < nx; i++) {
			bottom[i] = exact((i + 0.5) * h, 0, t);
			top[i] = exact((i + 0.5) * h, ny * h, t);
		}
		operator.rate(eta, null, new ProfileKeeping.Boundaries(true, bottom, top), out);
		addSource(nx, ny, h, t, out);
	}

	@Test
	void bm7ManufacturedSolutionConvergesAtSecondOrder() {
		double coarse = truncation(768, 4);
		double fine = truncation(1536, 4);
		double consistency = Math.log(coarse / fine) / Math.log(2);
		System.out.printf(Locale.ROOT, "BM7 solution, profile term: truncation error %.3e -> %.3e from 768 to 1536 cells per unit, order %.2f%n",
				coarse, fine, consistency);
		assertEquals(2, consistency, 0.15, "order of the truncation error");
		int[] grids = { 96, 192, 384 };
		double[] errors = new double[grids.length];
		for (int g = 0; g < grids.length; g++) {
			errors[g] = error(grids[g]);
		}
		for (int g = 1; g < grids.length; g++) {
			double order = Math.log(errors[g - 1] / errors[g]) / Math.log(2);
			System.out.printf(Locale.ROOT, "BM7 solution, profile term: %d -> %d cells per unit, L2 error at t = 8 %.3e -> %.3e, observed order %.2f%n",
					grids[g - 1], grids[g], errors[g - 1], errors[g], order);
			assertTrue(order > 1.5, "observed order from " + grids[g - 1] + " to " + grids[g] + ": " + order);
		}
	}

	@Test
	void aSmearedFlatFrontSharpensToTheEquilibriumProfileWithoutLosingLithium() {
		int nx = 4;
		int ny = 64;
		double h = 1;
		double eps = 0.5 * h;
		double[] xi = new double[nx * ny];
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				xi[j * nx + i] = 1 / (1 + Math.exp(((j + 0.5) - 30.3) / (4 * eps))); // four times too wide
			}
		}
		double before = sum(xi);
		ProfileKeeping operator = new ProfileKeeping(nx, ny, h, eps, 1);
		double[] rate = new double[xi.length];
		double dt = operator.stableStep();
		for (int s = 0; s < 4000; s++) {
			operator.rate(xi, null, ProfileKeeping.Boundaries.CLOSED, rate);
			for (int p = 0; p < xi.length; p++) {
				xi[p] += dt * rate[p];
			}
		}
		assertEquals(before, sum(xi), 1e-12 * before, "Li is conserved");
		double centre = 30.3;
		for (int j = 24; j < 37; j++) {
			double expected = 1 / (1 + Math.exp(((j + 0.5) - centre) / eps));
			assertEquals(expected, xi[j * nx], 0.03, "row " + j + " of the sharpened profile");
		}
	}

	@Test
	void aSmallNucleusNeitherDissolvesNorGrows() {
		int n = 32;
		double h = 1;
		double eps = 0.5;
		double[] xi = new double[n * n];
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				double r = Math.hypot(i + 0.5 - 16, j + 0.5 - 16);
				xi[j * n + i] = 1 / (1 + Math.exp((r - 2) / eps)); // radius 2 cells
			}
		}
		double before = sum(xi);
		double centreBefore = xi[16 * n + 16];
		ProfileKeeping operator = new ProfileKeeping(n, n, h, eps, 1);
		double[] rate = new double[xi.length];
		double dt = operator.stableStep();
		for (int s = 0; s < 2000; s++) {
			operator.rate(xi, null, ProfileKeeping.Boundaries.CLOSED, rate);
			for (int p = 0; p < xi.length; p++) {
				xi[p] += dt * rate[p];
			}
		}
		assertEquals(before, sum(xi), 1e-12 * before, "Li is conserved");
		assertTrue(xi[16 * n + 16] > 0.9 && xi[16 * n + 16] >= centreBefore - 0.05, "the nucleus stays Li: centre " + xi[16 * n + 16]);
		assertTrue(xi[16 * n + 21] < 0.05, "and stays small: 5 cells out " + xi[16 * n + 21]);
	}

	private static double sum(double[] v) {
		double s = 0;
		for (double x : v) {
			s += x;
		}
		return s;
	}
}
