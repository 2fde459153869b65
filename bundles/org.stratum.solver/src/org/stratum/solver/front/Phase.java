package org.stratum.solver.front;

/**
 * A phase of the front model's microstructure and what the model needs of it (SI). Values come from the material
 * library where the cell model builds the map; the factories here are for tests and benchmarks and cite theirs.
 *
 * @param name for reasons and reports ("LPSCl", "soft carbon")
 * @param electronic electronic conductivity, S/m
 * @param ionic ionic conductivity, S/m
 * @param exchangeCurrent intrinsic i0 of Li against this phase (an ion conductor), A/m2; ignored for electron conductors
 * @param nucleationBarrier overpotential Li needs to nucleate on this phase as a bare substrate (an electron
 *        conductor), V
 * @param room the volume fraction of a cell of this phase Li may fill: 1 for Li, voids, flaws and cracks; a
 *        porous layer's pore fraction; 0 for a dense electrolyte, which Li enters only by cracking it
 * @param fractureToughness K_IC, Pa m^0.5 (infinite: never cracks)
 * @param flawLength length of the surface flaws Li plated against this phase loads, m (Griffith)
 * @param product what this phase turns into where Li touches it (null: it does not react)
 * @param reactionTime how long that reaction takes, s (0: it is complete where Li touches the phase)
 */
public record Phase(String name, double electronic, double ionic, double exchangeCurrent, double nucleationBarrier, double room,
		double fractureToughness, double flawLength, Phase product, double reactionTime) {

	/** Li metal's electronic conductivity, S/m (CRC Handbook: 1.08e5 S/cm at 20 C). */
	public static final double LITHIUM_CONDUCTIVITY = 1.08e7;

	/** Li metal. */
	public static final Phase LITHIUM = new Phase("Li", LITHIUM_CONDUCTIVITY, 0, 0, 0, 1, Double.POSITIVE_INFINITY, 0, null, 0);

	/**
	 * A gap (a void at the Li face where the foil has lost contact with what lies on it): it conducts neither
	 * electrons nor ions, so no face of it reacts and the current goes round it; Li may fill it.
	 */
	public static final Phase VOID = new Phase("void", 0, 0, 0, 0, 1, Double.POSITIVE_INFINITY, 0, null, 0);

	/** An ion conductor Li cannot enter unless it cracks (a dense solid electrolyte or ceramic particle). */
	public static Phase electrolyte(String name, double ionic, double electronic, double exchangeCurrent, double fractureToughness, double flawLength) {
		return new Phase(name, electronic, ionic, exchangeCurrent, 0, 0, fractureToughness, flawLength, null, 0);
	}

	/** An electron conductor with pores Li may fill (a carbon scaffold), nucleation barrier 0. */
	public static Phase electronConductor(String name, double electronic, double room) {
		return new Phase(name, electronic, 0, 0, 0, room, Double.POSITIVE_INFINITY, 0, null, 0);
	}

	/** Whether the phase conducts electrons better than ions. */
	public boolean conductsElectrons() {
		return electronic > ionic;
	}

	/** The same phase with a nucleation barrier, V. */
	public Phase withNucleationBarrier(double volts) {
		return new Phase(name, electronic, ionic, exchangeCurrent, volts, room, fractureToughness, flawLength, product, reactionTime);
	}

	/** The same phase with room for Li (a flaw, a grain boundary, a crack in it, a yielding electrolyte). */
	public Phase withRoom(double fraction) {
		return new Phase(name, electronic, ionic, exchangeCurrent, nucleationBarrier, fraction, fractureToughness, flawLength, product, reactionTime);
	}

	/** The same phase, turning into the product where Li touches it, over the reaction time (s; 0: on contact). */
	public Phase reactingTo(Phase reactionProduct, double seconds) {
		return new Phase(name, electronic, ionic, exchangeCurrent, nucleationBarrier, room, fractureToughness, flawLength, reactionProduct, seconds);
	}

	/** The same phase whose Li-loaded flaws are of another length, m. */
	public Phase withFlawLength(double metres) {
		return new Phase(name, electronic, ionic, exchangeCurrent, nucleationBarrier, room, fractureToughness, metres, product, reactionTime);
	}

	/** A crack through this phase: the same conductivities, room for Li, no further cracking. */
	public Phase cracked() {
		return new Phase(name + " (cracked)", electronic, ionic, exchangeCurrent, nucleationBarrier, 1, Double.POSITIVE_INFINITY, 0, null, 0);
	}
}
