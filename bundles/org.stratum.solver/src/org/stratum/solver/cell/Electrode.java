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
 * @param growthConstant parabolic: k_p in Ohm2 m4/s; per charge: Ohm m2 per (C/m2); stable: unused
 * @param platingShares where plated Li goes: Li side, inside the layer, in the 1 um band at the face
 * @param coverage the coverage defects of an electron-blocking layer ({@link Coverage#COMPLETE} for none)
 * @param curve a mixed-conducting interlayer's face solved in full (null: Butler-Volmer with exchangeCurrent)
 */
public record Electrode(String name, double exchangeCurrent, double faceFlawLength, boolean electronBlocking, double lithiumThickness,
		double interphaseResistance, InterphaseGrowth interphaseGrowth, double growthConstant, double[] platingShares, Coverage coverage,
		FaceCurve curve) {

	/** An electrode with coverage defects or none, and plain Butler-Volmer kinetics. */
	public Electrode(String name, double exchangeCurrent, double faceFlawLength, boolean electronBlocking, double lithiumThickness,
			double interphaseResistance, InterphaseGrowth interphaseGrowth, double growthConstant, double[] platingShares, Coverage coverage) {
		this(name, exchangeCurrent, faceFlawLength, electronBlocking, lithiumThickness, interphaseResistance, interphaseGrowth, growthConstant,
				platingShares, coverage, null);
	}

	/** An electrode whose face is uniform (no coverage defects). */
	public Electrode(String name, double exchangeCurrent, double faceFlawLength, boolean electronBlocking, double lithiumThickness,
			double interphaseResistance, InterphaseGrowth interphaseGrowth, double growthConstant, double[] platingShares) {
		this(name, exchangeCurrent, faceFlawLength, electronBlocking, lithiumThickness, interphaseResistance, interphaseGrowth, growthConstant,
				platingShares, Coverage.COMPLETE, null);
	}

	/**
	 * Where an electron-blocking layer leaves the electrolyte uncovered, Li meets it directly: such defects are a
	 * parallel path with the Li|electrolyte kinetics, the electrolyte's interphase and the Li-metal face's flaw
	 * length, while on the covered part Li meets the layer: its face's kinetics and its ionic resistance.
	 * {@code exchangeCurrent} of the electrode is then the layer's face's (infinite where the layer's resistance
	 * includes its face), and {@code faceFlawLength} the defects'.
	 *
	 * @param defectFraction uncovered area fraction, 0..1
	 * @param defectExchangeCurrent Li|electrolyte exchange current density at the defects, A/m2 (cell temperature)
	 * @param coveredResistance ionic area-specific resistance of the layer on the covered part, Ohm m2 (cell temperature)
	 */
	public record Coverage(double defectFraction, double defectExchangeCurrent, double coveredResistance) {
		public static final Coverage COMPLETE = new Coverage(0, 0, 0);

		public boolean hasDefects() {
			return defectFraction > 0;
		}
	}

	/**
	 * How an interphase between Li and the electrolyte grows, as measured: not at all, parabolically in time
	 * ({@code R^2 = R0^2 + k t}, a film whose growth is limited by transport across it, at rest too), or with the
	 * charge passed ({@code dR = k |dq|}).
	 */
	public enum InterphaseGrowth {
		STABLE, PARABOLIC, PER_CHARGE
	}
}
