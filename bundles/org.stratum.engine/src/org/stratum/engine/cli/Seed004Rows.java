package org.stratum.engine.cli;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.cli.ValidationRows.Case;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.Value;

/**
 * Seed 004's blind rows for the bare and the LiAlO2-coated Li, one per quantity of every test in inputs-002-004.md
 * 004-3: symmetric cycling at 0.1 mA/cm2 with 0.1, 0.5 and 1.0 mAh/cm2 (overpotential over time and lifetime), the
 * symmetric rate ladder's overpotentials, the LCO full cells' capacity and retention over 96 cycles at 0.1C, their
 * rate test, and R_int before and after the 96 cycles. The measurements are withheld.
 */
final class Seed004Rows {

	private static final String FILE = "seed-004/seed-004.stratum";
	/** LiCoO2@LiNbO3 in the cathode: 70 % of about 3.8 mg/cm2 (3 mg on a 10 mm die). */
	private static final double LCO_LOADING = 0.7 * 3.8;
	private static final String[][] ANODES = { { "bare Li", "BareLi" }, { "Li@LiAlO2", "LiAlO2" } };

	private Seed004Rows() {
	}

	static void add(ValidationReport report, SeedRuns runs) throws Exception {
		for (String[] a : ANODES) {
			for (String[] q : new String[][] { { "0.1", "q01" }, { "0.5", "q05" }, { "1.0", "q10" } }) {
				SimulationRunner.Outcome o = runs.run(FILE, "Cycling" + a[1] + q[1]);
				Case c = blind(a[0] + " 0.1 mA/cm2 " + q[0] + " mAh/cm2 cycling", "1 V limit and 2000 h assumed");
				ValidationRows.overpotentials(c, o, new double[] { 0.5, 100, 500, 1000, 1999 }, Value.withheld(5)).forEach(report::add);
				report.add(ValidationRows.lifetime(c, o, Value.withheld()));
			}
			// the rate ladder: 5 cycles of 1 h half-cycles per current (assumed), read in the middle of each step's first plating
			SimulationRunner.Outcome ladder = runs.run(FILE, "Rate" + a[1]);
			double[] currents = { 0.1, 0.25, 0.5, 1.0 };
			for (int k = 0; k < currents.length; k++) {
				Case c = blind(a[0] + " symmetric rate test at " + Value.plain(currents[k]) + " mA/cm2", "5 cycles of 1 h half-cycles per current assumed");
				ValidationRows.overpotentials(c, ladder, new double[] { 10 * k + 0.5 }, Value.withheld(1)).forEach(report::add);
			}
			String cell = a[0] + " LCO full cell";
			SimulationRunner.Outcome cycling = runs.run(FILE, "Full" + a[1]);
			Case c = blind(cell + " 0.1C cycling", "3.0-4.2 V window and 2.7 mg/cm2 of LCO assumed");
			ValidationRows.capacityOverCycles(c, cycling, LCO_LOADING, Value.withheld(), Value.withheld(), Value.withheld()).forEach(report::add);
			ValidationRows.interfacialResistanceBeforeAndAfter(c, cycling, "after 96 cycles", Value.withheld(), Value.withheld()).forEach(report::add);
			ValidationRows.ratesInOrder(blind(cell + " rate test", "5 cycles per rate assumed"), runs.run(FILE, "FullRate" + a[1]), LCO_LOADING,
					new String[] { "0.1C", "0.2C", "0.5C", "1C" }, 5, Value.withheld(4)).forEach(report::add);
		}
	}

	private static Case blind(String cell, String basis) {
		return new Case("004", cell, Role.BLIND, basis);
	}
}
