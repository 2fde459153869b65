package org.stratum.dsl.resolve;

import org.eclipse.emf.ecore.EObject;

/** A stack declaration that cannot be turned into a cell; says where (which variation) and why. */
public class StackResolutionException extends Exception {

	private static final long serialVersionUID = 1L;
	private final transient EObject where;

	public StackResolutionException(EObject where, String message) {
		super(message);
		this.where = where;
	}

	/** The declaration or variation the problem is in. */
	public EObject where() {
		return where;
	}
}
