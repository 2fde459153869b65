package org.stratum.solver.front;

/**
 * The front model's two networks in its present state: each cell's conductivities from its phase, its Li fraction
 * (a cell past {@link FrontModel#THRESHOLD} conducts as Li and carries no ions) and its reaction progress, and the
 * reaction of every face between an electron conductor and an ion conductor.
 */
final class FrontNetworks {

	/** Conductivity a reacting cell passes through on its way to or from none at all, S/m. */
	private static final double LEAST_CONDUCTIVITY = 1e-12;

	private FrontNetworks() {
	}

	/** Both networks' conductivities from phases, Li fractions and reaction progress, and the reaction of every face. */
	static CoupledPotentials of(FrontModel model, FrontOptions options, double alpha) {
		int nx = model.nx();
		int ny = model.ny();
		FrontState state = model.state();
		int n = nx * ny;
		double[] sigmaE = new double[n];
		double[] sigmaI = new double[n];
		for (int p = 0; p < n; p++) {
			Phase phase = model.phase(p);
			double progress = state.reacted()[p];
			sigmaE[p] = blend(phase.electronic(), phase.product() == null ? 0 : phase.product().electronic(), progress);
			sigmaI[p] = blend(phase.ionic(), phase.product() == null ? 0 : phase.product().ionic(), progress);
			if (model.lithiumAt(p)) {
				sigmaE[p] = Math.max(sigmaE[p], Phase.LITHIUM_CONDUCTIVITY);
				sigmaI[p] = 0;
			}
		}
		return new CoupledPotentials(nx, ny, model.h(), sigmaE, sigmaI, (e, q) -> reaction(model, options, e, q), alpha, model.temperature());
	}

	/**
	 * A conductivity part way through a reaction: geometric, since conductivities span orders of magnitude, from or
	 * to {@link #LEAST_CONDUCTIVITY} where an end does not conduct at all (a logarithm needs a floor, and a
	 * conductivity of 1e-300 would only underflow in the solver).
	 */
	private static double blend(double from, double to, double progress) {
		if (progress <= 0) {
			return from;
		}
		if (progress >= 1) {
			return to;
		}
		double a = Math.log(Math.max(from, LEAST_CONDUCTIVITY));
		double b = Math.log(Math.max(to, LEAST_CONDUCTIVITY));
		return Math.exp((1 - progress) * a + progress * b);
	}

	/** The reaction of a face: i0 of Li against the ion conductor; a bare substrate plates only, past its barrier. */
	private static FaceReaction reaction(FrontModel model, FrontOptions options, int electronCell, int ionCell) {
		Phase ion = model.phase(ionCell);
		double i0 = ion.exchangeCurrent();
		if (model.state().xi()[electronCell] > 0) {
			return FaceReaction.lithium(i0);
		}
		if (options.blockingInterphaseOn().contains(ion)) {
			return null;
		}
		return new FaceReaction(i0, options.nucleation() ? model.phase(electronCell).nucleationBarrier() : 0, true);
	}
}
