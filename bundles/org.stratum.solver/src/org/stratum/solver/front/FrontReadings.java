package org.stratum.solver.front;

/**
 * What a sample reads of a front model's state, apart from its time step: the front's height per column, its
 * penetration into the electrolyte, the Li in the map.
 */
public final class FrontReadings {

	private FrontReadings() {
	}

	/** Depth of the deepest Li-conducting cell beyond the electrolyte's first row, m (0: none). */
	public static double penetration(FrontModel model) {
		int nx = model.nx();
		for (int j = model.ny() - 1; j >= model.electrolyteRow(); j--) {
			for (int i = 0; i < nx; i++) {
				if (model.lithiumAt(j * nx + i)) {
					return (j - model.electrolyteRow() + 1) * model.h();
				}
			}
		}
		return 0;
	}

	/**
	 * Per column, the height of its highest Li-conducting cell's top above the working electrode's face at the start
	 * (m; 0 where the column's Li is still only the foil, negative where stripping has thinned the foil below it).
	 */
	public static double[] frontHeights(FrontModel model) {
		int nx = model.nx();
		double[] heights = new double[nx];
		for (int i = 0; i < nx; i++) {
			int top = -1;
			for (int j = model.ny() - 1; j >= 0 && top < 0; j--) {
				top = model.lithiumAt(j * nx + i) ? j : -1;
			}
			heights[i] = (top + 1 - model.layerRow()) * model.h();
		}
		return heights;
	}

	/** Li in the map's cells, m3 per m of depth. */
	public static double lithiumInMap(FrontModel model) {
		double s = 0;
		for (double x : model.state().xi()) {
			s += x;
		}
		return s * model.h() * model.h();
	}
}
