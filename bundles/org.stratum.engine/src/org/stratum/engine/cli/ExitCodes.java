package org.stratum.engine.cli;

/** Exit codes of the {@code stratum} command line, as documented in {@code stratum --help}. */
public final class ExitCodes {

	/** Everything worked; no errors were found. */
	public static final int OK = 0;
	/** The input has errors (validation), or a run stopped because of the cell or protocol. */
	public static final int INPUT_ERRORS = 1;
	/** A run or sweep ran, and an expectation of it failed (a CI build should fail, as for a failing test). */
	public static final int EXPECTATIONS_FAILED = 1;
	/** The command line itself was wrong (unknown option, missing file). */
	public static final int USAGE = 2;
	/** Stratum failed for a reason of its own. */
	public static final int FAILURE = 3;

	private ExitCodes() {
	}
}
