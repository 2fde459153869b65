package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.stratum.solver.front.CoupledPotentials;
import org.stratum.solver.front.FrontModel;
import org.stratum.solver.front.FrontOptions;
import org.stratum.solver.front.FrontReadings;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Griffith;

/**
 * The front model's time step against closed forms and conservation (physics.md section 2, verification 3, 5 and
 * 8), its determinism, and each switchable mechanism on and off.
 */
public class FrontModelTest {

	private static final double T = 328.15;
	private static final double H = 0.5e-6;
	private static final double I0 = 10;
	/** LPSCl-like: 3 mS/cm ionic, a trace of electronic conduction; K_IC 0.23 MPa m^0.5 (sulfide glass-ceramics). */
	private static final Phase DENSE = Phase.electrolyte("LPSCl", 0.3, 1e-8, I0, 0.23e6, 1e-6);
	private static final Phase YIELDING = DENSE.withRoom(1);
	private static final Phase CARBON = Phase.electronConductor("soft carbon", 100, 0.3);
	private static final Phase LLZTO = Phase.electrolyte("LLZTO", 0.05, 1e-8, I0, 1.0e6, 0);

	/** Height of the Li front in column i: where xi falls through 1/2, interpolated between cell centres, m. */
	private static double frontHeight(FrontModel model, int i) {
		double[] xi = model.state().xi();
		for (int j = 1; j < model.ny(); j++) {
			double below = xi[(j - 1) * model.nx() + i];
			double above = xi[j * model.nx() + i];
			if (below >= 0.5 && above < 0.5) {
				return (j - 0.5 + (below - 0.5) / (below - above)) * model.h();
			}
		}
		return Double.NaN;
	}

	private static void run(FrontModel model, double j, double until) {
		while (model.state().time() < until * (1 - 1e-12)) {
			model.step(j, until - model.state().time());
		}
	}

	@Test
	void aFlatFrontMovesAtFaradaysRateAtTheButlerVolmerOverpotential() {
		FrontModel model = new FrontModel(PhaseMap.flat(4, 48, H, 8, YIELDING), FrontOptions.DEFAULTS, T);
		double j = 20; // 2 mA/cm2
		run(model, j, 1000);
		double h1 = frontHeight(model, 0);
		run(model, j, 3000);
		double h2 = frontHeight(model, 0);
		double speed = (h2 - h1) / 2000;
		double faraday = j * Constants.OMEGA_LI / Constants.F;
		System.out.printf(Locale.ROOT, "flat front: %.4e m/s against j Omega / F = %.4e m/s%n", speed, faraday);
		assertEquals(faraday, speed, faraday * 0.01, "front speed");
		for (int i = 1; i < 4; i++) {
			assertEquals(h2, frontHeight(model, i), 1e-12, "the front stays flat");
		}
		double[] heights = FrontReadings.frontHeights(model);
		for (int i = 0; i < 4; i++) {
			assertEquals(h2 - 8 * H, heights[i], H, "the reported height is the front's above the foil's first face, to a cell");
		}
		CoupledPotentials potentials = model.potentials(j);
		double eta = -2 / Constants.f(T) * asinh(j / (2 * I0));
		for (int k = 0; k < potentials.faces(); k++) {
			assertEquals(eta, potentials.overpotential(k), Math.abs(eta) * 0.01, "overpotential of face " + k);
		}
	}

	@Test
	void lithiumIsConservedAndTheCurrentCrossesEveryLine() {
		int n = 48;
		PhaseMap map = PhaseMap.layered(n, 0.125e-6, 3, CARBON, LLZTO, DENSE);
		FrontModel model = new FrontModel(map, FrontOptions.DEFAULTS, T);
		double start = FrontReadings.lithiumInMap(model) + model.state().reservoir();
		double width = n * model.h();
		double charge = 0;
		for (double j : new double[] { 50, -30, 50 }) {
			double until = model.state().time() + 30;
			while (model.state().time() < until * (1 - 1e-12)) {
				FrontModel.StepReport step = model.step(j, until - model.state().time());
				charge += j * step.dt();
			}
			CoupledPotentials potentials = model.potentials(j);
			for (int row = 1; row < n; row++) {
				assertEquals(j * width, potentials.currentAcross(row), Math.abs(j) * width * 1e-6, "current across the line below row " + row);
			}
		}
		double expected = charge * width * Constants.OMEGA_LI / Constants.F;
		double li = FrontReadings.lithiumInMap(model) + model.state().reservoir() - start;
		assertEquals(expected, li, Math.abs(expected) * 1e-6, "Li in the map and the electrode's body against the charge passed");
	}

