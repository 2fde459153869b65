package org.stratum.engine.fit;

/**
 * A fit stopped because its user asked it to (Cancel in the workbench): no result is written. Unchecked because it
 * crosses Hipparchus' model interface, like {@link FitFailedException}.
 */
public class FitCancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FitCancelledException(String fit, int simulations) {
		super("fit " + fit + " was cancelled after " + simulations + " simulations; nothing was written");
	}
}
