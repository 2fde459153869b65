package org.stratum.solver.front;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A microstructure on a uniform grid: the phase of every cell (index {@code j * nx + i}, row 0 at the Li
 * electrode's current collector, the last row against the counter side) and the rows where the interlayer and the
 * electrolyte begin, which define where deposited Li is reported (Li side, inside the layer, face band, electrolyte).
 * Built row by row, then particles placed by seed: the same seed gives the same map.
 */
public final class PhaseMap {

	private final int nx, ny;
	private final double h;
	private final List<Phase> phases = new ArrayList<>();
	private final int[] phaseOf;
	private int layerRow, electrolyteRow;

	/**
	 * An nx by ny map of cell size h (m), every cell of the given phase.
	 */
	public PhaseMap(int nx, int ny, double h, Phase fill) {
		if (nx < 2 || ny < 3 || !(h > 0)) {
			throw new IllegalArgumentException("a phase map needs at least 2 x 3 cells of a positive size, not " + nx + " x " + ny + " of " + h + " m");
		}
		this.nx = nx;
		this.ny = ny;
		this.h = h;
		this.phaseOf = new int[nx * ny];
		phases.add(fill);
	}

	/** A Li electrode of the given rows under a flat face with the electrolyte, which fills the rest. */
	public static PhaseMap flat(int nx, int ny, double h, int lithiumRows, Phase electrolyte) {
		PhaseMap map = new PhaseMap(nx, ny, h, electrolyte);
		map.rows(0, lithiumRows, Phase.LITHIUM);
		map.regions(lithiumRows, lithiumRows);
		return map;
	}

	/**
	 * A seed-000-like stack on an n by n grid: Li in the bottom tenth, a carbon layer up to mid-height holding ion
	 * conducting particles (n/40 per row of the layer, radius 1 to n/40 cells, a random dispersion), the
	 * electrolyte above.
	 */
	public static PhaseMap layered(int n, double h, long seed, Phase carbon, Phase particle, Phase electrolyte) {
		PhaseMap map = new PhaseMap(n, n, h, electrolyte);
		int layer = n / 10;
		int top = n / 2;
		map.rows(0, layer, Phase.LITHIUM);
		map.rows(layer, top, carbon);
		map.particles(particle, n * (top - layer) / 40, 1, n / 40.0, layer, top, seed);
		map.regions(layer, top);
		return map;
	}

	/** Sets rows [from, to) to a phase. */
	public PhaseMap rows(int from, int to, Phase phase) {
		int k = index(phase);
		Arrays.fill(phaseOf, from * nx, to * nx, k);
		return this;
	}

	/** Sets one cell's phase. */
	public PhaseMap set(int i, int j, Phase phase) {
		phaseOf[j * nx + i] = index(phase);
		return this;
	}

	/**
	 * Places round particles of a phase, their centres uniform over rows [from, to) and radii uniform in
	 * [minRadius, maxRadius] cells, clipped to those rows.
	 */
	public PhaseMap particles(Phase phase, int count, double minRadius, double maxRadius, int from, int to, long seed) {
		Random random = new Random(seed);
		for (int k = 0; k < count; k++) {
			double ci = random.nextDouble() * nx;
			double cj = from + random.nextDouble() * (to - from);
			double r = minRadius + random.nextDouble() * (maxRadius - minRadius);
			for (int j = (int) Math.max(from, Math.floor(cj - r)); j <= Math.min(to - 1, Math.ceil(cj + r)); j++) {
				for (int i = (int) Math.max(0, Math.floor(ci - r)); i <= Math.min(nx - 1, Math.ceil(ci + r)); i++) {
					if (Math.hypot(i - ci, j - cj) < r) {
						set(i, j, phase);
					}
				}
			}
		}
		return this;
	}

	/** The first row of the interlayer and the first row of the electrolyte (equal when there is no layer). */
	public PhaseMap regions(int layerStart, int electrolyteStart) {
		if (layerStart > electrolyteStart || electrolyteStart >= ny) {
			throw new IllegalArgumentException("the layer (from row " + layerStart + ") must begin before the electrolyte (row " + electrolyteStart + ")");
		}
		this.layerRow = layerStart;
		this.electrolyteRow = electrolyteStart;
		return this;
	}

	private int index(Phase phase) {
		int k = phases.indexOf(phase);
		if (k < 0) {
			phases.add(phase);
			k = phases.size() - 1;
		}
		return k;
	}

	public int nx() {
		return nx;
	}

	public int ny() {
		return ny;
	}

	/** Cell size, m. */
	public double h() {
		return h;
	}

	/** The phases the map uses; cells refer to them by index. */
	public List<Phase> phases() {
		return List.copyOf(phases);
	}

	/** The phase index of every cell. */
	public int[] phaseIndices() {
		return phaseOf.clone();
	}

	/** The phase index of a cell (into {@link #phases()}). */
	public int phaseIndex(int i, int j) {
		return phaseOf[j * nx + i];
	}

	/** The index of a phase, which joins the map's phases if it is new. */
	public int indexOf(Phase phase) {
		return index(phase);
	}

	/** The phase of a cell. */
	public Phase phase(int i, int j) {
		return phases.get(phaseOf[j * nx + i]);
	}

	/** First row of the interlayer. */
	public int layerRow() {
		return layerRow;
	}

	/** First row of the electrolyte. */
	public int electrolyteRow() {
		return electrolyteRow;
	}
}
