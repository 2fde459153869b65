package org.stratum.model.units;

/** A unit or quantity text that cannot be read; the message says what was expected. */
public class UnitException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UnitException(String message) {
		super(message);
	}
}
