package org.stratum.solver.program;

import java.util.List;

/** A protocol ready to run: its steps, global stops, logging period (s) and name. */
public record Program(String name, List<Step> steps, List<Step.Stop> globalStops, double logPeriod) {
}
