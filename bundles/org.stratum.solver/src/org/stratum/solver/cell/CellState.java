package org.stratum.solver.cell;

/** The evolving state of a symmetric cell: contact, filaments, interphases, Li inventory (SI). */
public final class CellState {

	/** Contact area fraction of the Li|electrolyte face, per electrode (1 = full contact). */
	public final double[] contact = { 1, 1 };
	/** Filament length grown into the electrolyte from each electrode, m. */
	public final double[] filament = { 0, 0 };
	/** Whether a flaw at that electrode has cracked. */
	public final boolean[] cracked = { false, false };
	/** Charge stripped from each electrode in its current stripping half-cycle, C/m2. */
	public final double[] strippedCharge = { 0, 0 };
	/** Li thickness left on each electrode, m. */
	public final double[] lithium = new double[2];
	/** Interphase resistance of each electrode, Ohm m2. */
	public final double[] interphase = new double[2];
	/** Li plated per location over the run, C/m2: Li side, inside the layer, at the face, inside the electrolyte. */
	public final double[] platedByLocation = new double[4];
	public double time;
	public boolean shorted;
	public double temperature;
	public double stackPressure;

	public CellState(StackCell cell) {
		lithium[0] = cell.working().lithiumThickness();
		lithium[1] = cell.counter().lithiumThickness();
		interphase[0] = cell.working().interphaseResistance();
		interphase[1] = cell.counter().interphaseResistance();
		temperature = cell.temperature();
		stackPressure = cell.stackPressure();
	}
}
