package org.stratum.engine.build;

import static org.stratum.engine.build.Derived.derived;

import java.util.List;
import java.util.Map;

import org.stratum.model.derive.Capacity;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.Material;
import org.stratum.solver.cell.Cathode;
import org.stratum.solver.cell.OcvCurve;
import org.stratum.solver.physics.EffectiveMedium;

/**
 * A cathode composite as the stack model sees it: OCV of its active material, nominal capacity from loading,
 * apparent exchange current from the active particles' surface and the ionic resistance of its electrolyte network.
 */
final class CathodeMapper {

	private CathodeMapper() {
	}

	/**
	 * Intrinsic exchange current of a cathode active material against a coated sulfide or oxide electrolyte per
	 * true interface area, A/m2, when the library gives none: 0.1 mA/cm2, the order of magnitude of coated
	 * LiCoO2 | argyrodite interfaces (estimate).
	 */
	static final double DEFAULT_CATHODE_EXCHANGE_CURRENT = 1.0;

	/**
	 * A cathode composite: OCV of its active material, nominal capacity from loading, apparent exchange current
	 * from the active particles' surface (a = 6 phi / d over the thickness), and the ionic resistance of its
	 * electrolyte network (Bruggeman) for a uniform reaction, L / (3 sigma_eff) (Newman).
	 */
	static Cathode cathode(CathodeComposite composite, double temperature, List<String> notes) throws EngineException {
		Component active = derived(() -> Capacity.active(composite));
		Material material = active.getMaterial();
		OcvCurve ocv = OcvCurve.forMaterial(material.getId());
		if (ocv == null) {
			throw new EngineException("cathode '" + composite.getName() + "': no open-circuit curve for '" + material.getId() + "'; tabulated: "
					+ OcvCurve.known(), composite);
		}
		double capacity = derived(() -> Capacity.arealCapacity(composite));
		double thickness = derived(() -> Geometry.thickness(composite));
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(composite));
		double sigma = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			if (e.getKey().getRole() == ComponentRole.ELECTROLYTE) {
				sigma += EffectiveMedium.bruggeman(MaterialData.ionicConductivity(e.getKey().getMaterial(), temperature), e.getValue());
			}
		}
		if (sigma <= 0) {
			throw new EngineException("cathode '" + composite.getName()
					+ "' has no component with role electrolyte to carry Li ions through it; add the solid, polymer or liquid electrolyte that wets it", composite);
		}
		double intrinsic = MaterialData.exchangeCurrent(material, temperature).map(k -> k[0]).orElse(Double.NaN);
		if (Double.isNaN(intrinsic)) {
			intrinsic = DEFAULT_CATHODE_EXCHANGE_CURRENT;
			notes.add("cathode '" + composite.getName() + "': no exchange current for '" + material.getId()
					+ "' in the library; 0.1 mA/cm2 per true interface area assumed (estimate)");
		}
		double area = derived(() -> Geometry.specificInterfaceArea(active)) * thickness;
		notes.add(String.format(java.util.Locale.ROOT, "cathode '%s': %s OCV (%s), %.3f mAh/cm2, %.1f um", composite.getName(), ocv.name(), ocv.source(),
				capacity / 36000, thickness * 1e6));
		return new Cathode(ocv, capacity, intrinsic * area, thickness / (3 * sigma), 0);
	}
}
