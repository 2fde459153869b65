package org.stratum.ui.editor;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import org.eclipse.swt.graphics.RGB;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.CurrentCollector;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialClass;

/** The colour of a layer in the cross-section: by the class of its main material. */
public final class LayerColors {

	private static final Map<MaterialClass, RGB> COLORS = new EnumMap<>(MaterialClass.class);
	private static final RGB UNKNOWN = new RGB(190, 190, 190);

	static {
		COLORS.put(MaterialClass.METAL, new RGB(200, 205, 212));
		COLORS.put(MaterialClass.ALLOY, new RGB(165, 170, 185));
		COLORS.put(MaterialClass.ARGYRODITE_SULFIDE, new RGB(240, 200, 80));
		COLORS.put(MaterialClass.LGPS_TYPE, new RGB(230, 170, 60));
		COLORS.put(MaterialClass.THIOPHOSPHATE_GLASS, new RGB(245, 220, 120));
		COLORS.put(MaterialClass.GARNET_OXIDE, new RGB(140, 200, 140));
		COLORS.put(MaterialClass.NASICON, new RGB(100, 180, 190));
		COLORS.put(MaterialClass.PEROVSKITE, new RGB(120, 160, 210));
		COLORS.put(MaterialClass.LIPON, new RGB(180, 150, 210));
		COLORS.put(MaterialClass.POLYMER, new RGB(230, 160, 190));
		COLORS.put(MaterialClass.HALIDE, new RGB(190, 130, 200));
		COLORS.put(MaterialClass.BINARY_INTERPHASE, new RGB(235, 140, 80));
		COLORS.put(MaterialClass.CARBON, new RGB(70, 70, 75));
		COLORS.put(MaterialClass.LAYERED_OXIDE_CATHODE, new RGB(52, 101, 164));
		COLORS.put(MaterialClass.OLIVINE_CATHODE, new RGB(80, 120, 60));
		COLORS.put(MaterialClass.BINDER, new RGB(245, 245, 245));
		COLORS.put(MaterialClass.COATING_OXIDE, new RGB(210, 210, 160));
		COLORS.put(MaterialClass.LITHIUM_SALT, new RGB(250, 230, 230));
	}

	private LayerColors() {
	}

	public static RGB of(MaterialClass materialClass) {
		return COLORS.getOrDefault(materialClass, UNKNOWN);
	}

	public static RGB of(Layer layer) {
		Material main = mainMaterial(layer);
		return main == null || main.eIsProxy() ? UNKNOWN : of(main.getMaterialClass());
	}

	/** The material a layer is drawn as: a cathode's active material, else its largest component. */
	public static Material mainMaterial(Layer layer) {
		if (layer instanceof CurrentCollector collector) {
			return collector.getMaterial();
		}
		if (!(layer instanceof CompositeLayer composite) || composite.getComponents().isEmpty()) {
			return null;
		}
		if (layer instanceof CathodeComposite) {
			for (Component c : composite.getComponents()) {
				if (c.getRole() == ComponentRole.ACTIVE) {
					return c.getMaterial();
				}
			}
		}
		return composite.getComponents().stream()
				.max(Comparator.comparingDouble(c -> c.isSetFraction() ? c.getFraction() : 100)).map(Component::getMaterial)
				.orElse(null);
	}
}
