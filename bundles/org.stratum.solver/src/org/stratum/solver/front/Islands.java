package org.stratum.solver.front;

/**
 * The connected pieces of one network's conductors (the cells that conduct its carrier better than the other:
 * electrons in Li and carbon, ions in the electrolyte and LLZTO) and whether each reaches the side where the
 * network's potential is held. A piece that does not is an island (an LLZTO particle wrapped in carbon, a carbon
 * grain cut off by particles): its potential floats, tied only by its reaction faces and the other carrier's
 * leakage, which is 1e10 and more times weaker.
 */
final class Islands {

	/** Piece of every cell (-1 for a cell that does not conduct). */
	final int[] piece;
	/** Per piece: whether it reaches the held side. */
	final boolean[] anchored;

	/**
	 * @param heldRow the row along which the network's potential is held (0 or ny - 1)
	 */
	Islands(int nx, int ny, boolean[] conductor, int heldRow) {
		piece = new int[nx * ny];
		java.util.Arrays.fill(piece, -1);
		int[] stack = new int[nx * ny];
		java.util.List<Boolean> reach = new java.util.ArrayList<>();
		for (int start = 0; start < piece.length; start++) {
			if (piece[start] >= 0 || !conductor[start]) {
				continue;
			}
			int id = reach.size();
			boolean held = false;
			int top = 0;
			stack[top++] = start;
			piece[start] = id;
			while (top > 0) {
				int p = stack[--top];
				int i = p % nx;
				int j = p / nx;
				held |= j == heldRow;
				int[] neighbours = { i > 0 ? p - 1 : -1, i < nx - 1 ? p + 1 : -1, j > 0 ? p - nx : -1, j < ny - 1 ? p + nx : -1 };
				for (int q : neighbours) {
					if (q >= 0 && piece[q] < 0 && conductor[q]) {
						piece[q] = id;
						stack[top++] = q;
					}
				}
			}
			reach.add(held);
		}
		anchored = new boolean[reach.size()];
		for (int k = 0; k < anchored.length; k++) {
			anchored[k] = reach.get(k);
		}
	}

	/** Whether a cell belongs to a piece that does not reach the held side. */
	boolean floating(int p) {
		return piece[p] >= 0 && !anchored[piece[p]];
	}
}
