package org.stratum.solver.program;

/**
 * How a cell failed, as a cycler reports it: not at all, by a short (a filament spans the electrolyte), at the
 * protocol's voltage limit (the overpotential ran away, through interphase growth, the electrolyte or the kinetics),
 * out of Li to strip, or at the voltage limit with the stripping face's contact mostly lost to voids.
 */
public enum FailureMode {
	NONE, SHORT, VOLTAGE_LIMIT, LITHIUM_EXHAUSTED, CONTACT_LOST;

	/**
	 * Below this fraction of a face in contact, a voltage limit is put down to lost contact: voids then carry more of
	 * the rise than anything else the face has.
	 */
	public static final double CONTACT_LOST_BELOW = 0.5;

	/**
	 * What a met stop condition says of the cell: a voltage rising through its limit is a failure (lost contact when
	 * the poorer face's contact fraction is below {@link #CONTACT_LOST_BELOW}); any other condition is the protocol
	 * ending the run, not a failure.
	 */
	static FailureMode atStop(Step.Stop stop, double contact) {
		if (stop == null || stop.variable() != Step.Variable.VOLTAGE || !stop.greater()) {
			return NONE;
		}
		return contact < CONTACT_LOST_BELOW ? CONTACT_LOST : VOLTAGE_LIMIT;
	}

	/** How summary.json and validation.json spell it ("voltage_limit"). */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** How a sentence says it ("voltage limit"). */
	public String words() {
		return label().replace('_', ' ');
	}
}
