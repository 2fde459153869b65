package org.stratum.model.derive;

/** A derived value cannot be computed: the message names the element and the data that is missing. */
public class DerivationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public DerivationException(String message) {
		super(message);
	}
}
