package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.CoupledPotentials;
import org.stratum.solver.front.LayeredMap;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.physics.Constants;

/**
 * The front model's two networks under a galvanostatic current, against closed forms on a flat Li | electrolyte
 * front (physics.md section 2, verification 2 and 5): the overpotential of every face is (2RT/F) asinh(j / 2 i0),
 * the applied current crosses every horizontal line, and the electrode potential is the sum of the ohmic drops
 * and the overpotential.
 */
public class CoupledPotentialsTest {

	private static final int NX = 6;
	private static final int NY = 48;
	private static final int LI_ROWS = 8;
	private static final double H = 0.25e-6;
	private static final double LI = 1.1e7;
	private static final double SE_IONIC = 0.1;
	private static final double SE_ELECTRONIC = 1.1e-10;
	private static final double I0 = 10;
	private static final double T = 328.15;

	private static CoupledPotentials flatFront() {
		double[] sigmaE = new double[NX * NY];
		double[] sigmaI = new double[NX * NY];
		for (int j = 0; j < NY; j++) {
			for (int i = 0; i < NX; i++) {
				sigmaE[j * NX + i] = j < LI_ROWS ? LI : SE_ELECTRONIC;
				sigmaI[j * NX + i] = j < LI_ROWS ? 0 : SE_IONIC;
			}
		}
		return new CoupledPotentials(NX, NY, H, sigmaE, sigmaI, I0, 0.5, T);
	}

	@Test
	void aFlatFrontCarriesTheCurrentAtTheButlerVolmerOverpotential() {
		for (double j : new double[] { 2, 20, 50 }) { // 0.2, 2 and 5 mA/cm2
			CoupledPotentials cell = flatFront();
			double v = cell.solveGalvanostatic(j);
			assertEquals(NX, cell.faces(), "one reaction face per column");
			double eta = -2 / Constants.f(T) * asinh(j / (2 * I0));
			for (int k = 0; k < cell.faces(); k++) {
				assertEquals(eta, cell.overpotential(k), Math.abs(eta) * 1e-6, "face " + k + " at " + j + " A/m2");
				assertEquals(j, cell.faceCurrentDensity(k), j * 1e-6);
			}
			for (int row = 1; row < NY; row++) {
				assertEquals(j * NX * H, cell.currentAcross(row), j * NX * H * 1e-6, "current across the line below row " + row);
			}
			double ionic = (NY - LI_ROWS - 0.5) * H / SE_IONIC;
			double electronic = (LI_ROWS - 0.5) * H / LI;
			assertEquals(-j * ionic + eta - j * electronic, v, Math.abs(v) * 1e-6, "electrode potential at " + j + " A/m2");
		}
	}

	/**
	 * On a seed-000-like map (Li, a carbon network holding LLZTO particles, LPSCl above) the plating current
	 * divides among hundreds of faces, and still the applied current crosses every horizontal line: charge is
	 * conserved in and between the two networks.
	 */
	@Test
	void theCurrentIsConservedAcrossEveryLineOfAMicrostructure() {
		int n = 48;
		LayeredMap.Networks map = LayeredMap.networks(n, 7);
		CoupledPotentials cell = new CoupledPotentials(n, n, 0.125e-6, map.electronic(), map.ionic(), I0, 0.5, T);
		double j = 50; // 5 mA/cm2
		double v = cell.solveGalvanostatic(j);
		assertTrue(cell.faces() > 100, cell.faces() + " reaction faces");
		double applied = j * n * 0.125e-6;
		double reacting = 0;
		for (int k = 0; k < cell.faces(); k++) {
			reacting += cell.faceCurrentDensity(k) * 0.125e-6;
		}
		assertEquals(applied, reacting, applied * 1e-9, "the faces carry the applied current");
		for (int row = 1; row < n; row++) {
			assertEquals(applied, cell.currentAcross(row), applied * 1e-6, "current across the line below row " + row);
		}
		assertTrue(v < 0, "plating drives the electrode below the counter side: " + v);
	}

	private static double asinh(double x) {
		return Math.log(x + Math.sqrt(x * x + 1));
	}

	/**
	 * LLZTO particles wrapped in carbon float in the ionic network, tied only through their reaction faces; without
	 * the coarse correction for floating pieces CG paid about an iteration per particle (61 per linear solve on this
	 * map at 128^2, growing with the grid).
	 */
	@Test
	void particlesWrappedInCarbonCostNoIterationEach() {
		int n = 128;
		Phase electrolyte = Phase.electrolyte("LPSCl", 0.3, 1e-8, I0, 0.23e6, 1e-6);
		PhaseMap map = PhaseMap.layered(n, 0.125e-6, 7, Phase.electronConductor("carbon", 100, 0.3), Phase.electrolyte("LLZTO", 0.05, 1e-8, I0, 1e6, 0),
				electrolyte);
		double[] sigmaE = new double[n * n];
		double[] sigmaI = new double[n * n];
		for (int j = 0; j < n; j++) {
			for (int i = 0; i < n; i++) {
				sigmaE[j * n + i] = map.phase(i, j).electronic();
				sigmaI[j * n + i] = map.phase(i, j).ionic();
			}
		}
		CoupledPotentials cell = new CoupledPotentials(n, n, 0.125e-6, sigmaE, sigmaI, I0, 0.5, T);
		cell.solveGalvanostatic(50);
		double perSolve = cell.linearIterations() / (2.0 * cell.newtonSteps());
		assertTrue(perSolve < 25, perSolve + " CG iterations per linear solve");
	}
}
