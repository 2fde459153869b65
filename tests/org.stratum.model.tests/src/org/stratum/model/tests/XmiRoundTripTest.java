package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.Material;
import org.stratum.model.units.Quantity;

/** A .stack file written and read back is the same model; references into the library survive. */
public class XmiRoundTripTest {

	@TempDir
	Path dir;

	@Test
	public void aBuiltCellRoundTrips() throws Exception {
		Fixtures fx = new Fixtures();
		Cell cell = fx.symmetricCell();
		cell.getLayers().add(1, fx.interlayer("30 um", fx.component("SC", 95), fx.component("PTFE", 5)));
		Path file = dir.resolve("cell.stack");
		cell.eResource().setURI(URI.createFileURI(file.toString()));
		cell.eResource().save(Map.of());

		String xml = Files.readString(file);
		assertTrue(xml.contains("thickness=\"30 um\""), xml);
		assertTrue(xml.contains("stratum:/library/materials.stacklib#SC"), xml);

		ResourceSet other = StratumResources.createResourceSet();
		Cell read = (Cell) other.getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
		assertTrue(EcoreUtil.equals(cell, read), "the cell read back differs from the one written");
		Material sc = ((CompositeLayer) read.getLayers().get(1)).getComponents().get(0).getMaterial();
		assertFalse(sc.eIsProxy(), "the library reference did not resolve");
		assertEquals("SC", sc.getId());
		assertEquals(new Quantity("55 degC"), read.getTemperature());
	}

	@Test
	public void everyExampleRoundTrips() throws Exception {
		for (String path : Examples.list("stack")) {
			ResourceSet set = StratumResources.createResourceSet();
			Resource resource = set.createResource(URI.createURI("memory:/" + path));
			try (InputStream in = Examples.open(path)) {
				resource.load(in, Map.of());
			}
			Cell cell = (Cell) resource.getContents().get(0);
			EcoreUtil.resolveAll(set);
			Path file = dir.resolve(path.replace('/', '_'));
			resource.setURI(URI.createFileURI(file.toString()));
			resource.save(Map.of());
			ResourceSet again = StratumResources.createResourceSet();
			Cell read = (Cell) again.getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
			assertTrue(EcoreUtil.equals(cell, read), path + " changed in a save/load round trip");
			for (var it = read.eAllContents(); it.hasNext();) {
				if (it.next() instanceof Component c) {
					assertFalse(c.getMaterial().eIsProxy(), path + ": unresolved material " + EcoreUtil.getURI(c.getMaterial()));
				}
			}
		}
	}

	@Test
	public void theLibraryIsOneSharedResource() {
		Fixtures fx = new Fixtures();
		assertSame(fx.material("Li"), fx.material("Li"));
		assertEquals(StratumResources.LIBRARY_URI, fx.library.eResource().getURI().toString());
	}
}
