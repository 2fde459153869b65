package org.stratum.model.derive;

import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.FractionBasis;
import org.stratum.model.stack.LoadingBasis;
import org.stratum.model.stack.PropertyKind;

/** Areal capacity of a cathode and the current density of 1C, derived from loading and specific capacity. */
public final class Capacity {

	/** Seconds in the hour that defines a C-rate. */
	private static final double HOUR = 3600;

	private Capacity() {
	}

	/** Areal capacity in C/m2: active areal mass x specific capacity. */
	public static double arealCapacity(CathodeComposite cathode) {
		if (cathode.getLoading() == null) {
			throw new DerivationException(Labels.of(cathode) + " has no loading");
		}
		return activeArealMass(cathode) * specificCapacity(cathode);
	}

	/** The current density (A/m2) that discharges the nominal areal capacity in one hour. */
	public static double oneCCurrentDensity(CathodeComposite cathode) {
		return arealCapacity(cathode) / HOUR;
	}

	/** Active-material mass per area in kg/m2. */
	public static double activeArealMass(CathodeComposite cathode) {
		double loading = cathode.getLoading().toSI();
		if (cathode.getLoadingBasis() == LoadingBasis.COMPOSITE_MASS) {
			Component active = active(cathode);
			if (active.getBasis() != FractionBasis.WEIGHT || !active.isSetFraction()) {
				throw new DerivationException(Labels.of(active) + " needs a weight fraction to split a composite loading");
			}
			loading *= active.getFraction() / totalWeight(cathode);
		}
		return loading;
	}

	/** Composite (all components) mass per area in kg/m2. */
	public static double compositeArealMass(CathodeComposite cathode) {
		double loading = cathode.getLoading().toSI();
		if (cathode.getLoadingBasis() == LoadingBasis.ACTIVE_MASS) {
			Component active = active(cathode);
			if (cathode.getComponents().size() > 1) {
				if (active.getBasis() != FractionBasis.WEIGHT || !active.isSetFraction()) {
					throw new DerivationException(Labels.of(active) + " needs a weight fraction to turn an active loading into a composite one");
				}
				loading *= totalWeight(cathode) / active.getFraction();
			}
		}
		return loading;
	}

	/** Nominal specific capacity in C/kg: the layer's own, else the active material's. */
	public static double specificCapacity(CathodeComposite cathode) {
		if (cathode.getNominalSpecificCapacity() != null) {
			return cathode.getNominalSpecificCapacity().toSI();
		}
		return Materials.si(active(cathode).getMaterial(), PropertyKind.SPECIFIC_CAPACITY);
	}

	public static Component active(CathodeComposite cathode) {
		return cathode.getComponents().stream().filter(c -> c.getRole() == ComponentRole.ACTIVE).findFirst()
				.orElseThrow(() -> new DerivationException(Labels.of(cathode) + " has no active component"));
	}

	private static double totalWeight(CathodeComposite cathode) {
		return cathode.getComponents().stream().filter(c -> c.getBasis() == FractionBasis.WEIGHT)
				.mapToDouble(Component::getFraction).sum();
	}
}
