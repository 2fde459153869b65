package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.solver.cell.Cathode;
import org.stratum.solver.cell.CellState;
import org.stratum.solver.cell.OcvCurve;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Kinetics;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Recorder;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

/** A Li | electrolyte | cathode full cell: OCV at rest, polarisation by closed form, Faraday's capacity, capacity falling with rate. */
public class FullCellTest {

	/** 0.2 mAh/cm2 = 7200 C/m2. */
	private static final double CAPACITY = 7200;

	private static StackCellModel model(double cathodeExchange) {
		return model(cathodeExchange, Double.POSITIVE_INFINITY);
	}

	private static StackCellModel model(double cathodeExchange, double electronicResistance) {
		Cathode cathode = new Cathode(OcvCurve.LCO, CAPACITY, cathodeExchange, 1e-3, 0);
		StackCell base = Cells.cell(46.6, 1e-12);
		StackCell cell = new StackCell("full", base.temperature(), base.stackPressure(), base.area(), base.electrolyteThickness(),
				base.bulkResistance(), 0, cathode.resistance(), base.fractureToughness(), base.permittivity(), base.lithiumDiffusivity(), 0, 0,
				base.working(), StackCellModel.cathodeFace("LCO", cathode), electronicResistance);
		return new StackCellModel(cell, cathode);
	}

	private static Executor executor(StackCellModel model) {
		return new Executor(model, new Recorder() {
			@Override
			public void sample(Sample s) {
			}

			@Override
			public void impedance(double time, double[][] spectrum) {
			}
		}, () -> false);
	}