	@Test
	void aDenseElectrolyteCracksAtTheGriffithOverpotential() {
		double critical = Griffith.criticalOverpotential(DENSE.fractureToughness(), DENSE.flawLength());
		double f = Constants.f(T);
		for (double factor : new double[] { 0.98, 1.02 }) {
			double eta = critical * factor;
			double j = 2 * I0 * Math.sinh(f * eta / 2); // the flat face's current at that overpotential
			FrontModel model = new FrontModel(PhaseMap.flat(4, 24, H, 8, DENSE), FrontOptions.DEFAULTS, T);
			FrontModel.StepReport step = model.step(j, 1);
			if (factor < 1) {
				assertEquals(0, step.cracksOpened(), "below the critical overpotential " + critical + " V");
			} else {
				assertEquals(4, step.cracksOpened(), "above it every face cracks");
				assertEquals(1, model.phase(8 * 4).room(), "a crack gives Li room");
			}
			FrontModel off = new FrontModel(PhaseMap.flat(4, 24, H, 8, DENSE), FrontOptions.DEFAULTS.withCracks(false), T);
			assertEquals(0, off.step(j, 1).cracksOpened(), "cracking switched off");
		}
	}

	@Test
	void theSameInputsGiveTheSameBitsOnOneThreadOrTwo() throws Exception {
		double[][] results = new double[2][];
		for (int threads = 1; threads <= 2; threads++) {
			ForkJoinPool pool = new ForkJoinPool(threads);
			try {
				results[threads - 1] = pool.submit(() -> {
					FrontModel model = new FrontModel(PhaseMap.layered(128, 0.125e-6, 11, CARBON, LLZTO, DENSE), FrontOptions.DEFAULTS, T);
					for (int s = 0; s < 3; s++) {
						model.step(50, 30);
					}
					return model.state().xi().clone();
				}).get();
			} finally {
				pool.shutdown();
			}
		}
		assertArrayEquals(results[0], results[1], "xi after three steps");
	}

	/** A Li electrode under a row of carbon: the only faces are carbon | electrolyte, bare until Li forms on them. */
	private static FrontModel carbonCovered(Phase carbon, FrontOptions options) {
		PhaseMap map = PhaseMap.flat(4, 24, H, 8, DENSE);
		map.rows(8, 10, carbon).regions(8, 10);
		return new FrontModel(map, options, T);
	}

	@Test
	void aNucleationBarrierAddsToTheFirstPlatingOverpotential() {
		double barrier = 0.05;
		Phase carbon = CARBON.withNucleationBarrier(barrier);
		double j = 20;
		double with = carbonCovered(carbon, FrontOptions.DEFAULTS).potentials(j).overpotential(0);
		double without = carbonCovered(carbon, FrontOptions.DEFAULTS.withNucleation(false)).potentials(j).overpotential(0);
		assertEquals(-barrier, with - without, barrier * 0.01, "the barrier shifts the face overpotential");
		FrontModel model = carbonCovered(carbon, FrontOptions.DEFAULTS);
		model.step(j, 10);
		assertEquals(without, model.potentials(j).overpotential(0), Math.abs(without) * 1e-3, "once Li is there, no barrier");
	}

	@Test
	void anElectronBlockingInterphaseMovesPlatingToTheLithiumSide() {
		PhaseMap map = PhaseMap.flat(8, 24, H, 8, DENSE);
		map.rows(8, 12, CARBON).regions(8, 12);
		for (int j = 8; j < 12; j++) {
			map.set(0, j, DENSE); // a column of electrolyte through the layer down to the Li
		}
		double[] shares = new double[2];
		for (int blocked = 0; blocked < 2; blocked++) {
			FrontOptions options = blocked == 0 ? FrontOptions.DEFAULTS : FrontOptions.DEFAULTS.withBlockingInterphaseOn(Set.of(DENSE));
			FrontModel model = new FrontModel(map, options, T);
			model.step(20, 10);
			double[] plated = model.state().plated();
			shares[blocked] = plated[FrontModel.Region.LITHIUM_SIDE.ordinal()] / (plated[0] + plated[1] + plated[2] + plated[3]);
		}
		assertTrue(shares[0] < 0.5, "without an interphase most Li plates on the carbon: Li-side share " + shares[0]);
		assertEquals(1, shares[1], 1e-12, "with it, all Li plates on the Li side");
	}

	@Test
	void aReactivePhaseTurnsIntoItsProductWhereLithiumTouchesIt() {
		Phase liGe = Phase.electronConductor("Li-Ge", 1e5, 0); // the material library: 1e3 S/cm
		Phase lgps = Phase.electrolyte("LGPS", 0.5, 1e-8, I0, 0.2e6, 0).reactingTo(liGe, 100);
		PhaseMap map = PhaseMap.flat(8, 24, H, 8, DENSE);
		map.set(3, 8, lgps).set(3, 9, lgps);
		FrontModel model = new FrontModel(map, FrontOptions.DEFAULTS, T);
		FrontModel off = new FrontModel(map, FrontOptions.DEFAULTS.withReactivePhases(false), T);
		run(model, 5, 150);
		run(off, 5, 150);
		assertEquals(liGe, model.phase(8 * 8 + 3), "the particle's cell on the Li has reacted");
		assertEquals(lgps, model.phase(9 * 8 + 3), "the cell above it touches no Li yet");
		assertEquals(lgps, off.phase(8 * 8 + 3), "reactive phases switched off");
		assertFalse(model.shorted());
	}

