package org.stratum.model.resource;

import java.net.URISyntaxException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.stratum.model.stack.StackPackage;
import org.stratum.model.validation.StackValidator;

/**
 * Resource sets that read and write Stratum files the same way headless and in the workbench:
 * {@code .stack} cells and {@code .stacklib} material libraries as XMI, with the shipped material
 * library reachable as {@value #LIBRARY_URI}.
 */
public final class StratumResources {

	/** Logical address of the material library shipped in this bundle; .stack files refer to it. */
	public static final String LIBRARY_URI = "stratum:/library/materials.stacklib";

	public static final String STACK_EXTENSION = "stack";
	public static final String LIBRARY_EXTENSION = "stacklib";

	static {
		EValidator.Registry.INSTANCE.put(StackPackage.eINSTANCE, StackValidator.INSTANCE);
	}

	private StratumResources() {
	}

	/** A resource set that knows the Stratum package, its file types and the shipped library. */
	public static ResourceSet createResourceSet() {
		return configure(new ResourceSetImpl());
	}

	/**
	 * Teaches an existing resource set (an Xtext one, say) the Stratum package, the .stack and
	 * .stacklib file types and the library's address. Idempotent.
	 */
	public static ResourceSet configure(ResourceSet set) {
		set.getPackageRegistry().put(StackPackage.eNS_URI, StackPackage.eINSTANCE);
		StackResourceFactory xmi = new StackResourceFactory();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(STACK_EXTENSION, xmi);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(LIBRARY_EXTENSION, xmi);
		set.getURIConverter().getURIMap().put(URI.createURI("stratum:/library/"), libraryFolder());
		return set;
	}

	/** Makes sure the validator is registered (it is once this class is loaded). */
	public static void init() {
		// the static initialiser does the work
	}

	private static URI libraryFolder() {
		URL url = StratumResources.class.getResource("/library/materials.stacklib");
		if (url == null) {
			throw new IllegalStateException("the material library is missing from org.stratum.model (library/materials.stacklib)");
		}
		try {
			String text = url.toURI().toString();
			return URI.createURI(text.substring(0, text.lastIndexOf('/') + 1));
		} catch (URISyntaxException e) {
			throw new IllegalStateException("cannot address the material library at " + url, e);
		}
	}
}
