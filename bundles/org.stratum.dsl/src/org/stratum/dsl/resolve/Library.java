package org.stratum.dsl.resolve;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.stratum.model.resource.MaterialLibraries;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.MaterialLibrary;

/** The material library as seen from a .stratum file: loaded once into the file's resource set. */
public final class Library {

	private Library() {
	}

	public static MaterialLibrary of(EObject context) {
		ResourceSet set = context.eResource().getResourceSet();
		StratumResources.configure(set);
		return MaterialLibraries.standard(set);
	}
}
