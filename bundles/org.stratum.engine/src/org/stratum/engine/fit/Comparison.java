package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Path;

import org.stratum.dsl.stratum.Fit;
import org.stratum.engine.SimulationRunner;

/**
 * What a least-squares fit compares: measured values, their weights, and a run's simulated values at the same
 * points (the voltage at each measured time, the capacity of each discharge, the impedance at each frequency).
 */
interface Comparison {

	/** The measured values, in SI. */
	double[] measured();

	/** The weight of each value's squared residual (all 1 where every value counts alike). */
	double[] weights();

	/** A run's values at the measured points, in SI. */
	double[] simulated(SimulationRunner.Outcome run) throws IOException;

	/** The unit the residual is shown in. */
	String unit();

	/** The measured data's file. */
	Path source();

	/** Draws the measured and the fitted values into {@code plots/overlay.png/.svg}; returns the PNG. */
	Path overlay(Path folder, Fit fit, SimulationRunner.Outcome fitted) throws IOException;

	/** Weights of 1 for n values. */
	static double[] equal(int n) {
		double[] w = new double[n];
		java.util.Arrays.fill(w, 1);
		return w;
	}
}
