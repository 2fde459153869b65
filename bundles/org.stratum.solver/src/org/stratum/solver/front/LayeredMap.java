package org.stratum.solver.front;

import java.util.Random;

/**
 * A seed-000-like conductivity map on an n by n grid, for solver tests and benchmarks until maps come from the
 * cell model: Li metal in the bottom tenth, then a layer of conductive grains (soft carbon, blocks that touch at corners, so that the
 * electrolyte's and particles' faces with them are many) holding
 * insulating particles (LLZTO) up to mid-height, and the solid electrolyte above. The electrolyte's conductivity
 * is Li's divided by the contrast (Li 1.1e7 S/m; 1e17 is Li against LPSCl's electronic conductivity). Seeded:
 * the same seed gives the same map.
 */
public final class LayeredMap {

	/** Electronic conductivity of Li metal, S/m (CRC Handbook, 108000 S/cm at 20 C, rounded down). */
	public static final double LITHIUM = 1.1e7;
	/** Carbon's conductivity relative to Li's in a high-contrast map: soft carbon of about 100 S/m. */
	private static final double CARBON_TO_LITHIUM = 1e-5;

	/** Ionic conductivity of the electrolyte (LPSCl at 55 C, about 3 mS/cm), S/m. */
	public static final double ELECTROLYTE_IONIC = 0.3;
	/** Ionic conductivity of the insulating particles' material (LLZTO, about 0.5 mS/cm), S/m. */
	public static final double PARTICLE_IONIC = 0.05;

	private LayeredMap() {
	}

	/** The map's two networks, per cell: electronic and ionic conductivity, S/m. */
	public record Networks(double[] electronic, double[] ionic) {
	}

	/**
	 * The same map as two networks at the real contrast: Li and carbon conduct electrons only, the particles (LLZTO)
	 * and the electrolyte (LPSCl) conduct ions, with an electronic conductivity 1e17 below Li's.
	 */
	public static Networks networks(int n, long seed) {
		double[] electronic = conductivities(n, 1e17, seed);
		double[] ionic = new double[n * n];
		double leak = LITHIUM / 1e17;
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				int p = j * n + i;
				if (electronic[p] == leak) { // particle or electrolyte
					ionic[p] = j >= n / 10 && j < n / 2 ? PARTICLE_IONIC : ELECTROLYTE_IONIC;
				}
			}
		}
		return new Networks(electronic, ionic);
	}

	/** Conductivity per cell (index {@code j * n + i}), S/m. */
	public static double[] conductivities(int n, double contrast, long seed) {
		double[] sigma = new double[n * n];
		Random random = new Random(seed);
		double electrolyte = LITHIUM / contrast;
		double carbon = contrast > 1 ? LITHIUM * CARBON_TO_LITHIUM : LITHIUM;
		double[][] particles = new double[n * n / 40][];
		for (int k = 0; k < particles.length; k++) {
			particles[k] = new double[] { random.nextDouble() * n, n * 0.1 + random.nextDouble() * n * 0.4, 1 + random.nextDouble() * n / 40.0 };
		}
		int block = Math.max(1, n / 16);
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				double s = j < n / 10 ? LITHIUM : electrolyte;
				if (j >= n / 10 && j < n / 2) {
					s = (i / block + j / block) % 3 == 0 ? electrolyte : carbon; // carbon blocks with gaps of electrolyte
				}
				sigma[j * n + i] = s;
			}
		}
		for (double[] p : particles) { // insulating particles, each over its bounding box only
			for (int j = (int) Math.max(n / 10, Math.floor(p[1] - p[2])); j <= Math.min(n / 2 - 1, Math.ceil(p[1] + p[2])); j++) {
				for (int i = (int) Math.max(0, Math.floor(p[0] - p[2])); i <= Math.min(n - 1, Math.ceil(p[0] + p[2])); i++) {
					if (Math.hypot(i - p[0], j - p[1]) < p[2]) {
						sigma[j * n + i] = electrolyte;
					}
				}
			}
		}
		return sigma;
	}
}
