package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.FlawSpread;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;

/** The flaw classes: the lognormal's quantiles, drawn evenly over the cells, reproducible by seed. */
public class FlawSpreadTest {

	private static final Phase DENSE = Phase.electrolyte("LPSCl", 0.3, 1e-8, 10, 0.23e6, 1e-6);

	@Test
	public void theClassesAreTheLognormalsQuantilesAboutTheMedian() {
		double[] l = FlawSpread.lengths(1e-6, 0.5);
		assertEquals(FlawSpread.CLASSES, l.length);
		for (int k = 0; k < l.length; k++) {
			assertEquals(1e-12, l[k] * l[l.length - 1 - k], 1e-18, "symmetric in log about the median");
		}
		// the middle of the last class, p = 15/16: z = 1.5341
		assertEquals(1e-6 * Math.exp(0.5 * 1.5341), l[l.length - 1], 1e-10);
		assertArrayEquals(new double[] { 1e-6, 1e-6 }, new double[] { FlawSpread.lengths(1e-6, 0)[0], FlawSpread.lengths(1e-6, 0)[7] }, 1e-18,
				"no spread: every class at the median");
	}

	@Test
	public void everyCellOfThePhaseDrawsAClassAndOthersAreLeft() {
		PhaseMap map = PhaseMap.flat(40, 60, 0.5e-6, 10, DENSE);
		List<Phase> made = FlawSpread.apply(map, Set.of(DENSE), 10, 0.5, 7);
		assertEquals(FlawSpread.CLASSES, made.size());
		Map<Double, Integer> counts = new HashMap<>();
		for (int j = 0; j < map.ny(); j++) {
			for (int i = 0; i < map.nx(); i++) {
				Phase p = map.phase(i, j);
				if (j < 10) {
					assertEquals(Phase.LITHIUM, p, "the Li is left as it is");
				} else {
					assertTrue(made.contains(p) && p.name().equals("LPSCl"), p.toString());
					counts.merge(p.flawLength(), 1, Integer::sum);
				}
			}
		}
		assertEquals(FlawSpread.CLASSES, counts.size(), "every class is drawn");
		counts.values().forEach(n -> assertEquals(2000 / FlawSpread.CLASSES, n, 60, "evenly: " + counts));
		PhaseMap again = PhaseMap.flat(40, 60, 0.5e-6, 10, DENSE);
		FlawSpread.apply(again, Set.of(DENSE), 10, 0.5, 7);
		assertArrayEquals(map.phaseIndices(), again.phaseIndices(), "the same seed, the same flaws");
	}
}
