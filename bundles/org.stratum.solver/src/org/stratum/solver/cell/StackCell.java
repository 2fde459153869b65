package org.stratum.solver.cell;

/**
 * A Li | (interlayer) | solid electrolyte | (interlayer) | Li cell, or a full cell with a cathode in the
 * counter electrode's place, as the stack model sees it (SI). The working electrode is the first (the Li
 * anode); positive current density plates Li on it.
 *
 * @param name cell name, for messages
 * @param temperature K
 * @param stackPressure Pa
 * @param area m2 (turns current densities into currents)
 * @param electrolyteThickness m (a filament must span it to short the cell)
 * @param bulkResistance area-specific ionic resistance of the electrolyte bulk, Ohm m2
 * @param grainBoundaryResistance area-specific grain-boundary resistance, Ohm m2 (0 if not resolved)
 * @param layerResistance ionic resistance of interlayers crossed by the current, Ohm m2
 * @param fractureToughness K_IC of the electrolyte, Pa m^0.5
 * @param permittivity relative permittivity of the electrolyte
 * @param lithiumDiffusivity vacancy diffusivity in Li, m2/s (stripping limit)
 * @param ionicActivationEnergy of the electrolyte's conductivity, J/mol (resistances at other temperatures)
 * @param kineticActivationEnergy of the exchange currents, J/mol
 * @param working the working electrode
 * @param counter the counter electrode
 * @param electronicResistance area-specific electronic resistance between the electrodes through the electrolyte
 *        and any electron-blocking layer, Ohm m2 (infinite: no leakage)
 * @param filamentCharge Li per length of filament over what a uniform electrolyte needs (1 for one; reacting
 *        particles change it: {@link org.stratum.solver.physics.FilamentInterception})
 */
public record StackCell(String name, double temperature, double stackPressure, double area, double electrolyteThickness,
		double bulkResistance, double grainBoundaryResistance, double layerResistance, double fractureToughness, double permittivity,
		double lithiumDiffusivity, double ionicActivationEnergy, double kineticActivationEnergy, Electrode working, Electrode counter,
		double electronicResistance, double filamentCharge) {

	/** A cell whose electrolyte is uniform for a filament. */
	public StackCell(String name, double temperature, double stackPressure, double area, double electrolyteThickness, double bulkResistance,
			double grainBoundaryResistance, double layerResistance, double fractureToughness, double permittivity, double lithiumDiffusivity,
			double ionicActivationEnergy, double kineticActivationEnergy, Electrode working, Electrode counter, double electronicResistance) {
		this(name, temperature, stackPressure, area, electrolyteThickness, bulkResistance, grainBoundaryResistance, layerResistance, fractureToughness,
				permittivity, lithiumDiffusivity, ionicActivationEnergy, kineticActivationEnergy, working, counter, electronicResistance, 1);
	}

	/** A cell whose electrolyte conducts no electrons. */
	public StackCell(String name, double temperature, double stackPressure, double area, double electrolyteThickness, double bulkResistance,
			double grainBoundaryResistance, double layerResistance, double fractureToughness, double permittivity, double lithiumDiffusivity,
			double ionicActivationEnergy, double kineticActivationEnergy, Electrode working, Electrode counter) {
		this(name, temperature, stackPressure, area, electrolyteThickness, bulkResistance, grainBoundaryResistance, layerResistance, fractureToughness,
				permittivity, lithiumDiffusivity, ionicActivationEnergy, kineticActivationEnergy, working, counter, Double.POSITIVE_INFINITY);
	}

	/** Ohmic area-specific resistance of the cell, Ohm m2. */
	public double ohmicResistance() {
		return bulkResistance + grainBoundaryResistance + layerResistance;
	}
}
