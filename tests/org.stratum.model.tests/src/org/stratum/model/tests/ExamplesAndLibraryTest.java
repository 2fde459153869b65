package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.junit.jupiter.api.Test;
import org.stratum.examples.Examples;
import org.stratum.model.derive.Materials;
import org.stratum.model.resource.MaterialLibraries;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialLibrary;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;

/** The shipped library and every seed example: complete, sourced, and free of validation problems. */
public class ExamplesAndLibraryTest {

	static Cell load(ResourceSet set, String path) throws Exception {
		Resource resource = set.createResource(URI.createURI("memory:/" + path));
		try (InputStream in = Examples.open(path)) {
			resource.load(in, Map.of());
		}
		return (Cell) resource.getContents().get(0);
	}

	@Test
	public void everySeedPaperHasItsCells() {
		List<String> stacks = Examples.list("stack");
		for (String seed : List.of("seed-000/", "seed-002/", "seed-003/", "seed-004/")) {
			assertTrue(stacks.stream().filter(p -> p.startsWith(seed)).count() >= 4, "too few examples for " + seed + ": " + stacks);
		}
		for (String required : List.of("seed-000/sym-bare.stack", "seed-000/sym-sc.stack", "seed-000/sym-sc-micro20-llzto.stack",
				"seed-000/sym-sc-nano20-llzto.stack", "seed-000/full-sc-nano20-llzto-0.2mAh.stack", "seed-000/full-sc-nano20-llzto-15mAh.stack",
				"seed-002/sym-lpsc1.0-82.stack", "seed-002/sym-lpsc1.5-82.stack", "seed-002/full-ncm811-lpsc1.0-82.stack",
				"seed-003/sym-cuf2-7um-latp.stack", "seed-003/sym-cuf2-32um-latp.stack", "seed-003/sym-pvdf-latp.stack",
				"seed-003/full-lfp-cuf2-15um-latp.stack", "seed-004/sym-lialo2-li-lgps.stack", "seed-004/full-lco-lno-lialo2-li.stack")) {
			assertTrue(stacks.contains(required), "missing example " + required);
		}
	}

	@Test
	public void everyExampleValidatesClean() throws Exception {
		List<String> failures = new ArrayList<>();
		for (String path : Examples.list("stack")) {
			Cell cell = load(StratumResources.createResourceSet(), path);
			Diagnostic d = Fixtures.validate(cell);
			if (d.getSeverity() != Diagnostic.OK) {
				failures.add(path + ": " + Fixtures.problems(d));
			}
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}

	@Test
	public void theLibraryValidatesCleanAndHoldsEveryMaterialOfTheSeeds() {
		MaterialLibrary library = MaterialLibraries.standard();
		Diagnostic d = Fixtures.validate(library);
		assertEquals(Diagnostic.OK, d.getSeverity(), () -> String.join("\n", Fixtures.problems(d)));
		Set<String> ids = new TreeSet<>();
		library.getMaterials().forEach(m -> ids.add(m.getId()));
		for (String id : List.of("Li", "Li-In", "LPSCl", "LPSCl-1.25", "LPSCl-1.5", "LGPS", "Li3PS4", "Li7P3S11", "LLZO",
				"LLZTO-nano", "LLZTO-micro", "LATP", "LAGP", "LLTO", "LiPON", "PEO-LiTFSI", "Li3YCl6", "Li3InCl6", "Li2ZrCl6",
				"LiF", "Li3N", "Li2O", "Li3P", "Li2S", "LiAlO2", "Cu", "CuF2", "SC", "LiC6", "VGCF", "PTFE", "PVDF", "LCO",
				"LCO-LZO", "LCO-LNO", "NCM811", "LFP", "SS")) {
			assertTrue(ids.contains(id), "the library lacks " + id + "; it has " + ids);
		}
		for (Material m : library.getMaterials()) {
			assertTrue(m.getProperties().stream().allMatch(p -> p.getSource() != null), m.getId() + " has a value without source");
			assertTrue(m.getLiReaction() != null, m.getId() + " does not say how it reacts with Li");
		}
	}

	/** Per role in a cell, what the stack model will read from the material. */
	@Test
	public void everyMaterialUsedByAnExampleHasWhatTheSolverNeeds() throws Exception {
		List<String> gaps = new ArrayList<>();
		for (String path : Examples.list("stack")) {
			Cell cell = load(StratumResources.createResourceSet(), path);
			for (Layer layer : cell.getLayers()) {
				if (!(layer instanceof CompositeLayer composite)) {
					continue;
				}
				for (Component c : composite.getComponents()) {
					for (PropertyKind kind : needs(layer, c)) {
						if (!Materials.has(c.getMaterial(), kind)) {
							gaps.add(path + ": " + c.getMaterial().getId() + " lacks " + Materials.label(kind));
						}
					}
					if (layer instanceof SolidElectrolyte && c.getMaterial().getKinetics().isEmpty()) {
						gaps.add(path + ": " + c.getMaterial().getId() + " has no Li|material exchange current");
					}
				}
			}
		}
		assertTrue(gaps.isEmpty(), String.join("\n", new TreeSet<>(gaps)));
	}

	private static List<PropertyKind> needs(Layer layer, Component c) {
		if (layer instanceof Anode) {
			return List.of(PropertyKind.DENSITY, PropertyKind.MOLAR_VOLUME, PropertyKind.LI_DIFFUSIVITY, PropertyKind.SHEAR_MODULUS,
					PropertyKind.YIELD_STRENGTH);
		}
		if (layer instanceof SolidElectrolyte) {
			return List.of(PropertyKind.IONIC_CONDUCTIVITY, PropertyKind.IONIC_ACTIVATION_ENERGY, PropertyKind.DENSITY,
					PropertyKind.ELECTRONIC_CONDUCTIVITY, PropertyKind.FRACTURE_TOUGHNESS, PropertyKind.SHEAR_MODULUS);
		}
		if (layer instanceof Interlayer) {
			return c.getRole() == ComponentRole.BINDER || c.getRole() == ComponentRole.SALT ? List.of(PropertyKind.DENSITY)
					: List.of(PropertyKind.DENSITY, PropertyKind.ELECTRONIC_CONDUCTIVITY);
		}
		if (layer instanceof CathodeComposite) {
			return c.getRole() == ComponentRole.ACTIVE
					? List.of(PropertyKind.DENSITY, PropertyKind.SPECIFIC_CAPACITY, PropertyKind.AVERAGE_VOLTAGE)
					: List.of(PropertyKind.DENSITY);
		}
		return List.of();
	}
}
