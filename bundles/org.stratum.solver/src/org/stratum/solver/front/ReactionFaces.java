package org.stratum.solver.front;

import java.util.ArrayList;
import java.util.List;

/**
 * The reaction faces of a phase map for {@link CoupledPotentials}: every face between an electron-conducting and an
 * ion-conducting cell to which the rule gives a reaction, less the idle faces of islands; the ties that hold pieces
 * no current reaches; and the kinetics of every face.
 */
final class ReactionFaces {

	/** Width of a bare face's onset, as a fraction of its exchange current density. */
	private static final double SOFT_ONSET = 0.01;

	private final int nx, ny;
	private final double[] sigmaE, sigmaI;
	private final double alpha, f;
	/** The electron-conducting cell and the ion-conducting cell of each face. */
	final int[] electron, ion;
	final FaceReaction[] reactions;
	/** Per cell and network, a conductance to the reference (0) that holds a piece cut off from everything. */
	final double[] tieE, tieI;
	/** The pieces of each network's majority conductors, and whether each reaches its held side. */
	final Islands islandsE, islandsI;

	/**
	 * @param alpha cathodic transfer coefficient
	 * @param f F / RT, 1/V
	 */
	ReactionFaces(int nx, int ny, double[] sigmaE, double[] sigmaI, FaceReaction.Rule rule, double alpha, double f) {
		this.nx = nx;
		this.ny = ny;
		this.sigmaE = sigmaE;
		this.sigmaI = sigmaI;
		this.alpha = alpha;
		this.f = f;
		List<int[]> faces = new ArrayList<>();
		List<FaceReaction> kinds = new ArrayList<>();
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				if (!electronic(p)) {
					continue;
				}
				int[][] neighbours = { { i - 1, j }, { i + 1, j }, { i, j - 1 }, { i, j + 1 } };
				for (int[] q : neighbours) {
					if (q[0] >= 0 && q[0] < nx && q[1] >= 0 && q[1] < ny && ionic(q[1] * nx + q[0])) {
						FaceReaction reaction = rule.between(p, q[1] * nx + q[0]);
						if (reaction != null && reaction.exchangeCurrent() > 0) {
							faces.add(new int[] { p, q[1] * nx + q[0] });
							kinds.add(reaction);
						}
					}
				}
			}
		}
		boolean[] electronConductors = new boolean[nx * ny];
		boolean[] ionConductors = new boolean[nx * ny];
		for (int p = 0; p < electronConductors.length; p++) {
			electronConductors[p] = electronic(p);
			ionConductors[p] = ionic(p);
		}
		islandsE = new Islands(nx, ny, electronConductors, 0);
		islandsI = new Islands(nx, ny, ionConductors, ny - 1);
		dropIdleIslands(faces, kinds);
		electron = faces.stream().mapToInt(face -> face[0]).toArray();
		ion = faces.stream().mapToInt(face -> face[1]).toArray();
		reactions = kinds.toArray(FaceReaction[]::new);
		tieE = ties(sigmaE, electron, 0);
		tieI = ties(sigmaI, ion, ny - 1);
	}

	/** A cell that conducts electrons better than ions: Li, carbon. */
	private boolean electronic(int p) {
		return sigmaE[p] > sigmaI[p];
	}

	/** A cell that conducts ions better than electrons: the electrolyte, LLZTO. */
	private boolean ionic(int p) {
		return sigmaI[p] > sigmaE[p];
	}

	/**
	 * Removes the faces of islands (pieces of a network's conductors that do not reach the side where its potential
	 * is held) whose every face can only plate: such an island cannot pass current in on one face and out on
	 * another, so its faces carry nothing, and its potential, defined by nothing, would only ruin the linear solves.
	 */
	private void dropIdleIslands(List<int[]> faces, List<FaceReaction> kinds) {
		Islands electronic = islandsE;
		Islands ionic = islandsI;
		boolean[] passesE = new boolean[electronic.anchored.length];
		boolean[] passesI = new boolean[ionic.anchored.length];
		for (int k = 0; k < faces.size(); k++) {
			if (!kinds.get(k).platingOnly()) {
				passesE[electronic.piece[faces.get(k)[0]]] = true;
				passesI[ionic.piece[faces.get(k)[1]]] = true;
			}
		}
		for (int k = faces.size() - 1; k >= 0; k--) {
			int e = faces.get(k)[0];
			int q = faces.get(k)[1];
			if (electronic.floating(e) && !passesE[electronic.piece[e]] || ionic.floating(q) && !passesI[ionic.piece[q]]) {
				faces.remove(k);
				kinds.remove(k);
			}
		}
	}

	/**
	 * Ties to the reference potential for the pieces of a network that nothing conducts to (no path of conductivity
	 * above zero to the held side, no reaction face left): an LLZTO particle wrapped in carbon whose faces were
	 * dropped as idle. Its potential is then 0 instead of undefined; no current can reach it, so none flows in the tie.
	 */
	private double[] ties(double[] sigma, int[] cells, int heldRow) {
		boolean[] conducts = new boolean[sigma.length];
		for (int p = 0; p < sigma.length; p++) {
			conducts[p] = sigma[p] > 0;
		}
		Islands pieces = new Islands(nx, ny, conducts, heldRow);
		boolean[] reacts = new boolean[pieces.anchored.length];
		for (int p : cells) {
			reacts[pieces.piece[p]] = true;
		}
		double[] tie = new double[sigma.length];
		for (int p = 0; p < sigma.length; p++) {
			if (pieces.floating(p) && !reacts[pieces.piece[p]]) {
				tie[p] = 2 * sigma[p];
			}
		}
		return tie;
	}

	/**
	 * Cathodic (plating) current density across face k at overpotential eta = phi_e - phi_i, A/m2. A face without
	 * Li on its electronic side plates only beyond its nucleation barrier, as if its overpotential were
	 * {@code eta + barrier}, and carries nothing the other way: its Butler-Volmer current y is passed through the
	 * ramp {@code y^3 / (y^2 + c^2)} for y > 0 (0 otherwise), c = {@link #SOFT_ONSET} i0, which is y to a relative
	 * (c / y)^2 above a few c and starts smoothly from zero, so that Newton meets no kink at the onset.
	 */
	double cathodic(int k, double eta) {
		FaceReaction r = reactions[k];
		double y = butlerVolmer(r.exchangeCurrent(), eta + r.barrier());
		if (!r.platingOnly()) {
			return y;
		}
		if (y <= 0) {
			return 0;
		}
		double c = r.exchangeCurrent() * SOFT_ONSET;
		return y * y * y / (y * y + c * c);
	}

	private double butlerVolmer(double i0, double x) {
		return i0 * (Math.exp(-alpha * f * x) - Math.exp((1 - alpha) * f * x));
	}

	/** d(cathodic)/d(eta) of face k, A/(m2 V): negative, or zero where a bare face carries nothing. */
	double slope(int k, double eta) {
		FaceReaction r = reactions[k];
		double x = eta + r.barrier();
		double slope = -r.exchangeCurrent() * f * (alpha * Math.exp(-alpha * f * x) + (1 - alpha) * Math.exp((1 - alpha) * f * x));
		if (!r.platingOnly()) {
			return slope;
		}
		double y = butlerVolmer(r.exchangeCurrent(), x);
		if (y <= 0) {
			return 0;
		}
		double c2 = Math.pow(r.exchangeCurrent() * SOFT_ONSET, 2);
		return slope * y * y * (y * y + 3 * c2) / ((y * y + c2) * (y * y + c2)); // d/dy of the ramp, times dy/d(eta)
	}

	/** Whether some face can plate. */
	boolean canPlate() {
		return reactions.length > 0;
	}

	/** Whether some face has Li on its electronic side to strip. */
	boolean canStrip() {
		for (FaceReaction r : reactions) {
			if (!r.platingOnly()) {
				return true;
			}
		}
		return false;
	}
}
