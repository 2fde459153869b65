package org.stratum.solver.front;

import java.util.Arrays;

import org.stratum.solver.multigrid.GridOperator;
import org.stratum.solver.multigrid.NotConvergedException;
import org.stratum.solver.physics.Constants;

/**
 * The electronic potential {@code phi_e} and the ionic potential {@code phi_i} of a phase map under a galvanostatic
 * current, coupled by Butler-Volmer reactions across every face where an electron conductor (Li, carbon) meets an
 * ion conductor (the electrolyte, LLZTO). The electrode's current collector (the bottom side) holds {@code phi_e}
 * at the electrode potential V, an output; the counter side (the top) holds {@code phi_i} at 0. Damped Newton on
 * both networks and V together: each step solves the Jacobian, a conductance network over 2N nodes whose reaction
 * edges conduct {@code dI/d eta}, for two right-hand sides (the residual and the response to V) by conjugate
 * gradients preconditioned with one multigrid V-cycle per network ({@link CoupledJacobian}). The faces and their
 * kinetics are {@link ReactionFaces}'.
 */
public final class CoupledPotentials {

	/** Newton stops when the applied current is met to this fraction and the potentials move by less than this, V. */
	private static final double CURRENT_TOLERANCE = 1e-9;
	private static final double POTENTIAL_TOLERANCE = 1e-9;
	/** No Newton step changes an overpotential by more than this, V: the exponentials stay in their trust region. */
	private static final double MAX_STEP = 0.05;
	private static final int MAX_NEWTON = 60;
	/** The current density the tolerance is relative to when the applied one is smaller (at rest), A/m2. */
	private static final double CURRENT_SCALE = 1;
	/** Newton conductance of a face that carries no current, relative to its exchange conductance i0 F / RT. */
	private static final double IDLE_FACE = 1e-9;

	private final int nx, ny;
	private final double h;
	private final double[] sigmaE, sigmaI;
	private final double f;
	private final ReactionFaces faces;
	/** Reaction faces: the electron-conducting cell and the ion-conducting cell of each. */
	private final int[] faceE, faceI;
	/** Per cell, a conductance to the reference (0) that holds a piece cut off from everything. */
	private final double[] tieE, tieI;
	private final GridOperator baseE, baseI;
	/** The electronic potential relative to the electrode ({@code phi_e - V}) and the ionic potential, per cell, V. */
	private final double[] phiE, phiI;
	private double electrodePotential;
	/** Newton steps and CG iterations (summed over all linear solves) of the last solve. */
	private int newtonSteps, linearIterations;

	/**
	 * @param h cell size, m
	 * @param sigmaE electronic conductivity per cell (index {@code j * nx + i}), S/m
	 * @param sigmaI ionic conductivity per cell, S/m
	 * @param exchangeCurrentDensity i0 of the Li | conductor reaction, A/m2
	 * @param alpha cathodic transfer coefficient
	 * @param temperature K
	 */
	public CoupledPotentials(int nx, int ny, double h, double[] sigmaE, double[] sigmaI, double exchangeCurrentDensity, double alpha, double temperature) {
		this(nx, ny, h, sigmaE, sigmaI, (e, q) -> FaceReaction.lithium(exchangeCurrentDensity), alpha, temperature);
	}

	/**
	 * @param h cell size, m
	 * @param sigmaE electronic conductivity per cell (index {@code j * nx + i}), S/m
	 * @param sigmaI ionic conductivity per cell, S/m
	 * @param rule the reaction of each face between an electron conductor and an ion conductor (null: none)
	 * @param alpha cathodic transfer coefficient
	 * @param temperature K
	 */
	public CoupledPotentials(int nx, int ny, double h, double[] sigmaE, double[] sigmaI, FaceReaction.Rule rule, double alpha, double temperature) {
		this.nx = nx;
		this.ny = ny;
		this.h = h;
		this.sigmaE = sigmaE.clone();
		this.sigmaI = sigmaI.clone();
		this.f = Constants.f(temperature);
		this.faces = new ReactionFaces(nx, ny, this.sigmaE, this.sigmaI, rule, alpha, f);
		this.faceE = faces.electron;
		this.faceI = faces.ion;
		this.tieE = faces.tieE;
		this.tieI = faces.tieI;
		baseE = GridOperator.conductance(nx, ny, this.sigmaE, true, false, tieE);
		baseI = GridOperator.conductance(nx, ny, this.sigmaI, false, true, tieI);
		phiE = new double[nx * ny];
		phiI = new double[nx * ny];
	}

