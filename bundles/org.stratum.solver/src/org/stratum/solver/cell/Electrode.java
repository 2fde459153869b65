package org.stratum.solver.cell;

/**
 * One Li electrode of a symmetric cell as the stack model sees it (SI).
 *
 * @param name           for messages
 * @param exchangeCurrent apparent exchange current density of the face that meets the electrolyte, A/m2,
 *                        at the cell temperature (intrinsic i0 times the resolved reaction area)
 * @param faceFlawLength loaded flaw length l_face of that face, m (a calibrated global constant per face type)
 * @param electronBlocking whether an electron-blocking layer separates Li from the electrolyte (no flaw is loaded)
 * @param lithiumThickness Li available to strip, m
 * @param interphaseResistance initial area-specific interphase resistance, Ohm m2
 * @param interphaseGrowth growth law of that resistance
 * @param growthConstant passivating: k_p in Ohm2 m4/s; mixed-conducting: Ohm m2 per (C/m2); stable: unused
 * @param platingShares where plated Li goes: Li side, inside the layer, in the 1 um band at the face
 */
public record Electrode(String name, double exchangeCurrent, double faceFlawLength, boolean electronBlocking, double lithiumThickness,
		double interphaseResistance, InterphaseGrowth interphaseGrowth, double growthConstant, double[] platingShares) {

	/** How an interphase between Li and the electrolyte grows. */
	public enum InterphaseGrowth {
		STABLE, PASSIVATING, MIXED_CONDUCTING
	}
}
