package org.stratum.solver.cell;

import org.stratum.solver.physics.Constants;

/**
 * Impedance of the same network the stack model uses: electrolyte bulk R_b in parallel with its
 * geometric capacitance, grain boundaries R_gb || C_gb, and per face the charge-transfer resistance
 * R_ct = RT / (F i0 contact) with a double layer, plus interphase resistances. Area-specific (Ohm m2).
 */
public final class Impedance {

	/** Double-layer capacitance of a Li|electrolyte face, F/m2 (10 uF/cm2, typical). */
	public static final double DOUBLE_LAYER = 0.1;
	/** Vacuum permittivity, F/m. */
	private static final double EPSILON_0 = 8.8541878128e-12;
	/** Ratio of grain-boundary to bulk thickness for the grain-boundary capacitance (brick layer, estimate). */
	private static final double GRAIN_BOUNDARY_CAPACITANCE_FACTOR = 100;

	private Impedance() {
	}

	/** Real and imaginary part (Ohm m2) at frequency (Hz). */
	public static double[] at(StackCellModel model, CellState s, double frequency) {
		StackCell cell = model.cell();
		double w = 2 * Math.PI * frequency;
		double cGeo = EPSILON_0 * cell.permittivity() / cell.electrolyteThickness();
		double scale = model.ohmicResistance(s) / cell.ohmicResistance();
		double[] z = parallel((cell.bulkResistance() + cell.layerResistance()) * scale, cGeo, w);
		if (cell.grainBoundaryResistance() > 0) {
			add(z, parallel(cell.grainBoundaryResistance() * scale, cGeo * GRAIN_BOUNDARY_CAPACITANCE_FACTOR, w));
		}
		for (int side = 0; side < 2; side++) {
			add(z, parallel(model.faceResistance(s, side), DOUBLE_LAYER * s.contact[side], w));
		}
		return z;
	}

	/**
	 * The network's element values at a state, area-specific (Ohm m2): what an equivalent-circuit fit of the
	 * spectrum returns, known here exactly. {@code bulk} is the high-frequency intercept (electrolyte bulk plus the
	 * ionic resistance of interlayers and cathode), {@code interfacial} is the low-frequency arc of both faces
	 * (charge transfer plus interphase), the quantity papers report as R_int.
	 */
	public record Circuit(double bulk, double grainBoundary, double interfacial) {
	}

	public static Circuit circuit(StackCellModel model, CellState s) {
		StackCell cell = model.cell();
		double scale = model.ohmicResistance(s) / cell.ohmicResistance();
		double interfacial = 0;
		for (int side = 0; side < 2; side++) {
			interfacial += model.faceResistance(s, side);
		}
		return new Circuit((cell.bulkResistance() + cell.layerResistance()) * scale, cell.grainBoundaryResistance() * scale, interfacial);
	}


	/** A spectrum from high to low frequency with the given points per decade: rows of {f, Z', Z''}. */
	public static double[][] spectrum(StackCellModel model, CellState s, double high, double low, int pointsPerDecade) {
		int n = Math.max(2, (int) Math.round(Math.log10(high / low) * pointsPerDecade) + 1);
		double[][] rows = new double[n][];
		for (int k = 0; k < n; k++) {
			double f = high * Math.pow(low / high, k / (double) (n - 1));
			double[] z = at(model, s, f);
			rows[k] = new double[] { f, z[0], z[1] };
		}
		return rows;
	}

	private static double[] parallel(double r, double c, double w) {
		double denominator = 1 + Math.pow(w * r * c, 2);
		return new double[] { r / denominator, -w * r * r * c / denominator };
	}

	private static void add(double[] z, double[] other) {
		z[0] += other[0];
		z[1] += other[1];
	}
}
