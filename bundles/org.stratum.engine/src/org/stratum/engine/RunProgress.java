package org.stratum.engine;

/**
 * How far a run has got, as reported while it runs.
 *
 * @param fraction of the protocol done, 0 to 1
 * @param time s simulated so far (of the last logged sample)
 * @param cycle the cycle reached
 */
public record RunProgress(double fraction, double time, int cycle) {
}