	/** Number of reaction faces. */
	public int faces() {
		return faceE.length;
	}

	/** The electron-conducting cell of reaction face k. */
	public int electronCell(int k) {
		return faceE[k];
	}

	/** The ion-conducting cell of reaction face k. */
	public int ionCell(int k) {
		return faceI[k];
	}

	/**
	 * Takes the potentials of an earlier solution on the same grid as the starting point of the next solve (the
	 * map changed a little: a cell filled with Li, a crack opened).
	 */
	public void startFrom(CoupledPotentials earlier) {
		if (earlier.nx != nx || earlier.ny != ny) {
			throw new IllegalArgumentException("a " + earlier.nx + " x " + earlier.ny + " solution cannot start a " + nx + " x " + ny + " solve");
		}
		System.arraycopy(earlier.phiE, 0, phiE, 0, phiE.length);
		System.arraycopy(earlier.phiI, 0, phiI, 0, phiI.length);
		electrodePotential = earlier.electrodePotential;
	}

	/** Overpotential of reaction face k, V. */
	public double overpotential(int k) {
		return phiE[faceE[k]] + electrodePotential - phiI[faceI[k]];
	}

	/** Plating current density across reaction face k, A/m2. */
	public double faceCurrentDensity(int k) {
		return faces.cathodic(k, overpotential(k));
	}

	/** Newton steps the last solve took. */
	public int newtonSteps() {
		return newtonSteps;
	}

	/** CG iterations of all linear solves of the last solve. */
	public int linearIterations() {
		return linearIterations;
	}

	/** The electrode potential of the last solve, V. */
	public double electrodePotential() {
		return electrodePotential;
	}

	/** The electronic potential per cell, V. */
	public double[] electronicPotential() {
		double[] absolute = phiE.clone();
		for (int p = 0; p < absolute.length; p++) {
			absolute[p] += electrodePotential;
		}
		return absolute;
	}

	/** The ionic potential per cell, V. */
	public double[] ionicPotential() {
		return phiI.clone();
	}

	/**
	 * Current per unit depth (A/m) crossing the horizontal line between rows j-1 and j upwards in either network
	 * (downwards is positive: the way plating current flows from the counter side to the collector).
	 */
	public double currentAcross(int j) {
		double s = 0;
		for (int i = 0; i < nx; i++) {
			int below = (j - 1) * nx + i;
			int above = j * nx + i;
			s += GridOperator.harmonic(sigmaE[below], sigmaE[above]) * (phiE[above] - phiE[below]);
			s += GridOperator.harmonic(sigmaI[below], sigmaI[above]) * (phiI[above] - phiI[below]);
		}
		for (int k = 0; k < faceE.length; k++) { // a reaction across this line carries current from one network to the other
			int e = faceE[k];
			int i = faceI[k];
			if (e / nx == j - 1 && i / nx == j) {
				s += h * faces.cathodic(k, overpotential(k));
			} else if (i / nx == j - 1 && e / nx == j) {
				s -= h * faces.cathodic(k, overpotential(k));
			}
		}
		return s;
	}

