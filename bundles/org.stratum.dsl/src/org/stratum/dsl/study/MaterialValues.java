package org.stratum.dsl.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.InterfaceKinetics;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.Property;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.units.Quantity;

/**
 * The library values of a material a sweep or a fit can vary, by name: every property kind
 * ({@code ionic_conductivity}, ...), the Li|material {@code exchange_current_density} (of the kinetics the models use) and the interphase's
 * {@code growth_constant}. Varying one copies the material for that cell only: the shipped library never changes.
 */
public final class MaterialValues {

	/** The Li|material exchange current density (of the material's first kinetics entry). */
	public static final String EXCHANGE_CURRENT_DENSITY = "exchange_current_density";
	/** The growth constant of the material's interphase with Li. */
	public static final String GROWTH_CONSTANT = "growth_constant";

	private MaterialValues() {
	}

	/** Every name a material value can be varied by. */
	public static List<String> names() {
		List<String> names = new ArrayList<>();
		for (PropertyKind kind : PropertyKind.VALUES) {
			names.add(kind.getLiteral());
		}
		names.add(EXCHANGE_CURRENT_DENSITY);
		names.add(GROWTH_CONSTANT);
		return names;
	}

	/** The material's value of that name, as the library gives it (empty when it gives none). */
	public static Optional<Quantity> value(Material material, String name) {
		if (EXCHANGE_CURRENT_DENSITY.equals(name)) {
			return kinetics(material).map(InterfaceKinetics::getExchangeCurrentDensity);
		}
		if (GROWTH_CONSTANT.equals(name)) {
			return material.getLiReaction() == null ? Optional.empty() : Optional.ofNullable(material.getLiReaction().getGrowthConstant());
		}
		return property(material, name).map(Property::getValue);
	}

	/**
	 * Gives the cell's own copy of the material of that id that value (the library's material is left as it is):
	 * every reference of the cell to the material then refers to the copy.
	 *
	 * @throws IllegalArgumentException when the cell does not use the material or the material has no such value
	 *         (the validator reports both before a run)
	 */
	public static void vary(Cell cell, String id, String name, Quantity value) {
		Material material = used(cell, id).orElseThrow(() -> new IllegalArgumentException("the cell has no component of material '" + id + "'"));
		Material copy = varied(material, name, value);
		for (var it = cell.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			for (EReference r : o.eClass().getEAllReferences()) {
				if (!r.isContainment() && !r.isContainer() && r.getEReferenceType().isSuperTypeOf(material.eClass())) {
					EStructuralFeature.Setting setting = ((InternalEObject) o).eSetting(r);
					Object current = setting.get(false);
					if (current == material || current instanceof List<?> list && list.contains(material)) {
						EcoreUtil.replace(setting, material, copy);
					}
				}
			}
		}
	}

	/** Whether a component of the cell is of the material of that id. */
	public static boolean uses(Cell cell, String id) {
		return used(cell, id).isPresent();
	}

	/** The material of that id as the cell's components refer to it (the cell's own library instance). */
	private static Optional<Material> used(Cell cell, String id) {
		for (var it = cell.eAllContents(); it.hasNext();) {
			if (it.next() instanceof org.stratum.model.stack.Component c && c.getMaterial() != null && id.equals(c.getMaterial().getId())) {
				return Optional.of(c.getMaterial());
			}
		}
		return Optional.empty();
	}

	/** A copy of the material with that value (the library's material is left as it is). */
	public static Material varied(Material material, String name, Quantity value) {
		Material copy = EcoreUtil.copy(material);
		if (EXCHANGE_CURRENT_DENSITY.equals(name) && kinetics(copy).isPresent()) {
			kinetics(copy).get().setExchangeCurrentDensity(value);
		} else if (GROWTH_CONSTANT.equals(name) && copy.getLiReaction() != null) {
			copy.getLiReaction().setGrowthConstant(value);
		} else {
			property(copy, name).orElseThrow(() -> new IllegalArgumentException("material '" + material.getId() + "' has no value '" + name + "'"))
					.setValue(value);
		}
		return copy;
	}

	/** Gives the value of that name the source and note it now has (a fitted value's provenance), not an estimate any more. */
	public static void source(Material material, String name, org.stratum.model.stack.Source source, String note) {
		if (EXCHANGE_CURRENT_DENSITY.equals(name)) {
			kinetics(material).ifPresent(k -> {
				k.setSource(source);
				k.setEstimate(false);
				k.setNote(note);
			});
		} else if (GROWTH_CONSTANT.equals(name) && material.getLiReaction() != null) {
			material.getLiReaction().setSource(source);
			material.getLiReaction().setEstimate(false);
			material.getLiReaction().setNote(note);
		} else {
			property(material, name).ifPresent(p -> {
				p.setSource(source);
				p.setEstimate(false);
				p.setNote(note);
			});
		}
	}

	/** The Li|material kinetics the models use: one with an exchange current, an intrinsic one before an apparent one. */
	public static Optional<InterfaceKinetics> kinetics(Material material) {
		InterfaceKinetics best = null;
		for (InterfaceKinetics k : material.getKinetics()) {
			if (k.getExchangeCurrentDensity() != null && (best == null || k.isIntrinsic() && !best.isIntrinsic())) {
				best = k;
			}
		}
		return Optional.ofNullable(best);
	}

	private static Optional<Property> property(Material material, String name) {
		return material.getProperties().stream().filter(p -> p.getKind() != null && p.getKind().getLiteral().equals(name)).findFirst();
	}
}
