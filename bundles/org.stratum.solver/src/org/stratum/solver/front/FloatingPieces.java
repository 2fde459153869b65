package org.stratum.solver.front;

import org.stratum.solver.multigrid.GridOperator;

/**
 * A coarse correction for the pieces of one network that float (no path of its majority carrier to the side where
 * its potential is held: an LLZTO particle in carbon, a carbon grain cut off by particles). Such a piece's constant
 * mode is nearly free, tied only by its reaction faces or a leakage 1e10 times weaker; when the piece is smaller
 * than a coarse cell the multigrid's interpolation cannot carry that mode, and CG paid an iteration for every piece.
 * Added to the V-cycle: {@code z += 1_P (1_P . r) / (1_P . A 1_P)} for every floating piece P.
 */
final class FloatingPieces {

	/** The cells of floating pieces, and the piece of each. */
	private final int[] cells, pieceOf;
	/** Per piece, {@code 1_P . A 1_P}. */
	private final double[] energy;

	FloatingPieces(GridOperator a, Islands islands) {
		int n = a.size();
		int[] renumbered = new int[islands.anchored.length];
		int count = 0;
		for (int k = 0; k < renumbered.length; k++) {
			renumbered[k] = islands.anchored[k] ? -1 : count++;
		}
		double[] floating = new double[n];
		int members = 0;
		for (int p = 0; p < n; p++) {
			if (islands.piece[p] >= 0 && renumbered[islands.piece[p]] >= 0) {
				floating[p] = 1;
				members++;
			}
		}
		cells = new int[members];
		pieceOf = new int[members];
		for (int p = 0, m = 0; p < n; p++) {
			if (floating[p] == 1) {
				cells[m] = p;
				pieceOf[m++] = renumbered[islands.piece[p]];
			}
		}
		energy = new double[count];
		if (count > 0) {
			// pieces are 4-connected and the operator couples only 4-neighbours, so no two pieces touch: A applied to
			// the indicator of all floating cells, summed over a piece, is 1_P . A 1_P
			double[] a1 = new double[n];
			a.apply(floating, a1);
			for (int m = 0; m < cells.length; m++) {
				energy[pieceOf[m]] += a1[cells[m]];
			}
		}
	}

	/** Adds the pieces' correction for residual r to z. */
	void correct(double[] r, double[] z) {
		if (energy.length == 0) {
			return;
		}
		double[] sum = new double[energy.length];
		for (int m = 0; m < cells.length; m++) {
			sum[pieceOf[m]] += r[cells[m]];
		}
		for (int m = 0; m < cells.length; m++) {
			int k = pieceOf[m];
			if (energy[k] > 0) {
				z[cells[m]] += sum[k] / energy[k];
			}
		}
	}
}
