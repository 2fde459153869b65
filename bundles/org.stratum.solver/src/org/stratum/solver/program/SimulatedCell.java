package org.stratum.solver.program;

/**
 * A cell model as the executor drives it: its state advances segment by segment under a drive, and it answers
 * what the protocol's conditions and logs read. The stack model ({@link StackSimulatedCell}) and the front model
 * implement it; the executor gives both the same protocol semantics.
 */
public interface SimulatedCell {

	/** The model's name, for reasons ("the stack model"). */
	String modelName();

	/** Whether the cell has a cathode (charge, discharge, C-rates, holds and power need one). */
	boolean isFullCell();

	/** Time since the run started, s. */
	double time();

	/** Temperature, K. */
	double temperature();

	void setTemperature(double kelvin);

	void setStackPressure(double pascal);

	/** Whether a filament spans the electrolyte. */
	boolean shorted();

	/** The fraction of the poorer Li face still in contact with what it meets (1 when a model keeps no voids). */
	default double contact() {
		return 1;
	}

	/** Cell voltage (V) at current density j (A/m2) in the present state. */
	double voltage(double currentDensity);

	/**
	 * The current density (A/m2) the drive gives in the present state.
	 *
	 * @throws DriveSolver.NoCurrentException when no current meets the drive
	 */
	double current(Drive drive, SegmentContext context);

	/** |dV/dt| (V/s) under the drive in the present state. */
	double voltageRate(Drive drive, SegmentContext context);

	/** The present state as a logged sample at current density j. */
	Recorder.Sample sample(double currentDensity, int cycle, int step);

	/** Advances the state through one segment; the executor has checked the conditions decided at its start. */
	SegmentResult integrate(Segment segment, SegmentContext context);

	/**
	 * Measures an impedance spectrum of the present state and gives it to the recorder.
	 *
	 * @return false when the model measures no spectra (the run then stops with that reason)
	 */
	boolean impedance(Step.Eis eis, Recorder recorder);
}
