package org.stratum.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.stratum.model.derive.DerivationException;
import org.stratum.model.derive.Geometry;
import org.stratum.model.derive.Labels;
import org.stratum.model.derive.Materials;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.AnodeKind;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.CurrentCollector;
import org.stratum.model.stack.FractionBasis;
import org.stratum.model.stack.InterfaceKinetics;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.Property;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.stack.StackPackage;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;

/**
 * The rules a cell stack and a material library must satisfy, beyond EMF's own (multiplicities,
 * unresolved references). Each problem names the element, the quantity and what was expected.
 * Errors make a cell unusable for simulation; warnings flag implausible or unsourced values.
 */
public class StackValidator extends EObjectValidator {

	public static final StackValidator INSTANCE = new StackValidator();

	/** Percentage points by which the fractions of a composite may miss 100. */
	static final double FRACTION_SUM_TOLERANCE = 0.5;
	private static final double AVOGADRO = 6.02214076e23;
	private static final double ELECTRON_VOLT = 1.602176634e-19;

	@Override
	protected EPackage getEPackage() {
		return StackPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean ok = super.validate(eClass, object, diagnostics, context);
		if (object.eClass().getEPackage() != StackPackage.eINSTANCE) {
			return ok;
		}
		ValidationReport report = new ValidationReport(diagnostics);
		quantities(object, report);
		if (object instanceof Cell cell) {
			CellLayoutRules.check(cell, report);
		}
		if (object instanceof CompositeLayer layer) {
			composite(layer, report);
		}
		if (object instanceof CurrentCollector collector && collector.getMaterial() != null) {
			materialReference(collector, collector.getMaterial(), StackPackage.Literals.CURRENT_COLLECTOR__MATERIAL, report);
		}
		if (object instanceof Component component) {
			component(component, report);
		}
		if (object instanceof Material material) {
			material(material, report);
		}
		if (object instanceof Property property) {
			property(property, report);
		}
		if (object instanceof InterfaceKinetics kinetics && kinetics.getSource() == null && !kinetics.isEstimate()) {
			report.warning(StackIssueCodes.NO_SOURCE, object, StackPackage.Literals.INTERFACE_KINETICS__SOURCE,
					"the exchange current of " + Labels.of(object.eContainer()) + " has no source; give one or mark it as an estimate");
		}
		if (object instanceof LiReaction reaction && reaction.getSource() == null && !reaction.isEstimate()) {
			report.warning(StackIssueCodes.NO_SOURCE, object, StackPackage.Literals.LI_REACTION__SOURCE,
					"the Li reaction of " + Labels.of(object.eContainer()) + " has no source; give one or mark it as an estimate");
		}
		if (object instanceof LiReaction reaction) {
			growthConstant(reaction, report);
		}
		return ok && !report.hasErrors();
	}

	/**
	 * The unit of a growth constant says the growth law the measurement shows: a parabolic rate constant (growth in
	 * time, as a film limited by transport across it grows) or a resistance per charge passed.
	 */
	private void growthConstant(LiReaction reaction, ValidationReport report) {
		Quantity k = reaction.getGrowthConstant();
		if (k == null) {
			return;
		}
		if (reaction.getKind() != LiReactionKind.MIXED_CONDUCTING && reaction.getKind() != LiReactionKind.PASSIVATING) {
			report.warning(StackIssueCodes.WRONG_DIMENSION, reaction, StackPackage.Literals.LI_REACTION__GROWTH_CONSTANT,
					"the Li reaction of " + Labels.of(reaction.eContainer()) + " is " + reaction.getKind().getLiteral().replace('_', ' ')
							+ ", so its growth constant '" + k + "' is not used");
		} else if (!k.hasDimension(Dimension.PASSIVATING_INTERPHASE_GROWTH) && !k.hasDimension(Dimension.MIXED_INTERPHASE_GROWTH)) {
			report.error(StackIssueCodes.WRONG_DIMENSION, reaction, StackPackage.Literals.LI_REACTION__GROWTH_CONSTANT,
					"the " + reaction.getKind().getLiteral().replace('_', '-') + " growth constant of " + Labels.of(reaction.eContainer()) + " '" + k
							+ "' has the wrong unit; expected " + Dimension.PASSIVATING_INTERPHASE_GROWTH.describe() + " or "
							+ Dimension.MIXED_INTERPHASE_GROWTH.describe() + ", got " + k.dimension().describe());
		}
	}

	// ---- quantities: dimension, sign, plausible range ----

