package org.stratum.solver.multigrid;

/** A potential solve that did not reach its tolerance; the front model stops its run with this reason. */
public final class NotConvergedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public NotConvergedException(String reason) {
		super(reason);
	}
}
