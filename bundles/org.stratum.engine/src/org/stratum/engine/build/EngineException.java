package org.stratum.engine.build;

import org.eclipse.emf.ecore.EObject;

/**
 * Input the engine cannot simulate: the message names the element, the quantity and what was expected, and
 * {@link #where()} is the element itself (a cell, layer or material of the metamodel, or a declaration of the
 * language) so that a workbench can mark it in its file.
 */
public class EngineException extends Exception {

	private static final long serialVersionUID = 1L;

	/** The element the problem is in, or null when the message is all there is. */
	private final transient EObject where;

	public EngineException(String message) {
		this(message, null);
	}

	public EngineException(String message, EObject where) {
		super(message);
		this.where = where;
	}

	/** The element the problem is in, or null. */
	public EObject where() {
		return where;
	}
}
