package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Griffith;
import org.stratum.solver.cell.FaceCurve;
import org.stratum.solver.physics.Kinetics;
import org.stratum.solver.physics.PorousLayer;
import org.stratum.solver.physics.TransmissionLine;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Recorder;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

/** The verification list of physics.md against closed forms, with tolerances. */
public class VerificationTest {

	private static final Recorder NOTHING = s -> {
	};

	@Test
	public void ohmUniformSlab() {
		// kinetics made negligible: V = j L / sigma
		StackCellModel model = new StackCellModel(Cells.cell(1e12, 1e-6));
		CellState s = new CellState(model.cell());
		double j = 20; // A/m2
		double expected = j * 500e-6 / 0.1;
		double kinetic = Kinetics.symmetricCellKinetics(j, 1e12, Cells.T);
		assertEquals(expected, Math.abs(model.voltage(s, j)) - kinetic, expected * 1e-9);
	}

	@Test
	public void butlerVolmerSymmetricCell() {
		double i0 = 46.6;
		double f = Constants.f(Cells.T);
		for (double j : new double[] { 1, 10, 100, 1000 }) {
			double eta = Kinetics.overpotential(j, i0, Cells.T);
			assertEquals(2 / f * Math.log(j / (2 * i0) + Math.sqrt(j * j / (4 * i0 * i0) + 1)), eta, 1e-12);
			// and it inverts the full Butler-Volmer equation with alpha = 0.5
			assertEquals(j, Kinetics.current(eta, i0, 0.5, 0.5, Cells.T), j * 1e-10);
		}
		StackCellModel model = new StackCellModel(Cells.cell(i0, 1e-6));
		CellState s = new CellState(model.cell());
		assertEquals(20 * 5e-3 + 2 * Kinetics.overpotential(20, i0, Cells.T), Math.abs(model.voltage(s, 20)), 1e-12);
	}

	@Test
	public void faradayFrontSpeedAndConservation() {
		StackCellModel model = new StackCellModel(Cells.cell(46.6, 1e-6));
		Executor executor = new Executor(model, NOTHING, () -> false);
		double j = 20; // 2 mA/cm2
		double q = 72000; // 2 mAh/cm2 = 7.2 C/cm2 = 72 000 C/m2
		RunResult r = executor.run(new Program("plate", List.of(new Step.Galvanostatic(j, Double.NaN, q, List.of())), List.of(), 600));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		CellState s = executor.state();
		double grown = s.lithium[0] - 20e-6;
		// 4.85 um per mAh/cm2
		assertEquals(2 * 4.85e-6, grown, 2 * 4.85e-6 * 0.01);
		assertEquals(q * Constants.OMEGA_LI / Constants.F, grown, grown * 1e-6);
		// conservation: what one electrode gained the other lost
		assertEquals(40e-6, s.lithium[0] + s.lithium[1], 1e-15);
		assertEquals(q / j, r.endTime(), 1e-6);
	}

	@Test
	public void transmissionLineMatchesFiniteDifferences() {
		TransmissionLine line = new TransmissionLine(30e-6, 1e-3, 1.0, 2e6, 1600);
		double[] i2 = line.ionicCurrentByFiniteDifferences(4000, 1.0);
		double h = 30e-6 / 4000;
		// the reaction is the derivative of the ionic current: compare integrals over bands
		for (double[] band : new double[][] { { 0, 1e-6 }, { 1e-6, 29e-6 }, { 29e-6, 30e-6 } }) {
			int a = (int) Math.round(band[0] / h), b = (int) Math.round(band[1] / h);
			double fd = i2[b] - i2[a];
			assertEquals(fd, line.share(band[0], band[1]), 2e-3, "band " + band[0] + ".." + band[1]);
		}
		assertEquals(1.0, line.share(0, 30e-6), 1e-3); // trapezoid rule on 2000 points
		// sigma >> kappa: the reaction stays within about lambda of the electrolyte side
		assertTrue(line.lambda() < 1e-6);
		double toSe = 1.0 / (1 + 1e-3); // sigma / (kappa + sigma)
		assertEquals(toSe * (1 - Math.exp(-1e-6 / line.lambda())), line.share(29e-6, 30e-6), 2e-3);
	}

