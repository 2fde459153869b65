package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.stratum.solver.multigrid.BlackBoxMultigrid;
import org.stratum.solver.front.LayeredMap;
import org.stratum.solver.multigrid.GridOperator;

/**
 * The potential solver of the front model: V-cycles converge at a rate that neither the grid size nor the
 * conductivity contrast (1, 1e6, 1e17) spoils, and preconditioned CG solves to 1e-10 in a bounded number of
 * iterations. The factors are printed, as the issue asks.
 */
public class BlackBoxMultigridTest {

	/** Li metal, S/m. */
	private static final double LI = LayeredMap.LITHIUM;

	private static double[] microstructure(int n, double contrast, long seed) {
		return LayeredMap.conductivities(n, contrast, seed);
	}

	private static double[] randomVector(int size, long seed) {
		Random random = new Random(seed);
		double[] v = new double[size];
		for (int p = 0; p < size; p++) {
			v[p] = random.nextDouble() - 0.5;
		}
		return v;
	}

	/** Geometric mean of the residual reduction per V-cycle over cycles 3 to 10 (the first ones are faster). */
	private static double convergenceFactor(int n, double contrast) {
		GridOperator a = GridOperator.conductance(n, n, microstructure(n, contrast, 7), true, true);
		BlackBoxMultigrid mg = new BlackBoxMultigrid(a);
		double[] exact = randomVector(n * n, 3);
		double[] b = new double[n * n];
		a.apply(exact, b);
		double[] u = new double[n * n];
		double first = 0;
		double last = 0;
		for (int k = 1; k <= 10; k++) {
			mg.cycle(b, u);
			if (k == 2) {
				first = mg.residualNorm(b, u);
			}
			last = mg.residualNorm(b, u);
		}
		return Math.pow(last / first, 1.0 / 8);
	}

	@Test
	void vCyclesConvergeIndependentlyOfGridSizeAndContrast() {
		for (double contrast : new double[] { 1, 1e6, 1e17 }) {
			double worst = 0;
			for (int n : new int[] { 32, 64, 128 }) {
				double factor = convergenceFactor(n, contrast);
				System.out.println(String.format(Locale.ROOT, "multigrid contrast %.0e grid %dx%d: residual reduction per V-cycle %.3f", contrast, n, n, factor));
				worst = Math.max(worst, factor);
			}
			assertTrue(worst < 0.35, "V-cycle convergence factor " + worst + " at contrast " + contrast);
		}
	}

	@Test
	void conjugateGradientsSolveToTheExactSolutionInFewIterations() {
		for (double contrast : new double[] { 1, 1e17 }) {
			int most = 0;
			for (int n : new int[] { 32, 64, 128 }) {
				GridOperator a = GridOperator.conductance(n, n, microstructure(n, contrast, 11), true, false);
				double[] exact = randomVector(n * n, 5);
				double[] b = new double[n * n];
				a.apply(exact, b);
				double[] u = new double[n * n];
				BlackBoxMultigrid mg = new BlackBoxMultigrid(a);
				int iterations = mg.solve(b, u, 1e-10, 100);
				System.out.println(String.format(Locale.ROOT, "multigrid-preconditioned CG contrast %.0e grid %dx%d: %d iterations to 1e-10", contrast,
						n, n, iterations));
				most = Math.max(most, iterations);
				if (contrast == 1) {
					double error = 0;
					double size = 0;
					for (int p = 0; p < u.length; p++) {
						error = Math.max(error, Math.abs(u[p] - exact[p]));
						size = Math.max(size, Math.abs(exact[p]));
					}
					assertEquals(0, error / size, 1e-6, "the solution at contrast 1");
				}
			}
			assertTrue(most <= 25, most + " CG iterations at contrast " + contrast);
		}
	}

	/** A uniform slab between two fixed potentials carries j = sigma V / L: Ohm's law to 1e-9. */
	@Test
	void aUniformSlabObeysOhmsLaw() {
		int nx = 16;
		int ny = 40;
		double sigma = 0.5;
		double[] s = new double[nx * ny];
		java.util.Arrays.fill(s, sigma);
		GridOperator a = GridOperator.conductance(nx, ny, s, true, true);
		// top held at 1 V, bottom at 0: the fixed side enters the right-hand side through its half-cell conductance
		double[] b = new double[nx * ny];
		for (int i = 0; i < nx; i++) {
			b[(ny - 1) * nx + i] = 2 * sigma * 1.0;
		}
		double[] u = new double[nx * ny];
		new BlackBoxMultigrid(a).solve(b, u, 1e-12, 50);
		for (int j = 0; j < ny; j++) {
			assertEquals((j + 0.5) / ny, u[j * nx + 3], 1e-9, "linear potential at row " + j);
		}
	}

	/**
	 * Li metal below a solid electrolyte 1e17 times less conductive, between fixed potentials: each cell's potential
	 * is the series-resistance divider of the cells below it, to 1e-9 of the applied volt. The electrolyte takes
	 * nearly all of it, and the Li's tiny drop must not drown in rounding.
	 */
	@Test
	void aLayeredStackAtContrast1e17IsASeriesOfResistances() {
		int nx = 8;
		int ny = 64;
		double[] layer = new double[ny];
		for (int j = 0; j < ny; j++) {
			layer[j] = j < ny / 2 ? LI : LI / 1e17;
		}
		double[] s = new double[nx * ny];
		for (int j = 0; j < ny; j++) {
			java.util.Arrays.fill(s, j * nx, (j + 1) * nx, layer[j]);
		}
		GridOperator a = GridOperator.conductance(nx, ny, s, true, true);
		double[] b = new double[nx * ny];
		for (int i = 0; i < nx; i++) {
			b[(ny - 1) * nx + i] = 2 * layer[ny - 1] * 1.0; // top at 1 V
		}
		double[] u = new double[nx * ny];
		int iterations = new BlackBoxMultigrid(a).solve(b, u, 1e-14, 50);
		double[] below = new double[ny]; // resistance from the bottom side to each cell centre
		below[0] = 0.5 / layer[0];
		for (int j = 1; j < ny; j++) {
			below[j] = below[j - 1] + 0.5 / layer[j - 1] + 0.5 / layer[j];
		}
		double total = below[ny - 1] + 0.5 / layer[ny - 1];
		for (int j = 0; j < ny; j++) {
			assertEquals(below[j] / total, u[j * nx + 5], 1e-9, "row " + j + " after " + iterations + " iterations");
		}
	}
}
