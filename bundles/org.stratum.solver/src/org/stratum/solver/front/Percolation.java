package org.stratum.solver.front;

import java.util.ArrayDeque;
import java.util.function.IntPredicate;

/** Whether the cells of some phases connect one row to another (side neighbours; periodic across the sides). */
public final class Percolation {

	private Percolation() {
	}

	/** Whether cells whose phase index passes the test form a path from row {@code from} to row {@code to - 1}. */
	public static boolean spans(PhaseMap map, IntPredicate phase, int from, int to) {
		int nx = map.nx();
		boolean[] seen = new boolean[nx * map.ny()];
		ArrayDeque<int[]> queue = new ArrayDeque<>();
		for (int i = 0; i < nx; i++) {
			if (phase.test(map.phaseIndex(i, from))) {
				seen[from * nx + i] = true;
				queue.add(new int[] { i, from });
			}
		}
		int[][] steps = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
		while (!queue.isEmpty()) {
			int[] c = queue.poll();
			if (c[1] == to - 1) {
				return true;
			}
			for (int[] s : steps) {
				int i = Math.floorMod(c[0] + s[0], nx), j = c[1] + s[1];
				if (j >= from && j < to && !seen[j * nx + i] && phase.test(map.phaseIndex(i, j))) {
					seen[j * nx + i] = true;
					queue.add(new int[] { i, j });
				}
			}
		}
		return false;
	}
}