	@Test
	void aPhaseWithoutAReactionTimeReactsInTheStepLithiumFirstTouchesIt() {
		Phase liGe = Phase.electronConductor("Li-Ge", 1e5, 0);
		Phase lgps = Phase.electrolyte("LGPS", 0.5, 1e-8, I0, 0.2e6, 0).reactingTo(liGe, 0);
		PhaseMap map = PhaseMap.flat(8, 24, H, 8, DENSE);
		map.set(3, 8, lgps).set(3, 9, lgps);
		FrontModel model = new FrontModel(map, FrontOptions.DEFAULTS, T);
		model.step(5, 1e-3);
		assertEquals(liGe, model.phase(8 * 8 + 3), "the cell on the Li reacted within the first step, however short");
		assertEquals(lgps, model.phase(9 * 8 + 3), "the cell above it touches no Li");
	}

	/**
	 * Voids over half the Li face: the current goes round them and crosses the contact at twice the mean density, so
	 * the face overpotential is Butler-Volmer's at 2j (the electrolyte above spreads it again within a few cells).
	 */
	@Test
	void voidsAtTheLiFaceFocusTheCurrentOnTheContact() {
		double j = 20;
		PhaseMap touching = PhaseMap.flat(8, 40, H, 8, DENSE);
		PhaseMap voided = PhaseMap.flat(8, 40, H, 8, DENSE);
		for (int i = 0; i < 4; i++) {
			voided.set(i, 7, Phase.VOID);
		}
		FrontModel full = new FrontModel(touching, FrontOptions.DEFAULTS.withCracks(false), T);
		FrontModel half = new FrontModel(voided, FrontOptions.DEFAULTS.withCracks(false), T);
		double eta = face(full.potentials(j), 4);
		double focused = face(half.potentials(j), 6);
		double rt = Constants.R * T / Constants.F;
		assertEquals(2 * rt * asinh(j / (2 * I0)), eta, 1e-3 * eta, "the whole face carries j");
		assertEquals(2 * rt * asinh(2 * j / (2 * I0)), focused, 0.05 * focused, "the contact carries about 2j");
		assertEquals(4, half.potentials(j).faces(), "the contact's four faces react, no face of a void");
		half.step(j, 10);
		assertEquals(Phase.VOID, half.phase(7 * 8 + 1), "the void stays a void while Li plates on the contact");
	}

	/** The overpotential of the face on the foil's top at column i. */
	private static double face(CoupledPotentials p, int column) {
		for (int k = 0; k < p.faces(); k++) {
			if (p.electronCell(k) == 7 * 8 + column && p.ionCell(k) == 8 * 8 + column) {
				return Math.abs(p.overpotential(k));
			}
		}
		throw new AssertionError("no face above column " + column);
	}

	private static double asinh(double x) {
		return Math.log(x + Math.sqrt(x * x + 1));
	}

	/**
	 * A step re-solves the potentials only when the networks or the current change, and what it keeps is what a new
	 * solve gives; Li plated into the electrode's body beyond the map does not shorten the step.
	 */
	@Test
	void thePotentialsAreSolvedOnlyWhenTheNetworksOrTheCurrentChange() {
		FrontModel dense = new FrontModel(PhaseMap.flat(4, 16, H, 4, DENSE), FrontOptions.DEFAULTS.withCracks(false), T);
		assertEquals(100, dense.step(20, 100).dt(), 1e-12, "nothing in the map fills: the step spans what it is allowed");
		assertEquals(100, dense.step(20, 100).dt(), 1e-12);
		assertEquals(1, dense.solves(), "the networks did not change");
		dense.potentials(-20);
		assertEquals(2, dense.solves(), "another current");
		dense.setTemperature(T + 10);
		dense.potentials(-20);
		assertEquals(3, dense.solves(), "another temperature");

		FrontModel yielding = new FrontModel(PhaseMap.flat(4, 48, H, 8, YIELDING), FrontOptions.DEFAULTS, T);
		int steps = 0;
		while (yielding.state().time() < 2000) {
			yielding.step(20, 2000);
			steps++;
		}
		assertTrue(yielding.solves() > 1 && yielding.solves() < steps, yielding.solves() + " solves in " + steps + " steps");
		double kept = yielding.potentials(20).electrodePotential();
		yielding.restore(yielding.state().copy()); // forces a new solve of the same state
		assertEquals(kept, yielding.potentials(20).electrodePotential(), 1e-9, "the kept potentials are the state's");
	}
}
