package org.stratum.solver.front;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Flaws of many lengths instead of one: each cell of the given phases, over the given rows, draws its flaw length
 * from a lognormal distribution whose median is its phase's flaw length and whose log has the given standard
 * deviation. The distribution is cut into {@link #CLASSES} classes of equal probability, each a phase of its own at
 * its median length, so that the map keeps a short list of phases. Seeded: the same seed gives the same flaws.
 */
public final class FlawSpread {

	/** Classes of equal probability the distribution is cut into. */
	public static final int CLASSES = 8;

	private FlawSpread() {
	}

	/**
	 * The flaw length of each class for a median and a spread: the lognormal's quantiles at the classes' middle
	 * probabilities (k + 1/2) / {@link #CLASSES}, shortest first.
	 *
	 * @param median m
	 * @param spread standard deviation of the flaw length's natural logarithm
	 */
	public static double[] lengths(double median, double spread) {
		NormalDistribution normal = new NormalDistribution(0, 1);
		double[] lengths = new double[CLASSES];
		for (int k = 0; k < CLASSES; k++) {
			lengths[k] = median * Math.exp(spread * normal.inverseCumulativeProbability((k + 0.5) / CLASSES));
		}
		return lengths;
	}

	/**
	 * Gives every cell of the phases named, in rows [from, ny), a flaw class drawn at random; phases without a flaw
	 * (none loaded) are left as they are.
	 *
	 * @return the phases the classes made, for the caller's records
	 */
	public static List<Phase> apply(PhaseMap map, Set<Phase> phases, int from, double spread, long seed) {
		Random random = new Random(seed);
		Map<Phase, Phase[]> classes = new HashMap<>();
		for (Phase p : phases) {
			if (p.flawLength() > 0) {
				double[] lengths = lengths(p.flawLength(), spread);
				Phase[] made = new Phase[CLASSES];
				for (int k = 0; k < CLASSES; k++) {
					made[k] = p.withFlawLength(lengths[k]);
				}
				classes.put(p, made);
			}
		}
		for (int j = from; j < map.ny(); j++) {
			for (int i = 0; i < map.nx(); i++) {
				Phase[] made = classes.get(map.phase(i, j));
				if (made != null) {
					map.set(i, j, made[random.nextInt(CLASSES)]);
				}
			}
		}
		return classes.values().stream().flatMap(java.util.Arrays::stream).toList();
	}
}
