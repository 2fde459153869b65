package org.stratum.model.derive;

import org.eclipse.emf.ecore.EObject;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;
import org.stratum.model.units.Quantity;

/** How model elements are named in messages: "layer 'LPSCl' (SolidElectrolyte)", "material 'LLZTO-nano'". */
public final class Labels {

	private Labels() {
	}

	public static String of(EObject object) {
		if (object == null) {
			return "(nothing)";
		}
		String type = object.eClass().getName();
		if (object instanceof Cell cell) {
			return "cell '" + cell.getName() + "'";
		}
		if (object instanceof Layer layer) {
			String name = layer.getName() != null ? layer.getName() : "#" + (indexInParent(layer) + 1);
			return "layer '" + name + "' (" + type + ")";
		}
		if (object instanceof Material material) {
			return "material '" + material.getId() + "'";
		}
		if (object instanceof Component component) {
			String material = component.getMaterial() == null || component.getMaterial().eIsProxy() ? "?"
					: component.getMaterial().getId();
			return "component '" + material + "' of " + of(component.eContainer());
		}
		EObject container = object.eContainer();
		return container == null ? type : type + " of " + of(container);
	}

	/** A component as a tree shows it: its material and fraction with the fraction's unit ("LLZTO-nano, 19 wt%"). */
	public static String component(Component component) {
		String material = component.getMaterial() == null || component.getMaterial().eIsProxy() ? "(no material)" : component.getMaterial().getId();
		if (!component.isSetFraction()) {
			return material;
		}
		String unit = switch (component.getBasis()) {
		case WEIGHT -> "wt%";
		case VOLUME -> "vol%";
		case ATOMIC -> "at%";
		};
		return material + ", " + Quantity.number(component.getFraction()) + " " + unit;
	}

	private static int indexInParent(EObject object) {
		EObject container = object.eContainer();
		if (container == null) {
			return 0;
		}
		Object siblings = container.eGet(object.eContainingFeature());
		return siblings instanceof java.util.List<?> list ? list.indexOf(object) : 0;
	}
}