	@Test
	public void griffithCriticalOverpotential() {
		// 7.4 MPa per mV
		assertEquals(7.42e6, Griffith.pressure(1e-3), 0.02e6);
		double kic = 0.23e6, l = 1e-6;
		double eta = Griffith.criticalOverpotential(kic, l);
		assertEquals(kic, Griffith.stressIntensity(eta, l), kic * 1e-12);
		assertEquals(kic * Constants.OMEGA_LI / (Constants.F * 1.12 * Math.sqrt(Math.PI * l)), eta, 1e-15);
		assertEquals(l, Griffith.flawLengthFor(kic, eta), l * 1e-12);
	}

	@Test
	public void sandTimeIsInfiniteForASingleIonConductor() {
		// a single-ion conductor has no salt depletion: plating at a high current never stops by itself
		StackCellModel model = new StackCellModel(Cells.cell(46.6, 1e-12));
		Executor executor = new Executor(model, NOTHING, () -> false);
		RunResult r = executor.run(new Program("p", List.of(new Step.Galvanostatic(10, 3600, Double.NaN, List.of())), List.of(), 600));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
	}

	@Test
	public void passivatingInterphaseFollowsTheParabolicLaw() {
		// R(t) = sqrt(R0^2 + k_p t) on both faces, at rest and under current alike (time, not charge, drives it)
		for (double r0 : new double[] { 0, 2e-3 }) {
			double kp = 1e-10; // Ohm2 m4 / s
			Electrode e = new Electrode("Li", 46.6, 1e-6, false, 1e-3, r0, Electrode.InterphaseGrowth.PARABOLIC, kp, new double[] { 1, 0, 0 });
			StackCell cell = Cells.cell(e);
			Executor executor = new Executor(new StackCellModel(cell), NOTHING, () -> false);
			double t = 100 * 3600;
			executor.run(new Program("p", List.of(new Step.Rest(t / 2, List.of()), new Step.Galvanostatic(1, t / 2, Double.NaN, List.of())), List.of(), 600));
			double expected = Math.sqrt(r0 * r0 + kp * t);
			assertEquals(expected, executor.state().interphase[0], expected * 1e-3, "R0 = " + r0);
			assertEquals(expected, executor.state().interphase[1], expected * 1e-3, "R0 = " + r0);
		}
	}

	@Test
	public void mixedConductingInterphaseGrowsWithChargePassedAndTheCircuitReportsIt() {
		double k = 1e-7; // Ohm m2 per C/m2
		Electrode e = new Electrode("Li", 46.6, 1e-6, false, 1e-3, 0, Electrode.InterphaseGrowth.PER_CHARGE, k, new double[] { 1, 0, 0 });
		StackCell cell = Cells.cell(e);
		StackCellModel model = new StackCellModel(cell);
		Executor executor = new Executor(model, NOTHING, () -> false);
		double j = 1;
		Step half = new Step.Galvanostatic(j, 3600, Double.NaN, List.of());
		Step back = new Step.Galvanostatic(-j, 3600, Double.NaN, List.of());
		executor.run(new Program("m", List.of(new Step.Repeat(50, List.of(half, back)), new Step.Rest(3600, List.of())), List.of(), 600));
		double passed = j * 100 * 3600; // every face sees |j| all the time; rest adds nothing
		assertEquals(k * passed, executor.state().interphase[0], k * passed * 1e-6);
		Impedance.Circuit c = Impedance.circuit(model, executor.state());
		double rct = Constants.R * Cells.T / (Constants.F * 46.6);
		assertEquals(2 * (rct + k * passed), c.interfacial(), 1e-9, "R_int = both faces' charge transfer plus interphase");
		assertEquals(5e-3, c.bulk(), 1e-12);
		double[] lowest = Impedance.at(model, executor.state(), 1e-6);
		assertEquals(c.bulk() + c.interfacial(), lowest[0], 1e-6 * lowest[0], "the spectrum's low-frequency limit is R_b + R_int");
	}

