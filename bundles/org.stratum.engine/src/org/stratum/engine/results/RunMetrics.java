package org.stratum.engine.results;

import java.util.List;

import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;

/**
 * The headline metrics of a run, in SI (the summary file converts at its boundary). A metric a run has no value
 * for (no short, no discharge, a full cell's overpotential) is NaN.
 *
 * @param criticalCurrentDensity A/m2 of the CCD step that shorted
 * @param shortTime s from the start of the run to the short
 * @param cycles cycles completed
 * @param endTime s simulated
 * @param failure how the cell failed, at {@code endTime} ({@link FailureMode#NONE} when it did not)
 * @param initialOverpotential V, magnitude of a symmetric cell's first loaded sample
 * @param finalOverpotential V, magnitude of a symmetric cell's last loaded sample before any short
 * @param platedShares where the plated Li went, as fractions of all of it
 * @param discharges every discharge step of a full cell, in order
 * @param capacityRetention last discharge's charge over the first's
 * @param meanCoulombicEfficiency mean over discharges that followed a charge
 * @param impedanceFit the equivalent circuit at each impedance spectrum
 */
public record RunMetrics(double criticalCurrentDensity, double shortTime, int cycles, double endTime, FailureMode failure, double initialOverpotential,
		double finalOverpotential, PlatedShares platedShares, List<Discharge> discharges, double capacityRetention, double meanCoulombicEfficiency,
		List<CircuitFit> impedanceFit) {

	public RunMetrics {
		discharges = List.copyOf(discharges);
		impedanceFit = List.copyOf(impedanceFit);
	}

	/**
	 * Where plated Li went (fractions summing to 1, or all 0 when nothing plated): on the Li side of the
	 * working face, inside an interlayer, in the band at the layer/electrolyte face, inside the electrolyte.
	 */
	public record PlatedShares(double liSide, double insideLayer, double faceBand, double insideElectrolyte) {

		/** The shares in the order of {@link Location}. */
		public double share(Location location) {
			return switch (location) {
			case LI_SIDE -> liSide;
			case INSIDE_LAYER -> insideLayer;
			case FACE_BAND -> faceBand;
			case INSIDE_ELECTROLYTE -> insideElectrolyte;
			};
		}
	}

	/** Where Li can plate, in the order the solver counts it. */
	public enum Location {
		LI_SIDE("Li side"), INSIDE_LAYER("inside layer"), FACE_BAND("face band"), INSIDE_ELECTROLYTE("inside electrolyte");

		/** How the location reads in a summary or a legend. */
		private final String label;

		Location(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	/**
	 * The equivalent circuit fitted at one spectrum.
	 *
	 * @param time s when the spectrum was taken
	 * @param bulk Ohm m2 of the electrolyte bulk and layers
	 * @param grainBoundary Ohm m2
	 * @param interfacial Ohm m2 of both faces together
	 * @param area m2 of the cell, to give resistances in Ohm as papers do
	 */
	public record CircuitFit(double time, double bulk, double grainBoundary, double interfacial, double area) {

		/** The interfacial resistance of this cell in Ohm. */
		public double interfacialResistance() {
			return interfacial / area;
		}
	}

	/** Whether the run had discharges (a full cell). */
	public boolean hasDischarges() {
		return !discharges.isEmpty();
	}
}
