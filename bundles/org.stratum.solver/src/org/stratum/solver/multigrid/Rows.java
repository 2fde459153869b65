package org.stratum.solver.multigrid;

import java.util.function.IntConsumer;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * Work over the rows of a grid, in parallel on the fork-join pool the caller runs in (the common pool unless it
 * runs inside another). Every row writes only its own cells and sums are added row by row in order, so the result
 * is bit for bit the same on one thread or many.
 */
public final class Rows {

	/** Grids with fewer cells than this are done on the calling thread: forking costs more than it saves. */
	private static final int PARALLEL_CELLS = 1 << 14;

	private Rows() {
	}

	/** Runs the body for rows 0 .. count-1 of a grid of the given number of cells. */
	public static void forEach(int count, int cells, IntConsumer row) {
		if (cells < PARALLEL_CELLS) {
			for (int r = 0; r < count; r++) {
				row.accept(r);
			}
		} else {
			IntStream.range(0, count).parallel().forEach(row);
		}
	}

	/** The sum of a value per row, added in row order. */
	public static double sum(int count, int cells, IntToDoubleFunction row) {
		double[] partial = new double[count];
		forEach(count, cells, r -> partial[r] = row.applyAsDouble(r));
		double s = 0;
		for (double p : partial) {
			s += p;
		}
		return s;
	}
}
