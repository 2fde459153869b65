package org.stratum.engine.fit;

/**
 * A trial simulation of a fit could not run (its cell or protocol at those values is refused). Unchecked because it
 * crosses Hipparchus' model interface; {@code stratum fit} reports its message.
 */
public class FitFailedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FitFailedException(String message, Throwable cause) {
		super(message, cause);
	}
}
