package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.CellKind;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.StackPackage;
import org.stratum.model.units.Quantity;

/**
 * .stack files live in git: loading and saving an unchanged file gives the same bytes, a one-value edit is
 * a one-line diff, and what the user wrote (number forms, default enum values) is kept.
 */
public class StackFilesInGitTest {

	private static byte[] bytes(String path) throws Exception {
		try (InputStream in = Examples.open(path)) {
			return in.readAllBytes();
		}
	}

	private static Resource load(String path, byte[] content) throws Exception {
		Resource resource = StratumResources.createResourceSet().createResource(URI.createURI("memory:/" + path));
		resource.load(new ByteArrayInputStream(content), Map.of());
		return resource;
	}

	private static String save(Resource resource) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, Map.of());
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	public void loadThenSaveOfEveryShippedStackIsByteIdentical() throws Exception {
		List<String> paths = Examples.list("stack");
		assertTrue(paths.size() >= 49, "examples: " + paths.size());
		for (String path : paths) {
			byte[] original = bytes(path);
			assertEquals(new String(original, StandardCharsets.UTF_8), save(load(path, original)), path + " changed on load and save");
		}
	}

	@Test
	public void aOneValueEditIsAOneLineDiffInEveryExample() throws Exception {
		for (String path : Examples.list("stack")) {
			String original = new String(bytes(path), StandardCharsets.UTF_8);
			Resource resource = load(path, bytes(path));
			Layer edited = null;
			for (Layer layer : ((Cell) resource.getContents().get(0)).getLayers()) {
				if (layer.getThickness() != null) {
					edited = layer;
					break;
				}
			}
			if (edited == null) {
				continue; // every layer's thickness is derived from a mass
			}
			edited.setThickness(new Quantity(edited.getThickness().value() + 1 + " " + edited.getThickness().unit()));
			List<String> before = original.lines().toList();
			List<String> after = save(resource).lines().toList();
			assertEquals(before.size(), after.size(), path + ": the edit added or removed lines");
			List<Integer> changed = new ArrayList<>();
			for (int k = 0; k < before.size(); k++) {
				if (!before.get(k).equals(after.get(k))) {
					changed.add(k);
				}
			}
			assertEquals(1, changed.size(), path + ": lines changed " + changed);
			assertTrue(after.get(changed.get(0)).contains("thickness=\"" + edited.getThickness() + "\""), after.get(changed.get(0)));
		}
	}

	@Test
	public void whatTheUserWroteIsKept() throws Exception {
		String text = """
				<?xml version="1.0" encoding="UTF-8"?>
				<stack:Cell xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:stack="http://www.stratum.org/model/stack/1.0" name="mine" kind="symmetric" diameter="1.0e1 mm" areaBasis="cell" temperature="25 degC">
				  <layers xsi:type="stack:Anode" name="Li" thickness="20.0 um" anodeKind="lithium_foil">
				    <components material="stratum:/library/materials.stacklib#Li" fraction="100" basis="weight"/>
				  </layers>
				</stack:Cell>
				""";
		Resource resource = load("mine.stack", text.getBytes(StandardCharsets.UTF_8));
		Cell cell = (Cell) resource.getContents().get(0);
		assertEquals(CellKind.SYMMETRIC, cell.getKind());
		assertTrue(!cell.eIsSet(StackPackage.Literals.CELL__KIND), "symmetric is the default kind, so EMF alone would drop it");
		assertEquals(text, save(resource), "defaults written by the user and number forms are kept");

		cell.setKind(CellKind.FULL);
		String changed = save(resource);
		assertTrue(changed.contains("kind=\"full\"") && changed.contains("diameter=\"1.0e1 mm\""), changed);
		cell.setDiameter(new Quantity("12 mm"));
		assertTrue(save(resource).contains("diameter=\"12 mm\""), "a changed value is written anew");
	}
}