	private void quantities(EObject object, ValidationReport report) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!(object.eGet(attribute) instanceof Quantity q)) {
				continue;
			}
			String name = attribute.getName();
			Dimension expected = QuantityRules.ATTRIBUTE_DIMENSIONS.get(name);
			if (expected != null && !q.hasDimension(expected)) {
				report.error(StackIssueCodes.WRONG_DIMENSION, object, attribute, Labels.of(object) + ": " + name + " '" + q
						+ "' has the wrong unit; expected " + expected.describe() + ", got " + q.dimension().describe());
				continue;
			}
			if (name.equals("activationEnergy")) {
				activationEnergy(object, attribute, q, report);
				continue;
			}
			QuantityRules.Range range = QuantityRules.ATTRIBUTE_RANGES.get(name);
			if (range == null) {
				continue;
			}
			double si = q.toSI();
			if (range.min() > 0 && si <= 0 && !name.equals("temperature")) {
				report.error(StackIssueCodes.NOT_POSITIVE, object, attribute,
						Labels.of(object) + ": " + name + " '" + q + "' must be positive");
			} else if (name.equals("temperature") && si <= 0) {
				report.error(StackIssueCodes.NOT_POSITIVE, object, attribute,
						Labels.of(object) + ": temperature '" + q + "' is below absolute zero");
			} else if (!range.contains(si)) {
				report.warning(StackIssueCodes.IMPLAUSIBLE_VALUE, object, attribute, Labels.of(object) + ": " + name + " '" + q
						+ "' is outside the plausible range " + range.display());
			}
		}
	}

	private void activationEnergy(EObject object, EAttribute attribute, Quantity q, ValidationReport report) {
		double perParticle;
		if (q.hasDimension(Dimension.ENERGY)) {
			perParticle = q.toSI();
		} else if (q.hasDimension(Dimension.MOLAR_ENERGY)) {
			perParticle = q.toSI() / AVOGADRO;
		} else {
			report.error(StackIssueCodes.WRONG_DIMENSION, object, attribute, Labels.of(object) + ": activation energy '" + q
					+ "' has the wrong unit; expected an energy such as eV or kJ/mol, got " + q.dimension().describe());
			return;
		}
		if (perParticle < 0 || perParticle > 2 * ELECTRON_VOLT) {
			report.warning(StackIssueCodes.OUT_OF_PHYSICAL_RANGE, object, attribute,
					Labels.of(object) + ": activation energy '" + q + "' is outside 0 .. 2 eV");
		}
	}

	// ---- materials ----

	private void material(Material material, ValidationReport report) {
		Set<String> seen = new HashSet<>();
		for (Property p : material.getProperties()) {
			String key = p.getKind() + "@" + (p.getTemperature() == null ? "25 degC" : p.getTemperature().toString());
			if (!seen.add(key)) {
				report.warning(StackIssueCodes.DUPLICATE_PROPERTY, p, StackPackage.Literals.PROPERTY__KIND,
						Labels.of(material) + " has two values of " + Materials.label(p.getKind()) + " at "
								+ key.substring(key.indexOf('@') + 1) + "; keep one parameter set per material");
			}
		}
	}

	private void property(Property property, ValidationReport report) {
		Material material = (Material) property.eContainer();
		String what = Labels.of(material) + ": " + Materials.label(property.getKind());
		Quantity value = property.getValue();
		if (value == null) {
			report.error(StackIssueCodes.MISSING_DATA, property, StackPackage.Literals.PROPERTY__VALUE, what + " has no value");
			return;
		}
		List<Dimension> expected = QuantityRules.PROPERTY_DIMENSIONS.get(property.getKind());
		if (expected != null && expected.stream().noneMatch(value::hasDimension)) {
			report.error(StackIssueCodes.WRONG_DIMENSION, property, StackPackage.Literals.PROPERTY__VALUE, what + " '" + value
					+ "' has the wrong unit; expected " + expected.get(0).describe() + ", got " + value.dimension().describe());
			return;
		}
		QuantityRules.Range range = QuantityRules.PROPERTY_RANGES.get(property.getKind());
		double si = value.hasDimension(Dimension.MOLAR_ENERGY) ? value.toSI() / AVOGADRO : value.toSI();
		if (range != null && !range.contains(si)) {
			report.warning(StackIssueCodes.OUT_OF_PHYSICAL_RANGE, property, StackPackage.Literals.PROPERTY__VALUE,
					what + " '" + value + "' is outside the physical range " + range.display());
		}
		if (property.getSource() == null && !property.isEstimate()) {
			report.warning(StackIssueCodes.NO_SOURCE, property, StackPackage.Literals.PROPERTY__SOURCE,
					what + " has no source; give one or mark it as an estimate");
		}
	}

	// ---- components and composites ----

	private void component(Component component, ValidationReport report) {
		materialReference(component, component.getMaterial(), StackPackage.Literals.COMPONENT__MATERIAL, report);
		if (component.isSetFraction() && (component.getFraction() < 0 || component.getFraction() > 100)) {
			report.error(StackIssueCodes.FRACTION_OUT_OF_RANGE, component, StackPackage.Literals.COMPONENT__FRACTION,
					Labels.of(component) + ": fraction " + component.getFraction() + " must lie between 0 and 100 %");
		}
		if (component.getCoating() != null) {
			materialReference(component, component.getCoating(), StackPackage.Literals.COMPONENT__COATING, report);
		}
	}

	private void materialReference(EObject owner, Material material, EStructuralFeature feature, ValidationReport report) {
		if (material == null) {
			return; // a missing mandatory material is EMF's multiplicity problem
		}
		if (material.eIsProxy()) {
			String uri = ((InternalEObject) material).eProxyURI().toString();
			String id = uri.contains("#") ? uri.substring(uri.indexOf('#') + 1) : uri;
			report.error(StackIssueCodes.UNKNOWN_MATERIAL, owner, feature,
					Labels.of(owner) + ": unknown material '" + id + "' (" + uri + ")");
		}
	}

	private void composite(CompositeLayer layer, ValidationReport report) {
		List<Component> components = layer.getComponents();
		if (components.isEmpty()) {
			report.error(StackIssueCodes.MISSING_DATA, layer, StackPackage.Literals.COMPOSITE_LAYER__COMPONENTS,
					Labels.of(layer) + " has no material: add a component");
			return;
		}
		if (components.size() > 1) {
			Set<FractionBasis> bases = new HashSet<>();
			double sum = 0;
			boolean allSet = true;
			for (Component c : components) {
				bases.add(c.getBasis());
				allSet &= c.isSetFraction();
				sum += c.isSetFraction() ? c.getFraction() : 0;
			}
			if (!allSet) {
				report.error(StackIssueCodes.MISSING_DATA, layer, StackPackage.Literals.COMPOSITE_LAYER__COMPONENTS,
						Labels.of(layer) + " has several components, but not every one has a fraction");
			} else if (Math.abs(sum - 100) > FRACTION_SUM_TOLERANCE) {
				report.error(StackIssueCodes.FRACTIONS_DO_NOT_SUM, layer, StackPackage.Literals.COMPOSITE_LAYER__COMPONENTS,
						Labels.of(layer) + ": the fractions of its components sum to " + round(sum) + " %; expected 100 %");
			}
			if (bases.size() > 1) {
				report.error(StackIssueCodes.MIXED_FRACTION_BASIS, layer, StackPackage.Literals.COMPOSITE_LAYER__COMPONENTS,
						Labels.of(layer) + " mixes fraction bases " + bases + "; give every fraction on one basis");
			}
		}
		if (layer.isSetRelativeDensity() && (layer.getRelativeDensity() <= 0 || layer.getRelativeDensity() > 1)) {
			report.error(StackIssueCodes.FRACTION_OUT_OF_RANGE, layer, StackPackage.Literals.COMPOSITE_LAYER__RELATIVE_DENSITY,
					Labels.of(layer) + ": relative density " + layer.getRelativeDensity() + " must lie in (0, 1]");
		}
		if (components.stream().anyMatch(c -> c.getMaterial() == null || c.getMaterial().eIsProxy())) {
			return; // reported on the component
		}
		if (layer.eContainer() instanceof Cell && !(layer instanceof Anode a && a.getAnodeKind() == AnodeKind.ANODE_FREE)) {
			try {
				Geometry.thickness(layer);
			} catch (DerivationException | IllegalArgumentException e) {
				report.error(StackIssueCodes.MISSING_DATA, layer, StackPackage.Literals.LAYER__THICKNESS,
						"thickness of " + Labels.of(layer) + " cannot be determined: " + e.getMessage());
			}
		}
		if (layer instanceof SolidElectrolyte) {
			for (Component c : components) {
				needs(c, c.getMaterial(), PropertyKind.IONIC_CONDUCTIVITY, "the stack model", report);
			}
		}
		if (layer instanceof Interlayer) {
			for (Component c : components) {
				if (c.getRole() != ComponentRole.BINDER && c.getRole() != ComponentRole.SALT) {
					needs(c, c.getMaterial(), PropertyKind.ELECTRONIC_CONDUCTIVITY, "the mixed-conduction model", report);
				}
			}
		}
	}

	private void needs(EObject where, Material material, PropertyKind kind, String model, ValidationReport report) {
		if (!Materials.has(material, kind)) {
			report.warning(StackIssueCodes.MISSING_DATA, where, StackPackage.Literals.COMPONENT__MATERIAL, Labels.of(material)
					+ " has no " + Materials.label(kind) + ", which " + model + " needs (used in " + Labels.of(where.eContainer()) + ")");
		}
	}

	private static String round(double v) {
		return String.valueOf(Math.round(v * 100) / 100.0);
	}
}
