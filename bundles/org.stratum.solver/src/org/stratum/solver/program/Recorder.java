package org.stratum.solver.program;

import org.stratum.solver.cell.Impedance;

/** Receives what a run produces, as it produces it (samples are already decimated by the logging period). */
public interface Recorder {

	/**
	 * One logged point.
	 *
	 * @param parts |V| split into ohmic, working face, counter face, interphases (V)
	 * @param contact contact fraction of working and counter face
	 * @param filament filament length from working and counter electrode (m)
	 * @param plated Li plated per location so far (C/m2): Li side, inside the layer, face band, inside the electrolyte
	 */
	record Sample(double time, double voltage, double currentDensity, int cycle, int step, double[] parts, double[] contact,
			double[] filament, double[] plated, boolean shorted, FrontShape front) {
	}

	/**
	 * The Li front of a 2-D model at a sample: heights above the working electrode's face at the start (m) of the
	 * highest Li-conducting cell of each column, their maximum and mean, and how fast the maximum moved since the
	 * previous sample (m/s; NaN at the first). {@link #NONE} for a model without a front.
	 */
	record FrontShape(double maxHeight, double meanHeight, double tipVelocity) {
		public static final FrontShape NONE = new FrontShape(Double.NaN, Double.NaN, Double.NaN);
	}

	void sample(Sample sample);

	/** An impedance spectrum at a time: rows of {f (Hz), Z' (Ohm m2), Z'' (Ohm m2)}. */
	default void impedance(double time, double[][] spectrum) {
	}

	/** A spectrum with the element values of the network it comes from (the equivalent-circuit fit). */
	default void impedance(double time, double[][] spectrum, Impedance.Circuit circuit) {
		impedance(time, spectrum);
	}

	/** Progress between 0 and 1, when the program's length is known. */
	default void progress(double fraction) {
	}
}
