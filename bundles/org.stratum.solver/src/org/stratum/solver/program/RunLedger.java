package org.stratum.solver.program;

import java.util.ArrayList;
import java.util.List;

/** What a run has passed so far: charge per step, the discharges of a full cell, the CCD and the time of a short. */
final class RunLedger {

	/** Current density of the CCD step that shorted, A/m2; NaN while none did. */
	double criticalCurrentDensity = Double.NaN;
	/** Time of the short, s; NaN while none. */
	double shortTime = Double.NaN;
	/** Current density at the end of the latest segment, A/m2 (goto conditions read it). */
	double lastCurrent;
	/** Charge passed since the run started, C/m2. */
	double chargePassed;
	/** Charge passed by the latest step, C/m2 (capacity conditions of goto read it). */
	double lastStepCharge;
	/** Charge a full cell has delivered (discharged) so far, C/m2. */
	double dischargedCharge;
	/** Charge put into a full cell since its last discharging step, C/m2. */
	private double chargedSinceDischarge;
	private final List<Discharge> discharges = new ArrayList<>();

	/** A segment passed charge (C/m2, not negative) in the drive's direction. */
	void passed(double charge, int sign, boolean fullCell) {
		chargePassed += charge;
		if (fullCell && sign < 0) { // Li goes back into the cathode: the cell discharges
			dischargedCharge += charge;
		} else if (fullCell) {
			chargedSinceDischarge += charge;
		}
	}

	/**
	 * Lists a step that discharged a full cell: a constant-current discharge even when it delivered nothing (a dead
	 * cell); a power, load, hold or CC-CV step when it delivered charge.
	 */
	void stepEnded(Step step, double delivered, double duration, int cycle) {
		if (step instanceof Step.Galvanostatic g && g.currentDensity() < 0) {
			discharges.add(new Discharge(cycle, -g.currentDensity(), delivered, "CC", chargedSinceDischarge));
			chargedSinceDischarge = 0;
			return;
		}
		if (delivered <= 0 || duration <= 0) {
			return;
		}
		String kind = switch (step) {
		case Step.ConstantPower p -> "CP";
		case Step.ConstantResistance r -> "CR";
		case Step.Hold h -> "hold";
		case Step.CcCv c -> "CC-CV";
		default -> null;
		};
		if (kind != null) {
			discharges.add(new Discharge(cycle, delivered / duration, delivered, kind, chargedSinceDischarge));
			chargedSinceDischarge = 0;
		}
	}

	List<Discharge> discharges() {
		return List.copyOf(discharges);
	}
}
