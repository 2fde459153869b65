package org.stratum.solver.program;

/**
 * A cell model cannot evaluate its present state (no current meets a drive, the front model's potentials do not
 * converge); the run stops with the reason, wherever the state was evaluated: a step, a condition, a log.
 */
public class CellModelException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CellModelException(String reason) {
		super(reason, null, false, false);
	}

	/** The reason as the run reports it, with the step and time the executor gives. */
	public String reasonAt(String where) {
		return getMessage() + " at " + where;
	}
}
