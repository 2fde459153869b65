package org.stratum.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stratum.model.stack.PropertyKind;
import org.stratum.model.units.Dimension;

/**
 * What each quantity in the model must be: its dimension, and the range outside which a value is
 * physically implausible (a warning, not an error). Ranges are in SI.
 */
public final class QuantityRules {

	record Range(double min, double max, String display) {
		boolean contains(double si) {
			return si >= min && si <= max;
		}
	}

	/** Expected dimension of each quantity attribute, by attribute name. */
	static final Map<String, Dimension> ATTRIBUTE_DIMENSIONS = new HashMap<>();
	/** Plausible range of each quantity attribute whose value must be positive. */
	static final Map<String, Range> ATTRIBUTE_RANGES = new HashMap<>();
	static final Map<PropertyKind, List<Dimension>> PROPERTY_DIMENSIONS = new HashMap<>();
	static final Map<PropertyKind, Range> PROPERTY_RANGES = new HashMap<>();

	static {
		attribute("thickness", Dimension.LENGTH, 1e-9, 5e-3, "1 nm .. 5 mm");
		attribute("targetThickness", Dimension.LENGTH, 1e-9, 5e-3, "1 nm .. 5 mm");
		attribute("diameter", Dimension.LENGTH, 1e-4, 0.3, "0.1 mm .. 30 cm");
		attribute("area", Dimension.AREA, 1e-8, 0.1, "0.01 mm2 .. 1000 cm2");
		attribute("mass", Dimension.MASS, 1e-9, 0.1, "1 ug .. 100 g");
		attribute("loading", Dimension.AREAL_MASS, 1e-4, 2.0, "0.01 .. 200 mg/cm2");
		attribute("nominalSpecificCapacity", Dimension.SPECIFIC_CAPACITY, 3.6e3, 1.5e7, "1 .. 4200 mAh/g");
		attribute("particleSize", Dimension.LENGTH, 1e-9, 1e-3, "1 nm .. 1 mm");
		attribute("particleSizeSpread", Dimension.LENGTH, 0, 1e-3, "0 .. 1 mm");
		attribute("coatingThickness", Dimension.LENGTH, 1e-10, 1e-4, "0.1 nm .. 100 um");
		attribute("grainSize", Dimension.LENGTH, 1e-9, 1e-3, "1 nm .. 1 mm");
		attribute("grainBoundaryThickness", Dimension.LENGTH, 1e-10, 1e-6, "0.1 nm .. 1 um");
		attribute("grainBoundaryConductivity", Dimension.CONDUCTIVITY, 1e-10, 1e4, "1e-12 .. 1e2 S/cm");
		attribute("temperature", Dimension.TEMPERATURE, 173.15, 1873.15, "-100 .. 1600 degC");
		attribute("stackPressure", Dimension.PRESSURE, 0, 2e9, "0 .. 2 GPa");
		attribute("pressure", Dimension.PRESSURE, 0, 2e9, "0 .. 2 GPa");
		attribute("force", Dimension.FORCE, 0, 1e6, "0 .. 100 tf");
		attribute("duration", Dimension.TIME, 0, 3.2e7, "0 s .. 1 year");
		attribute("volume", Dimension.VOLUME, 0, 1e-3, "0 .. 1 L");
		attribute("concentration", Dimension.NONE, 0, 1, "0 .. 100 %");
		attribute("power", Dimension.POWER, 0, 1e5, "0 .. 100 kW");
		attribute("growthConstant", null, 0, Double.MAX_VALUE, "positive");
		attribute("exchangeCurrentDensity", Dimension.CURRENT_DENSITY, 1e-8, 1e4, "1e-6 .. 1e3 mA/cm2");
		attribute("activationEnergy", null, 0, 3.2e-19, "0 .. 2 eV");

		property(PropertyKind.IONIC_CONDUCTIVITY, 1e-10, 1e4, "1e-12 .. 1e2 S/cm", Dimension.CONDUCTIVITY);
		property(PropertyKind.ELECTRONIC_CONDUCTIVITY, 1e-18, 1e9, "1e-20 .. 1e7 S/cm", Dimension.CONDUCTIVITY);
		property(PropertyKind.GRAIN_BOUNDARY_CONDUCTIVITY, 1e-10, 1e4, "1e-12 .. 1e2 S/cm", Dimension.CONDUCTIVITY);
		property(PropertyKind.IONIC_ACTIVATION_ENERGY, 0, 3.2e-19, "0 .. 2 eV", Dimension.ENERGY, Dimension.MOLAR_ENERGY);
		property(PropertyKind.LI_DIFFUSIVITY, 1e-22, 1e-6, "1e-18 .. 1e-2 cm2/s", Dimension.DIFFUSIVITY);
		property(PropertyKind.DENSITY, 100, 25000, "0.1 .. 25 g/cm3", Dimension.DENSITY);
		property(PropertyKind.MOLAR_MASS, 1e-3, 10, "1 .. 10000 g/mol", Dimension.MOLAR_MASS);
		property(PropertyKind.MOLAR_VOLUME, 1e-6, 1e-2, "1 .. 10000 cm3/mol", Dimension.MOLAR_VOLUME);
		property(PropertyKind.YOUNGS_MODULUS, 1e5, 1.2e12, "1e-4 .. 1200 GPa", Dimension.PRESSURE);
		property(PropertyKind.SHEAR_MODULUS, 1e5, 6e11, "1e-4 .. 600 GPa", Dimension.PRESSURE);
		property(PropertyKind.YIELD_STRENGTH, 1e4, 1e10, "0.01 MPa .. 10 GPa", Dimension.PRESSURE);
		property(PropertyKind.FRACTURE_TOUGHNESS, 1e4, 1e8, "0.01 .. 100 MPa m^0.5", Dimension.FRACTURE_TOUGHNESS);
		property(PropertyKind.STABILITY_WINDOW_LOW, -0.1, 6, "0 .. 6 V vs Li/Li+", Dimension.VOLTAGE);
		property(PropertyKind.STABILITY_WINDOW_HIGH, 0, 12, "0 .. 12 V vs Li/Li+", Dimension.VOLTAGE);
		property(PropertyKind.SPECIFIC_CAPACITY, 3.6e3, 1.5e7, "1 .. 4200 mAh/g", Dimension.SPECIFIC_CAPACITY);
		property(PropertyKind.AVERAGE_VOLTAGE, 0, 6, "0 .. 6 V", Dimension.VOLTAGE);
		property(PropertyKind.RELATIVE_PERMITTIVITY, 1, 1e5, "1 .. 1e5", Dimension.NONE);
	}

	private static void attribute(String name, Dimension dimension, double min, double max, String display) {
		if (dimension != null) {
			ATTRIBUTE_DIMENSIONS.put(name, dimension);
		}
		ATTRIBUTE_RANGES.put(name, new Range(min, max, display));
	}

	private static void property(PropertyKind kind, double min, double max, String display, Dimension... dimensions) {
		PROPERTY_DIMENSIONS.put(kind, List.of(dimensions));
		PROPERTY_RANGES.put(kind, new Range(min, max, display));
	}

	private QuantityRules() {
	}

	/** The dimension an attribute of that name holds (thickness: a length), or null if it is not a quantity. */
	public static Dimension expectedDimension(String attributeName) {
		return ATTRIBUTE_DIMENSIONS.get(attributeName);
	}
}
