package org.stratum.solver.cell;

/**
 * The positive electrode of a full cell as the stack model sees it (SI). Its Li content is carried as the
 * thickness of Li metal holding the same charge, so the executor's Li bookkeeping, exhaustion events and
 * Faraday's law serve both electrodes alike.
 *
 * @param ocv             open-circuit curve of the active material
 * @param capacity        nominal areal capacity, C/m2 (sets the C-rate and the state of charge)
 * @param exchangeCurrent apparent exchange current density of the composite, A/m2, at the cell temperature
 * @param resistance      ionic area-specific resistance of the composite's electrolyte network, Ohm m2
 * @param initialSoc      state of charge at the start (0: as assembled, discharged)
 */
public record Cathode(OcvCurve ocv, double capacity, double exchangeCurrent, double resistance, double initialSoc) {
}
