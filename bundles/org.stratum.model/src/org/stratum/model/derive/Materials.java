package org.stratum.model.derive;

import java.util.Comparator;
import java.util.Optional;

import org.stratum.model.stack.Material;
import org.stratum.model.stack.Property;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.units.Quantity;

/** Reads material properties: the value of a kind, in SI, nearest to a temperature. */
public final class Materials {

	private Materials() {
	}

	/** The property of this kind; if several are given, the one measured closest to 25 degC. */
	public static Optional<Property> property(Material material, PropertyKind kind) {
		return material.getProperties().stream().filter(p -> p.getKind() == kind && p.getValue() != null)
				.min(Comparator.comparingDouble(p -> Math.abs(temperatureK(p) - 298.15)));
	}

	public static boolean has(Material material, PropertyKind kind) {
		return property(material, kind).isPresent();
	}

	/** The SI value of the property; {@link DerivationException} when the material has none. */
	public static double si(Material material, PropertyKind kind) {
		Quantity value = property(material, kind).map(Property::getValue)
				.orElseThrow(() -> new DerivationException(Labels.of(material) + " has no " + label(kind)));
		return value.toSI();
	}

	public static String label(PropertyKind kind) {
		return kind.getName().toLowerCase().replace('_', ' ');
	}

	private static double temperatureK(Property p) {
		return p.getTemperature() == null ? 298.15 : p.getTemperature().toSI();
	}
}
