package org.stratum.engine.build;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.stratum.engine.results.ResultUnits;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;

/**
 * The grain boundaries of an electrolyte whose .stack file gives a grain size: grains as the cells of a Voronoi
 * tessellation of seeded centres, one per grain area, and the cells on a boundary between two grains (nearer to
 * the second centre than one cell) a phase of their own. A boundary cell adds the boundary's resistance,
 * thickness over conductivity, to a cell of the grain (the stack model's brick layer, cell by cell).
 */
final class GrainBoundaries {

	private GrainBoundaries() {
	}

	/**
	 * Draws the boundaries over the cells of {@code grain} in rows [from, ny); returns the boundary phase.
	 *
	 * @param size grain size, m
	 */
	static Phase draw(PhaseMap map, Phase grain, int from, double size, CellMapper.GrainBoundary gb, long seed, List<String> notes) {
		double h = map.h();
		double sigma = h / (h / grain.ionic() + gb.thickness() / gb.conductivity());
		Phase boundary = new Phase(grain.name() + " grain boundary", grain.electronic(), sigma, grain.exchangeCurrent(), grain.nucleationBarrier(),
				grain.room(), grain.fractureToughness(), grain.flawLength(), grain.product(), grain.reactionTime());
		int nx = map.nx(), rows = map.ny() - from;
		double cells = size / h;
		int count = Math.max(2, (int) Math.round(nx * rows / (cells * cells)));
		Random random = new Random(seed);
		double[][] centres = new double[count][];
		for (int k = 0; k < count; k++) {
			centres[k] = new double[] { random.nextDouble() * nx, from + random.nextDouble() * rows };
		}
		int drawn = 0, of = 0;
		for (int j = from; j < map.ny(); j++) {
			for (int i = 0; i < nx; i++) {
				if (!map.phase(i, j).equals(grain)) {
					continue;
				}
				of++;
				double first = Double.POSITIVE_INFINITY, second = Double.POSITIVE_INFINITY;
				for (double[] c : centres) {
					double dx = Math.abs(i + 0.5 - c[0]);
					dx = Math.min(dx, nx - dx); // periodic across the sides
					double d = Math.hypot(dx, j + 0.5 - c[1]);
					if (d < first) {
						second = first;
						first = d;
					} else if (d < second) {
						second = d;
					}
				}
				if (second - first < 1) {
					map.set(i, j, boundary);
					drawn++;
				}
			}
		}
		notes.add(String.format(Locale.ROOT, "front model: grain boundaries of %d grains of %.3g um drawn in %s (%.0f %% of its cells), each cell"
				+ " on one adds %.3g Ohm cm2 (%.3g nm at %.3g S/cm)", count, ResultUnits.MICROMETRE.fromSI(size), grain.name(), 100.0 * drawn / Math.max(1, of),
				ResultUnits.OHM_CM2.fromSI(gb.thickness() / gb.conductivity()), ResultUnits.NANOMETRE.fromSI(gb.thickness()),
				ResultUnits.SIEMENS_PER_CM.fromSI(gb.conductivity())));
		return boundary;
	}
}