	private static Step charge(double j) {
		return new Step.Galvanostatic(j, Double.NaN, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE, true, 4.3)));
	}

	private static Step discharge(double j) {
		return new Step.Galvanostatic(-j, Double.NaN, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE, false, 3.0)));
	}

	@Test
	public void voltageIsOcvPlusPolarisationByClosedForm() {
		StackCellModel model = model(5);
		CellState s = new CellState(model.cell());
		assertEquals(0, model.stateOfCharge(s), 1e-12, "an assembled cell starts discharged");
		assertEquals(OcvCurve.LCO.voltage(0), model.voltage(s, 0), 1e-12);
		double j = 20; // 2 mA/cm2
		double expected = OcvCurve.LCO.voltage(0) + j * (model.cell().ohmicResistance()) + Kinetics.overpotential(j, 46.6, Cells.T)
				+ Kinetics.overpotential(j, 5, Cells.T);
		assertEquals(expected, model.voltage(s, j), 1e-9, "charging adds ohmic drop and both faces' overpotentials");
		assertTrue(model.voltage(s, -j) < OcvCurve.LCO.voltage(0), "discharge lies below the OCV");
	}

	@Test
	public void slowCycleDeliversFaradaysCapacityAndFastOneLess() {
		double slow = 0.01 * CAPACITY / 3600; // C/100
		StackCellModel model = model(50);
		Executor executor = executor(model);
		RunResult r = executor.run(new Program("slow", List.of(charge(slow), discharge(slow)), List.of(), 600));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		double delivered = executor.discharges().get(0).charge();
		assertTrue(delivered > 0.97 * CAPACITY && delivered <= CAPACITY * (1 + 1e-9), "C/100 gives " + delivered / CAPACITY + " of nominal");
		// Li conservation: what left the cathode on charge came back on discharge; the anode is where it started
		CellState end = executor.state();
		assertEquals(20e-6, end.lithium[0], 20e-6 * 1e-6, "the anode's Li thickness after a full cycle");

		double previous = Double.POSITIVE_INFINITY;
		for (double rate : new double[] { 1, 10, 50 }) {
			double j = rate * CAPACITY / 3600;
			Executor fast = executor(model(50));
			fast.run(new Program("c", List.of(charge(slow), discharge(j)), List.of(), 600));
			double capacity = fast.discharges().get(0).charge();
			assertTrue(capacity < previous, rate + "C delivers " + capacity + " C/m2, not less than at the lower rate");
			previous = capacity;
		}
	}

	@Test
	public void dischargeOfAnEmptyCathodeEndsAtOnce() {
		StackCellModel model = model(50);
		Executor executor = executor(model);
		RunResult r = executor.run(new Program("p", List.of(discharge(10), new Step.Rest(60, List.of())), List.of(), 60));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		assertEquals(60, r.endTime(), 1e-9, "a discharged cathode takes no more Li");
		assertEquals(0, executor.discharges().get(0).charge(), 1e-12);
		assertEquals(CAPACITY * Constants.LI_THICKNESS_PER_CHARGE, model.cathodeLithium(), 1e-18);
	}

	@Test
	public void ccCvChargesToTheVoltageThenHoldsItUntilTheCurrentFalls() {
		StackCellModel model = model(50);
		double oneC = CAPACITY / 3600;
		Executor cc = executor(model);
		cc.run(new Program("cc", List.of(new Step.Galvanostatic(oneC, Double.NaN, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE, true, 4.2)))),
				List.of(), 60));
		double ccSoc = model.stateOfCharge(cc.state());

		Executor cccv = executor(model);
		RunResult r = cccv.run(new Program("cccv", List.of(new Step.CcCv(oneC, 4.2, List.of(new Step.Stop(Step.Variable.CURRENT, false, oneC / 20)), 5 * 3600)),
				List.of(), 60));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		CellState end = cccv.state();
		assertTrue(model.stateOfCharge(end) > ccSoc + 0.005, "the hold adds charge: " + ccSoc + " -> " + model.stateOfCharge(end));
		// at the end the current is C/20 and the cell sits at the hold voltage: V(s, j) = 4.2 V
		assertEquals(4.2, model.voltage(end, oneC / 20), 1e-6);
		assertTrue(r.endTime() < 5 * 3600, "the current cut-off, not the time cap, ended the step");
	}

	@Test
	public void holdWithoutAFullCellStopsWithAReason() {
		Executor executor = new Executor(new StackCellModel(Cells.cell(46.6, 1e-12)), new Recorder() {
			@Override
			public void sample(Sample s) {
			}

			@Override
			public void impedance(double time, double[][] spectrum) {
			}
		}, () -> false);
		RunResult r = executor.run(new Program("p", List.of(new Step.Hold(4.2, 3600, List.of())), List.of(), 60));
		assertEquals(RunResult.Status.FAILED, r.status());
		assertTrue(r.reason().contains("needs a full cell"), r.reason());
	}

	@Test
	public void constantPowerHoldsCurrentTimesVoltageAndRefusesTooMuch() {
		StackCellModel model = model(50);
		List<Recorder.Sample> samples = new java.util.ArrayList<>();
		Executor executor = recording(model, samples);
		double power = 40; // W/m2 = 4 mW/cm2, about 1C at 4 V
		RunResult r = executor.run(new Program("cp", List.of(charge(CAPACITY / 3600), new Step.ConstantPower(-power, Double.NaN,
				List.of(new Step.Stop(Step.Variable.VOLTAGE, false, 3.0)))), List.of(), 30));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		List<Recorder.Sample> discharge = samples.stream().filter(s -> s.currentDensity() < 0).toList();
		assertTrue(discharge.size() > 20, discharge.size() + " samples");
		for (Recorder.Sample s : discharge) {
			assertEquals(power, -s.currentDensity() * s.voltage(), power * 1e-6, "P = |j| V at t = " + s.time());
		}
		assertTrue(discharge.get(discharge.size() - 1).currentDensity() < discharge.get(0).currentDensity(), "the current rises as the voltage falls");

		Executor tooMuch = executor(model(50));
		RunResult refused = tooMuch.run(new Program("cp", List.of(charge(CAPACITY / 3600), new Step.ConstantPower(-1e6, 60, List.of())), List.of(), 30));
		assertEquals(RunResult.Status.FAILED, refused.status());
		assertTrue(refused.reason().contains("cannot deliver"), refused.reason());
	}

	/** An executor that keeps every logged sample in the list. */
	private static Executor recording(StackCellModel model, List<Recorder.Sample> samples) {
		return new Executor(model, new Recorder() {
			@Override
			public void sample(Sample s) {
				samples.add(s);
			}

			@Override
			public void impedance(double time, double[][] spectrum) {
			}
		}, () -> false);
	}

	/** PyBaMM's "Discharge at 4 Ohm": the current is V/R at every moment, and falls as the voltage does. */
	@Test
	public void constantResistanceDrawsVoltageOverResistance() {
		StackCellModel model = model(50);
		List<Recorder.Sample> samples = new java.util.ArrayList<>();
		Executor executor = recording(model, samples);
		double r = 4.0 / (CAPACITY / 3600); // Ohm m2: about 1C at 4 V
		RunResult result = executor.run(new Program("cr", List.of(charge(CAPACITY / 3600), new Step.ConstantResistance(r, Double.NaN,
				List.of(new Step.Stop(Step.Variable.VOLTAGE, false, 3.0)))), List.of(), 30));
		assertEquals(RunResult.Status.COMPLETED, result.status(), result.reason());
		List<Recorder.Sample> discharge = samples.stream().filter(s -> s.currentDensity() < 0).toList();
		assertTrue(discharge.size() > 20, discharge.size() + " samples");
		for (Recorder.Sample s : discharge) {
			assertEquals(s.voltage(), -s.currentDensity() * r, s.voltage() * 1e-6, "V = |j| R at t = " + s.time());
		}
		assertTrue(discharge.get(discharge.size() - 1).currentDensity() > discharge.get(0).currentDensity(), "the current falls with the voltage");
		assertEquals(3.0, discharge.get(discharge.size() - 1).voltage(), 1e-3, "stopped at the cut-off");
		assertEquals("CR", executor.discharges().get(0).step());
	}

	@Test
	public void everyKindOfDischargeStepIsListedWithTheChargeItDelivered() {
		StackCellModel model = model(50);
		Executor executor = executor(model);
		double oneC = CAPACITY / 3600;
		Step cv = new Step.Hold(3.9, Double.NaN, List.of(new Step.Stop(Step.Variable.CURRENT, false, oneC / 50)));
		Step cp = new Step.ConstantPower(-20, Double.NaN, List.of(new Step.Stop(Step.Variable.VOLTAGE, false, 3.0)));
		RunResult r = executor.run(new Program("all", List.of(charge(oneC), cv, cp, charge(oneC), discharge(oneC)), List.of(), 60));
		assertEquals(RunResult.Status.COMPLETED, r.status(), r.reason());
		List<Discharge> d = executor.discharges();
		assertEquals(List.of("hold", "CP", "CC"), d.stream().map(Discharge::step).toList());
		assertEquals(oneC, d.get(2).currentDensity(), 1e-12, "a CC discharge reports its set current");
		assertTrue(d.get(1).currentDensity() > 20 / 4.3 && d.get(1).currentDensity() < 20 / 3.0, "CP's mean current is P over a voltage in the window: "
				+ d.get(1).currentDensity());
		// Faraday: the hold and the power step together return the charge the cathode's state of charge lost
		Executor charged = executor(model);
		charged.run(new Program("c", List.of(charge(oneC)), List.of(), 60));
		Executor partial = executor(model);
		partial.run(new Program("p", List.of(charge(oneC), cv, cp), List.of(), 60));
		double lost = (model.stateOfCharge(charged.state()) - model.stateOfCharge(partial.state())) * CAPACITY;
		assertEquals(lost, d.get(0).charge() + d.get(1).charge(), lost * 1e-6);
	}

	@Test
	public void electronicLeakageSelfDischargesTheCellAndLowersTheCoulombicEfficiency() {
		double re = 1e3; // Ohm m2: about 4 mA/m2 at 4 V
		StackCellModel model = model(50, re);
		double oneC = CAPACITY / 3600;
		Executor rested = executor(model);
		rested.run(new Program("r", List.of(charge(oneC)), List.of(), 60));
		double socCharged = model.stateOfCharge(rested.state());
		Executor resting = executor(model);
		resting.run(new Program("r", List.of(charge(oneC), new Step.Rest(10 * 3600, List.of())), List.of(), 60));
		CellState after = resting.state();
		double lost = (socCharged - model.stateOfCharge(after)) * CAPACITY;
		// closed form for a nearly constant OCV: Q = (V0 + V1) / 2 * t / R_e (trapezoid)
		double expected = (OcvCurve.LCO.voltage(socCharged) + OcvCurve.LCO.voltage(model.stateOfCharge(after))) / 2 * 10 * 3600 / re;
		assertEquals(expected, lost, expected * 1e-3, "charge lost at open circuit");
		assertEquals(20e-6 + (socCharged * CAPACITY - lost) * Constants.LI_THICKNESS_PER_CHARGE, after.lithium[0], 1e-12,
				"the Li the cathode took back internally came from the anode");

		Executor cycled = executor(model);
		cycled.run(new Program("c", List.of(charge(oneC), discharge(oneC)), List.of(), 60));
		Discharge d = cycled.discharges().get(0);
		Executor tight = executor(model(50));
		tight.run(new Program("c", List.of(charge(oneC), discharge(oneC)), List.of(), 60));
		double withoutLeak = tight.discharges().get(0).coulombicEfficiency();
		assertTrue(withoutLeak > 0.999, "without leakage only the cut-off keeps charge back: " + withoutLeak);
		// about 4 V / R_e over the two hours of the cycle, against the 1C charge
		double loss = 4.0 * 2 * 3600 / re / d.chargedBefore();
		assertEquals(withoutLeak - loss, d.coulombicEfficiency(), loss * 0.15, "CE with leakage");
	}
}
