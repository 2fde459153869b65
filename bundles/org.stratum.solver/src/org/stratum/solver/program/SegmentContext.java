package org.stratum.solver.program;

import java.util.List;

/** What a cell model's segment integrator gets from the executor: logging, the protocol's stops, where the run is. */
public interface SegmentContext {

	/** Logs the cell's present state at current density j (A/m2), decimated to the logging period unless forced. */
	void log(double currentDensity, boolean force);

	/** How much of the running segment is done (0 to 1, by its duration or charge), for the run's progress. */
	void segmentProgress(double fraction);

	/** The logging period, s. */
	double logPeriod();

	/** Time of the latest logged sample, s. */
	double lastLogTime();

	/** The protocol's global stop conditions. */
	List<Step.Stop> globalStops();

	/** Whether the user cancelled the run: a long segment checks between its time steps. */
	boolean cancelled();

	/** The step and time, for reasons: "step 3 (plate at 2 mA/cm2), t = 3600.0 s, cycle 1". */
	String where();
}
