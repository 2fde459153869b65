package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.CoupledPotentials;
import org.stratum.solver.front.FaceReaction;
import org.stratum.solver.front.Phase;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.TransmissionLine;

/**
 * The front model's 1-D limit (physics.md verification 4): a mixed-conducting layer built of one-cell lamellae,
 * electron conductor and ion conductor side by side from the Li foil to the electrolyte, reacting across the faces
 * between them, is a ladder network; at small current (linear kinetics) the reaction per row must follow the
 * Newman-Tobias distribution of the stack model's {@link TransmissionLine} with the layer's effective values: a =
 * faces per area, sigma and kappa weighted by the columns' share of the width, k = i0 F / RT.
 */
public class LamellarLayerTest {

	private static final double T = 328.15;
	private static final double H = 0.1e-6;
	private static final double I0 = 10;
	/** Electron columns (ion columns: one more). */
	private static final int PAIRS = 8;
	private static final int FOIL = 2, LAYER = 60, ELECTROLYTE = 4;

	@Test
	void theReactionAcrossALamellarLayerFollowsTheTransmissionLine() {
		for (double[] conductivities : new double[][] { { 0.05, 0.05 }, { 0.2, 0.02 }, { 0.02, 0.2 } }) {
			double sigmaElectronic = conductivities[0];
			double sigmaIonic = conductivities[1];
			int nx = 2 * PAIRS + 1;
			int ny = FOIL + LAYER + ELECTROLYTE;
			double[] sigmaE = new double[nx * ny];
			double[] sigmaI = new double[nx * ny];
			for (int j = 0; j < ny; j++) {
				for (int i = 0; i < nx; i++) {
					int p = j * nx + i;
					if (j < FOIL) {
						sigmaE[p] = Phase.LITHIUM_CONDUCTIVITY;
					} else if (j < FOIL + LAYER && i % 2 == 1) {
						sigmaE[p] = sigmaElectronic;
					} else {
						sigmaI[p] = sigmaIonic;
						sigmaE[p] = 1e-12;
					}
				}
			}
			// only the faces between the lamellae react: none at the foil, none where an electron column meets the electrolyte
			FaceReaction.Rule rule = (e, q) -> e / nx == q / nx && e / nx >= FOIL && e / nx < FOIL + LAYER ? FaceReaction.lithium(I0) : null;
			CoupledPotentials cell = new CoupledPotentials(nx, ny, H, sigmaE, sigmaI, rule, 0.5, T);
			double j = 0.05; // 5 uA/cm2: overpotentials well below RT/F, kinetics linear to 1e-4
			cell.solveGalvanostatic(j);
			double width = nx * H;
			double area = 2.0 * PAIRS / (nx * H); // faces per unit area of the layer, 1/m
			double sigma = sigmaElectronic * PAIRS / nx;
			double kappa = sigmaIonic * (PAIRS + 1) / nx;
			TransmissionLine line = new TransmissionLine(LAYER * H, kappa, sigma, area, I0 * Constants.f(T));
			double[] perRow = new double[LAYER];
			for (int k = 0; k < cell.faces(); k++) {
				perRow[cell.electronCell(k) / nx - FOIL] += cell.faceCurrentDensity(k) * H;
			}
			double peak = 0;
			for (int r = 0; r < LAYER; r++) {
				peak = Math.max(peak, line.reaction((r + 0.5) * H, j) * H * width);
			}
			double worst = 0;
			for (int r = 0; r < LAYER; r++) {
				double expected = line.reaction((r + 0.5) * H, j) * H * width;
				worst = Math.max(worst, Math.abs(perRow[r] - expected) / peak);
				assertEquals(expected, perRow[r], 0.02 * peak, "row " + r + " at sigma " + sigmaElectronic + ", kappa " + sigmaIonic);
			}
			System.out.printf(Locale.ROOT, "lamellar layer, sigma %.3g kappa %.3g S/m: lambda %.2f um over %.1f um, largest deviation %.2f %% of the peak%n",
					sigma, kappa, line.lambda() * 1e6, LAYER * H * 1e6, worst * 100);
		}
	}
}
