package org.stratum.model.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.stratum.model.resource.MaterialLibraries;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.AnodeKind;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.CellKind;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialLibrary;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.stack.StackFactory;
import org.stratum.model.units.Quantity;

/** Builds cells from the shipped library, the way a user's .stack file refers to it, and validates them. */
final class Fixtures {

	static final StackFactory F = StackFactory.eINSTANCE;

	final ResourceSet set = StratumResources.createResourceSet();
	final MaterialLibrary library = MaterialLibraries.standard(set);

	Material material(String id) {
		return MaterialLibraries.find(library, id).orElseThrow(() -> new AssertionError("no material " + id));
	}

	Component component(String id) {
		Component c = F.createComponent();
		c.setMaterial(material(id));
		return c;
	}

	Component component(String id, double fraction) {
		Component c = component(id);
		c.setFraction(fraction);
		return c;
	}

	Anode li(String thickness) {
		Anode a = F.createAnode();
		a.setName("Li");
		a.setAnodeKind(AnodeKind.LITHIUM_FOIL);
		a.setThickness(new Quantity(thickness));
		a.getComponents().add(component("Li"));
		return a;
	}

	SolidElectrolyte electrolyte(String id, String thickness) {
		SolidElectrolyte se = F.createSolidElectrolyte();
		se.setName(id);
		if (thickness != null) {
			se.setThickness(new Quantity(thickness));
		}
		se.getComponents().add(component(id));
		return se;
	}

	Interlayer interlayer(String thickness, Component... components) {
		Interlayer il = F.createInterlayer();
		il.setName("IL");
		il.setThickness(new Quantity(thickness));
		il.getComponents().addAll(List.of(components));
		return il;
	}

	/** A cathode of one active material with a given thickness. */
	CathodeComposite cathode(String active, String thickness) {
		CathodeComposite cathode = F.createCathodeComposite();
		Component c = component(active);
		c.setRole(ComponentRole.ACTIVE);
		cathode.getComponents().add(c);
		cathode.setThickness(new Quantity(thickness));
		return cathode;
	}

	/** A valid Li | LPSCl | Li cell at 55 degC, 10 mm, 375 MPa, held in a resource. */
	Cell symmetricCell() {
		Cell cell = F.createCell();
		cell.setName("test");
		cell.setKind(CellKind.SYMMETRIC);
		cell.setDiameter(new Quantity("10 mm"));
		cell.setTemperature(new Quantity("55 degC"));
		cell.setStackPressure(new Quantity("375 MPa"));
		cell.getLayers().add(li("20 um"));
		cell.getLayers().add(electrolyte("LPSCl", "600 um"));
		cell.getLayers().add(li("20 um"));
		Resource resource = set.createResource(URI.createFileURI("/tmp/stratum-test/test.stack"));
		resource.getContents().add(cell);
		return cell;
	}

	static Diagnostic validate(EObject object) {
		return Diagnostician.INSTANCE.validate(object);
	}

	/** Every leaf problem of a diagnostic, as "SEVERITY code: message" lines. */
	static List<String> problems(Diagnostic diagnostic) {
		List<String> out = new ArrayList<>();
		collect(diagnostic, out);
		return out;
	}

	private static void collect(Diagnostic d, List<String> out) {
		if (d.getChildren().isEmpty() && d.getSeverity() != Diagnostic.OK) {
			out.add((d.getSeverity() == Diagnostic.ERROR ? "ERROR " : "WARNING ") + d.getCode() + ": " + d.getMessage());
		}
		for (Diagnostic child : d.getChildren()) {
			collect(child, out);
		}
	}

	static BasicDiagnostic chain() {
		return new BasicDiagnostic();
	}
}
