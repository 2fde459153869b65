package org.stratum.solver.front;

/**
 * What the front model advances: time, the Li fraction and phase of every cell, the progress of reacting cells,
 * which cells Li cracked, the Li the electrode's body gained beyond the map (the reservoir) and Li plated per
 * region. Amounts of Li are
 * volumes per metre of depth, m3/m.
 */
public final class FrontState {

	private double time;
	private final double[] xi;
	private final int[] phaseOf;
	private final double[] reacted;
	private final boolean[] cracked;
	private double reservoir;
	private final double[] plated;

	FrontState(double[] xi, int[] phaseOf, int regions) {
		this(0, xi, phaseOf, new double[xi.length], new boolean[xi.length], 0, new double[regions]);
	}

	private FrontState(double time, double[] xi, int[] phaseOf, double[] reacted, boolean[] cracked, double reservoir, double[] plated) {
		this.time = time;
		this.xi = xi;
		this.phaseOf = phaseOf;
		this.reacted = reacted;
		this.cracked = cracked;
		this.reservoir = reservoir;
		this.plated = plated;
	}

	/** A deep copy. */
	public FrontState copy() {
		return new FrontState(time, xi.clone(), phaseOf.clone(), reacted.clone(), cracked.clone(), reservoir, plated.clone());
	}

	/** Time since the run started, s. */
	public double time() {
		return time;
	}

	/** Li volume fraction per cell (live: the model writes it). */
	public double[] xi() {
		return xi;
	}

	/** Phase index per cell (live). */
	int[] phaseOf() {
		return phaseOf;
	}

	/** Progress (0 to 1) of each reacting cell towards its product (live). */
	double[] reacted() {
		return reacted;
	}

	/** Whether each cell was cracked by Li during the run (live). */
	public boolean[] cracked() {
		return cracked;
	}

	/** Li the electrode's body gained beyond the map since the start (negative: it gave), m3/m. */
	public double reservoir() {
		return reservoir;
	}

	void addToReservoir(double volume) {
		reservoir += volume;
	}

	/** Li plated so far per {@link FrontModel.Region}, m3/m (live). */
	public double[] plated() {
		return plated;
	}

	FrontState advancedBy(double dt) {
		time += dt;
		return this;
	}
}