	@Test
	public void porousLayerAtSmallCurrentIsTheLinearTransmissionLine() {
		// seed-000-like carbon layer: 30 um, kappa 1e-3 S/m, sigma 1 S/m, a = 2e6 1/m, i0 = 0.5 A/m2 at 55 degC
		double i0 = 0.5;
		PorousLayer layer = new PorousLayer(30e-6, 1e-3, 1.0, 2e6, i0, Cells.T, 1e-6);
		TransmissionLine line = new TransmissionLine(30e-6, 1e-3, 1.0, 2e6, i0 * Constants.f(Cells.T));
		double j = 1e-3;
		PorousLayer.Solution s = layer.solve(j, null);
		// all current reacts: in the layer plus on the flat face
		assertEquals(1, s.shares()[0] + s.shares()[1] + s.shares()[2], 1e-6, "conservation");
		// the apparent exchange current of the linear case: i0 (1 + a lambda tanh(L / lambda)), the flat face included
		double apparent = i0 * (1 + TransmissionLine.areaEnhancement(2e6, line.lambda(), 30e-6));
		double expectedDrop = j / (apparent * Constants.f(Cells.T));
		assertEquals(expectedDrop, s.drop(), expectedDrop * 0.02, "linear drop across the layer");
		FaceCurve curve = FaceCurve.of(layer);
		assertEquals(apparent, curve.apparentExchangeCurrent(Cells.T), apparent * 0.02);
	}

	@Test
	public void porousLayerConcentratesTheReactionAtTheFaceAsTheCurrentRises() {
		PorousLayer layer = new PorousLayer(30e-6, 1e-2, 1e-2, 2e6, 0.5, Cells.T, 1e-6);
		double previousFace = 0;
		double previousEta = 0;
		for (double j : new double[] { 1, 10, 100, 1000 }) {
			PorousLayer.Solution s = layer.solve(j, null);
			assertEquals(1, s.shares()[0] + s.shares()[1] + s.shares()[2], 1e-6, "conservation at " + j);
			assertTrue(s.shares()[2] > previousFace && s.faceOverpotential() > previousEta, "at " + j + " A/m2: " + java.util.Arrays.toString(s.shares()));
			previousFace = s.shares()[2];
			previousEta = s.faceOverpotential();
		}
		// nonlinear kinetics: a tenfold current far less than tenfold overpotential at the face (Tafel-like)
		double eta100 = layer.solve(100, null).faceOverpotential();
		double eta1000 = layer.solve(1000, null).faceOverpotential();
		assertTrue(eta1000 < 5 * eta100, eta100 + " -> " + eta1000);
	}

	@Test
	public void electronicLeakageDepositsLiInsideTheElectrolyteOfASymmetricCell() {
		double re = 50; // Ohm m2: a leaky electrolyte
		StackCell base = Cells.cell(46.6, 1e-12);
		StackCell leaky = new StackCell("leaky", base.temperature(), base.stackPressure(), base.area(), base.electrolyteThickness(),
				base.bulkResistance(), 0, 0, base.fractureToughness(), base.permittivity(), base.lithiumDiffusivity(), 0, 0, base.working(), base.counter(), re);
		StackCellModel model = new StackCellModel(leaky);
		Executor executor = new Executor(model, NOTHING, () -> false);
		double j = 10;
		executor.run(new Program("p", List.of(new Step.Galvanostatic(j, 600, Double.NaN, List.of())), List.of(), 60));
		double share = Math.abs(model.voltage(executor.state(), j)) / re / j;
		double total = j * 600;
		assertEquals(share * total, executor.state().platedByLocation[3], share * total * 1e-3, "|V| / R_e of the current deposits inside");
		assertEquals(total, executor.state().platedByLocation[0] + executor.state().platedByLocation[3], total * 1e-9, "all plated Li is somewhere");
	}
}
