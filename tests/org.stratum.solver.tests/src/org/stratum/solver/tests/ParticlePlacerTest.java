package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.ParticlePlacer;
import org.stratum.solver.front.Percolation;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.front.Placement;

/** Particles fill their fraction of a layer by each placement, only over the host, and percolation tells spanning networks. */
public class ParticlePlacerTest {

	private static final Phase CARBON = Phase.electronConductor("carbon", 100, 0.3);
	private static final Phase CERAMIC = Phase.electrolyte("ceramic", 0.05, 1e-8, 10, 1e6, 0);
	private static final Phase SE = Phase.electrolyte("SE", 0.3, 1e-8, 10, 0.2e6, 1e-6);

	private static PhaseMap layer() {
		return new PhaseMap(100, 120, 0.1e-6, SE).rows(0, 10, Phase.LITHIUM).rows(10, 110, CARBON).regions(10, 110);
	}

	@Test
	public void eachPlacementReachesItsFractionOverTheHostOnly() {
		for (Placement placement : Placement.values()) {
			PhaseMap map = layer();
			ParticlePlacer.Result r = ParticlePlacer.place(map, CERAMIC, CARBON, 0.2, 2, 0.5, placement, 8, 10, 110, 11);
			assertEquals(0.2, r.achieved(), 0.01, placement + ": " + r);
			int ceramic = map.indexOf(CERAMIC);
			for (int j = 0; j < 120; j++) {
				for (int i = 0; i < 100; i++) {
					if (j < 10 || j >= 110) {
						assertTrue(map.phaseIndex(i, j) != ceramic, placement + " put a particle outside the layer at " + i + "," + j);
					}
				}
			}
			assertTrue(r.particles() > 20, placement + ": " + r);
		}
	}

	@Test
	public void theSameSeedGivesTheSameLayer() {
		PhaseMap a = layer(), b = layer();
		ParticlePlacer.place(a, CERAMIC, CARBON, 0.15, 1.5, 0.3, Placement.SEGREGATED, 6, 10, 110, 3);
		ParticlePlacer.place(b, CERAMIC, CARBON, 0.15, 1.5, 0.3, Placement.SEGREGATED, 6, 10, 110, 3);
		assertTrue(java.util.Arrays.equals(a.phaseIndices(), b.phaseIndices()));
	}

	@Test
	public void aFractionBeyondWhatFitsStopsShortAndSaysSo() {
		PhaseMap map = layer();
		ParticlePlacer.Result r = ParticlePlacer.place(map, CERAMIC, CARBON, 1.2, 3, 0, Placement.RANDOM, 8, 10, 110, 1);
		assertTrue(r.achieved() <= 1 && r.achieved() > 0.8 && r.packed(), "it fills what it can and reports it: " + r);
	}

	@Test
	public void aTargetMetAsCloselyAsWholeParticlesCanIsNotAPackingLimit() {
		PhaseMap map = layer();
		// particles of radius 20 cells over 100 rows: each covers about a tenth of the rows, so 15 % is one or two
		ParticlePlacer.Result r = ParticlePlacer.place(map, CERAMIC, CARBON, 0.15, 20, 0, Placement.RANDOM, 8, 10, 110, 1);
		assertFalse(r.packed(), r.toString());
		assertTrue(Math.abs(r.achieved() - 0.15) <= 0.5 * Math.PI * 400 / (map.nx() * 100.0) + 1e-9, "within half a particle of the target: " + r);
	}

	@Test
	public void percolationTellsAColumnFromScatteredDots() {
		PhaseMap map = layer();
		for (int j = 10; j < 110; j++) {
			map.set(50, j, CERAMIC);
		}
		int ceramic = map.indexOf(CERAMIC);
		assertTrue(Percolation.spans(map, p -> p == ceramic, 10, 110), "a column spans the layer");
		map.set(50, 60, CARBON);
		assertFalse(Percolation.spans(map, p -> p == ceramic, 10, 110), "one cell cut breaks it");
		int carbon = map.indexOf(CARBON);
		assertTrue(Percolation.spans(map, p -> p == carbon, 10, 110), "the matrix around it still spans");
	}
}
