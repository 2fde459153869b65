package org.stratum.solver.front;

import java.util.Random;

/**
 * Places round particles of one phase into rows of a phase map until they fill a target area fraction of those rows
 * as closely as whole particles can (the last one is left out when it would overshoot by more than half its area):
 * radii normal about a mean with a spread (at least one cell's half), centres by {@link Placement}. Seeded, so the
 * same inputs give the same map.
 */
public final class ParticlePlacer {

	/** Attempts per particle before giving up on the target: a target above what the placement can reach stops here. */
	private static final int ATTEMPTS = 200;

	/**
	 * What was placed.
	 *
	 * @param particles number of particles placed
	 * @param achieved area fraction of the rows the phase now covers
	 * @param packed whether placement stopped because no further particle found room (the target is above what the
	 *        placement packs), not because the target was met as closely as whole particles can
	 */
	public record Result(int particles, double achieved, boolean packed) {
	}

	private ParticlePlacer() {
	}

	/**
	 * Places particles of {@code phase} into rows [from, to) of the map, over cells of {@code host} only, until they
	 * cover {@code fraction} of the rows.
	 *
	 * @param radius mean particle radius, cells
	 * @param spread standard deviation of the radius, cells
	 * @param grainRadius the host's grain radius in cells, for {@link Placement#SEGREGATED}
	 */
	public static Result place(PhaseMap map, Phase phase, Phase host, double fraction, double radius, double spread, Placement placement, double grainRadius,
			int from, int to, long seed) {
		Random random = new Random(seed);
		int k = map.indexOf(phase);
		int total = map.nx() * (to - from);
		int covered = count(map, k, from, to);
		int particles = 0;
		double[][] grains = placement == Placement.SEGREGATED ? grains(map.nx(), from, to, grainRadius, random) : null;
		double[] chain = null; // the last particle of the current chain: {i, j, r}
		int failures = 0;
		while (covered < fraction * total && failures < ATTEMPTS) {
			double r = Math.max(0.5, radius + spread * random.nextGaussian());
			if (covered > 0 && covered + Math.PI * r * r / 2 > fraction * total) {
				break; // this particle would overshoot the target by more than leaving it out falls short
			}
			double ci, cj;
			if (placement == Placement.SEGREGATED) {
				double[] g = grains[random.nextInt(grains.length)];
				double angle = 2 * Math.PI * random.nextDouble();
				ci = g[0] + g[2] * Math.cos(angle);
				cj = g[1] + g[2] * Math.sin(angle);
			} else if (placement == Placement.CHAINS && chain != null && random.nextDouble() < 0.9) {
				double angle = 2 * Math.PI * random.nextDouble();
				ci = chain[0] + (chain[2] + r) * Math.cos(angle);
				cj = chain[1] + (chain[2] + r) * Math.sin(angle);
			} else {
				ci = random.nextDouble() * map.nx();
				cj = from + random.nextDouble() * (to - from);
			}
			int added = disc(map, k, host, ci, cj, r, from, to);
			if (added == 0) {
				failures++;
				chain = null;
				continue;
			}
			failures = 0;
			covered += added;
			particles++;
			chain = new double[] { ci, cj, r };
		}
		return new Result(particles, covered / (double) total, failures >= ATTEMPTS);
	}

	/** Grain centres and radii of the host, tiling the rows: one per grain area, radii about the grain radius. */
	private static double[][] grains(int nx, int from, int to, double grainRadius, Random random) {
		int count = Math.max(1, (int) Math.round(nx * (to - from) / (Math.PI * grainRadius * grainRadius)));
		double[][] g = new double[count][];
		for (int n = 0; n < count; n++) {
			g[n] = new double[] { random.nextDouble() * nx, from + random.nextDouble() * (to - from), grainRadius * (0.8 + 0.4 * random.nextDouble()) };
		}
		return g;
	}

	/** Paints a disc over host cells (periodic across the sides, clipped to the rows); returns the cells it turned. */
	private static int disc(PhaseMap map, int k, Phase host, double ci, double cj, double r, int from, int to) {
		int hostIndex = map.indexOf(host);
		int added = 0;
		for (int j = (int) Math.max(from, Math.floor(cj - r)); j <= Math.min(to - 1, Math.ceil(cj + r)); j++) {
			for (int di = (int) Math.floor(ci - r); di <= Math.ceil(ci + r); di++) {
				double dx = di + 0.5 - ci, dy = j + 0.5 - cj;
				if (dx * dx + dy * dy < r * r) {
					int i = Math.floorMod(di, map.nx());
					if (map.phaseIndex(i, j) == hostIndex) {
						map.set(i, j, map.phases().get(k));
						added++;
					}
				}
			}
		}
		return added;
	}

	private static int count(PhaseMap map, int k, int from, int to) {
		int n = 0;
		for (int j = from; j < to; j++) {
			for (int i = 0; i < map.nx(); i++) {
				n += map.phaseIndex(i, j) == k ? 1 : 0;
			}
		}
		return n;
	}
}
