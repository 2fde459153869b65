package org.stratum.engine.build;

import org.stratum.model.derive.DerivationException;

/** A derived quantity of the metamodel, with its failure turned into the engine's named error. */
final class Derived {

	private Derived() {
	}

	static <T> T derived(java.util.function.Supplier<T> derivation) throws EngineException {
		try {
			return derivation.get();
		} catch (DerivationException e) {
			throw new EngineException(e.getMessage());
		}
	}
}
