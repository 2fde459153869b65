package org.stratum.solver.tests;

import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.StackCell;

/** Simple cells with known parameters, for closed-form checks. */
final class Cells {

	static final double T = 328.15;

	private Cells() {
	}

	static Electrode electrode(double i0, double flaw) {
		return new Electrode("Li", i0, flaw, false, 20e-6, 0, Electrode.InterphaseGrowth.STABLE, 0, new double[] { 1, 0, 0 });
	}

	/** Li | 500 um electrolyte of ohmic 5e-3 Ohm m2 | Li on 1 cm2 at 55 degC with the given electrode on both sides. */
	static StackCell cell(Electrode e) {
		return new StackCell("test", T, 375e6, 1e-4, 500e-6, 5e-3, 0, 0, 0.23e6, 30, 5.6e-15, 0, 0, e, e);
	}

	/** Li | 500 um electrolyte of 0.1 S/m | Li at 55 degC, 375 MPa: ohmic 5e-3 Ohm m2. */
	static StackCell cell(double i0, double flaw) {
		return new StackCell("test", T, 375e6, 0.785e-4, 500e-6, 500e-6 / 0.1, 0, 0, 0.23e6, 30, 5.6e-15, 0, 0,
				electrode(i0, flaw), electrode(i0, flaw));
	}
}