	/**
	 * Solves for the potentials that carry the applied plating current density (A/m2 over the collector's width),
	 * starting from the last solution. The electronic unknowns are potentials relative to the electrode
	 * ({@code phi_e - V}): across Li metal they differ by 1e-14 V, which a difference of absolute potentials near V
	 * would lose to rounding. The applied current is met as the sum of the reaction currents.
	 *
	 * @return the electrode potential, V
	 * @throws NotConvergedException when Newton or a linear solve does not converge
	 */
	public double solveGalvanostatic(double currentDensity) {
		int n = nx * ny;
		double applied = currentDensity * nx * h;
		linearIterations = 0;
		for (int iteration = 1; iteration <= MAX_NEWTON; iteration++) {
			newtonSteps = iteration;
			double[] fE = new double[n];
			double[] fI = new double[n];
			baseE.apply(phiE, fE);
			baseI.apply(phiI, fI);
			double reacting = 0;
			for (int k = 0; k < faceE.length; k++) {
				double current = h * faces.cathodic(k, overpotential(k)); // from the ionic node into the electronic one
				reacting += current;
				fE[faceE[k]] -= current;
				fI[faceI[k]] += current;
			}
			double mismatch = reacting - applied;
			CoupledJacobian jacobian = jacobian();
			double[] g = jacobian.g;
			double[] dFdV = new double[2 * n];
			double gSum = 0;
			for (int k = 0; k < faceE.length; k++) {
				gSum += g[k];
				dFdV[faceE[k]] += g[k];
				dFdV[n + faceI[k]] -= g[k];
			}
			double[] y = jacobian.solve(negate(fE), negate(fI));
			double[] z = jacobian.solve(Arrays.copyOfRange(dFdV, 0, n), Arrays.copyOfRange(dFdV, n, 2 * n));
			linearIterations += jacobian.iterations();
			double gy = 0;
			double gz = 0;
			for (int k = 0; k < faceE.length; k++) {
				gy += g[k] * (y[faceE[k]] - y[n + faceI[k]]);
				gz += g[k] * (z[faceE[k]] - z[n + faceI[k]]);
			}
			double dV;
			if (gSum > 0) {
				dV = (gy - mismatch) / (gz - gSum);
			} else if (mismatch < 0 ? faces.canPlate() : faces.canStrip()) {
				dV = Math.signum(mismatch) * MAX_STEP; // no face conducts yet: drive towards the nucleation barriers
			} else {
				throw new NotConvergedException("no face can carry a " + (mismatch < 0 ? "plating" : "stripping") + " current");
			}
			double[] step = new double[2 * n];
			for (int p = 0; p < 2 * n; p++) {
				step[p] = y[p] - dV * z[p];
			}
			double largest = Math.abs(dV);
			for (int k = 0; k < faceE.length; k++) {
				largest = Math.max(largest, Math.abs(step[faceE[k]] + dV - step[n + faceI[k]]));
			}
			double damping = Math.min(1, MAX_STEP / Math.max(largest, Double.MIN_NORMAL));
			for (int p = 0; p < n; p++) {
				phiE[p] += damping * step[p];
				phiI[p] += damping * step[n + p];
			}
			electrodePotential += damping * dV;
			if (damping == 1 && largest < POTENTIAL_TOLERANCE && Math.abs(mismatch) <= CURRENT_TOLERANCE * Math.max(Math.abs(applied), nx * h * CURRENT_SCALE)) {
				return electrodePotential;
			}
		}
		throw new NotConvergedException(String.format(java.util.Locale.ROOT,
				"no potentials carry %.3g mA/cm2 after %d Newton steps (the electrode potential reached %.3g V): too few faces can react for this current",
				currentDensity / Constants.A_PER_M2_PER_MA_PER_CM2, MAX_NEWTON, electrodePotential));
	}

	/** The Newton matrix at the present potentials: each network's conductances plus the reaction edges between them. */
	private CoupledJacobian jacobian() {
		int n = nx * ny;
		double[] g = new double[faceE.length];
		double[] extraE = tieE.clone();
		double[] extraI = tieI.clone();
		for (int k = 0; k < faceE.length; k++) {
			// a face that carries nothing (a bare substrate short of its barrier) keeps a trace of its conductance, so
			// that an island of carbon or electrolyte cut off from both sides still has a defined Newton step
			g[k] = Math.max(-h * faces.slope(k, overpotential(k)), h * faces.reactions[k].exchangeCurrent() * f * IDLE_FACE);
			extraE[faceE[k]] += g[k];
			extraI[faceI[k]] += g[k];
		}
		return new CoupledJacobian(GridOperator.conductance(nx, ny, sigmaE, true, false, extraE),
				GridOperator.conductance(nx, ny, sigmaI, false, true, extraI), faceE, faceI, g, faces.islandsE, faces.islandsI);
	}

	/**
	 * Every entry of the Newton matrix at the present potentials (electronic unknowns 0 .. N-1, ionic N .. 2N-1),
	 * for comparing linear solvers on the very system this one solves.
	 */
	public void forEachJacobianEntry(GridOperator.EntryConsumer entries) {
		CoupledJacobian j = jacobian();
		int n = nx * ny;
		j.e.forEachEntry(0, entries);
		j.i.forEachEntry(n, entries);
		for (int k = 0; k < faceE.length; k++) {
			entries.accept(faceE[k], n + faceI[k], -j.g[k]);
			entries.accept(n + faceI[k], faceE[k], -j.g[k]);
		}
	}

	/** Solves the Newton matrix at the present potentials for a right-hand side (2N: electronic, then ionic), setup included. */
	public double[] solveJacobian(double[] rhs) {
		int n = nx * ny;
		return jacobian().solve(Arrays.copyOfRange(rhs, 0, n), Arrays.copyOfRange(rhs, n, 2 * n));
	}

	private static double[] negate(double[] v) {
		double[] out = new double[v.length];
		for (int p = 0; p < v.length; p++) {
			out[p] = -v[p];
		}
		return out;
	}
}
