package org.stratum.model.resource;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialLibrary;

/** Loads the material library shipped with Stratum and finds materials in it. */
public final class MaterialLibraries {

	private MaterialLibraries() {
	}

	/** The shipped library, loaded into {@code set} (created with {@link StratumResources#createResourceSet()}). */
	public static MaterialLibrary standard(ResourceSet set) {
		Resource resource = set.getResource(URI.createURI(StratumResources.LIBRARY_URI), true);
		return (MaterialLibrary) resource.getContents().get(0);
	}

	/** The shipped library in a resource set of its own. */
	public static MaterialLibrary standard() {
		return standard(StratumResources.createResourceSet());
	}

	public static Optional<Material> find(MaterialLibrary library, String id) {
		return library.getMaterials().stream().filter(m -> id.equals(m.getId())).findFirst();
	}
}
