package org.stratum.engine.build;

/** Input the engine cannot simulate: the message names the element, the quantity and what was expected. */
public class EngineException extends Exception {

	private static final long serialVersionUID = 1L;

	public EngineException(String message) {
		super(message);
	}
}
