package org.stratum.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.stratum.dsl.stratum.StratumPackage;

/** A validator of one concern, composed into {@link StratumValidator} (which registers for the language's package). */
abstract class ComposedValidator extends AbstractDeclarativeValidator {

	@Override
	public void register(EValidatorRegistrar registrar) {
		// StratumValidator registers; registering here too would run every check twice
	}

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(StratumPackage.eINSTANCE);
	}
}
