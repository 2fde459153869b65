package org.stratum.solver.program;

import java.util.List;

/**
 * A stretch of a step under one drive: to a duration (s) or a charge (C/m2), whichever is set (NaN for neither:
 * until a condition or an event), or until one of the step's conditions holds.
 */
public record Segment(Drive drive, double duration, double charge, List<Step.Stop> until) {
}
