package org.stratum.model.derive;

import java.util.LinkedHashMap;
import java.util.Map;

import org.stratum.model.stack.Anode;
import org.stratum.model.stack.AreaBasis;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.FractionBasis;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.units.Quantity;

/**
 * Geometry derived from what a cell records, never stored twice: areas from diameters, layer
 * thickness from mass, density and area, volume fractions from weight fractions and densities.
 * All results are SI.
 */
public final class Geometry {

	private Geometry() {
	}

	/** The cell's area in m2: its area if given, else that of its diameter. */
	public static double cellArea(Cell cell) {
		if (cell.getArea() != null) {
			return cell.getArea().toSI();
		}
		if (cell.getDiameter() != null) {
			return disc(cell.getDiameter());
		}
		throw new DerivationException(Labels.of(cell) + " has neither an area nor a diameter");
	}

	/** The area that turns currents into current densities, as the cell's area basis says. */
	public static double normalisationArea(Cell cell) {
		if (cell.getAreaBasis() == AreaBasis.ANODE) {
			for (Layer layer : cell.getLayers()) {
				if (layer instanceof Anode anode && anode.getDiameter() != null) {
					return disc(anode.getDiameter());
				}
			}
			throw new DerivationException(Labels.of(cell) + " normalises current by the anode area, but no anode has a diameter");
		}
		return cellArea(cell);
	}

	private static double disc(Quantity diameter) {
		double d = diameter.toSI();
		return Math.PI * d * d / 4;
	}

	/**
	 * The layer thickness in m: as given, or mass / (density x relative density x area), or for a
	 * cathode its composite areal mass / (density x relative density).
	 */
	public static double thickness(Layer layer) {
		if (layer.getThickness() != null) {
			return layer.getThickness().toSI();
		}
		if (layer instanceof CompositeLayer composite) {
			double relative = composite.isSetRelativeDensity() ? composite.getRelativeDensity() : 1.0;
			if (composite.getMass() != null) {
				return composite.getMass().toSI() / (density(composite) * relative * cellArea(cellOf(layer)));
			}
			if (composite instanceof CathodeComposite cathode && cathode.getLoading() != null) {
				return Capacity.compositeArealMass(cathode) / (density(composite) * relative);
			}
		}
		throw new DerivationException(Labels.of(layer) + " has no thickness, and no mass or loading to derive it from");
	}

	/** Full density (no porosity) of a composite in kg/m3, from its components' densities and fractions. */
	public static double density(CompositeLayer layer) {
		Map<Component, Double> phi = volumeFractions(layer);
		double rho = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			rho += e.getValue() * Materials.si(e.getKey().getMaterial(), PropertyKind.DENSITY);
		}
		return rho;
	}

	/**
	 * Volume fraction of each component (summing to 1). Weight fractions become volume fractions
	 * through the densities; a single component without a fraction is the whole layer.
	 */
	public static Map<Component, Double> volumeFractions(CompositeLayer layer) {
		Map<Component, Double> result = new LinkedHashMap<>();
		if (layer.getComponents().isEmpty()) {
			throw new DerivationException(Labels.of(layer) + " has no components");
		}
		if (layer.getComponents().size() == 1) {
			result.put(layer.getComponents().get(0), 1.0);
			return result;
		}
		double total = 0;
		for (Component c : layer.getComponents()) {
			if (!c.isSetFraction()) {
				throw new DerivationException(Labels.of(c) + " has no fraction");
			}
			double share = c.getFraction();
			if (c.getBasis() == FractionBasis.WEIGHT) {
				share /= Materials.si(c.getMaterial(), PropertyKind.DENSITY);
			}
			result.put(c, share);
			total += share;
		}
		if (total <= 0) {
			throw new DerivationException(Labels.of(layer) + " has fractions that sum to zero");
		}
		for (Map.Entry<Component, Double> e : result.entrySet()) {
			e.setValue(e.getValue() / total);
		}
		return result;
	}

	/** Specific interface area a = 6 phi / d (1/m) of a particulate component with a particle size. */
	public static double specificInterfaceArea(Component component) {
		if (component.getParticleSize() == null) {
			throw new DerivationException(Labels.of(component) + " has no particle size");
		}
		CompositeLayer layer = (CompositeLayer) component.eContainer();
		return 6 * volumeFractions(layer).get(component) / component.getParticleSize().toSI();
	}

	public static Cell cellOf(Layer layer) {
		if (layer.eContainer() instanceof Cell cell) {
			return cell;
		}
		throw new DerivationException(Labels.of(layer) + " is not part of a cell");
	}
}
