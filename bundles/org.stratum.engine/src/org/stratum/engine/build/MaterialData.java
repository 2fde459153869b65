package org.stratum.engine.build;

import java.util.Optional;

import org.stratum.model.derive.Materials;
import org.stratum.model.stack.InterfaceKinetics;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.Property;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Kinetics;

/** Material values in SI at the cell temperature, with a named error when the model needs one that is missing. */
final class MaterialData {

	private MaterialData() {
	}

	static double required(Material m, PropertyKind kind, String why) throws EngineException {
		if (!Materials.has(m, kind)) {
			throw new EngineException("material '" + m.getId() + "' has no " + Materials.label(kind) + ", which " + why + " needs", m);
		}
		return Materials.si(m, kind);
	}

	static double optional(Material m, PropertyKind kind, double fallback) {
		return Materials.has(m, kind) ? Materials.si(m, kind) : fallback;
	}

	/** An activation energy in J/mol, whether given per particle (eV) or per mole (kJ/mol). */
	static double molarEnergy(Quantity q) {
		return q.hasDimension(Dimension.ENERGY) ? q.toSI() * 6.02214076e23 : q.toSI();
	}

	/** Ionic conductivity (S/m) at temperature T, Arrhenius from where it was measured. */
	static double ionicConductivity(Material m, double temperature) throws EngineException {
		Property p = Materials.property(m, PropertyKind.IONIC_CONDUCTIVITY)
				.orElseThrow(() -> new EngineException("material '" + m.getId() + "' has no ionic conductivity, which the stack model needs", m));
		double tRef = p.getTemperature() == null ? 298.15 : p.getTemperature().toSI();
		double ea = Materials.property(m, PropertyKind.IONIC_ACTIVATION_ENERGY).map(x -> molarEnergy(x.getValue())).orElse(0.0);
		return Kinetics.arrhenius(p.getValue().toSI(), ea, tRef, temperature);
	}

	static double ionicActivationEnergy(Material m) {
		return Materials.property(m, PropertyKind.IONIC_ACTIVATION_ENERGY).map(x -> molarEnergy(x.getValue())).orElse(0.0);
	}

	/** The Li|material exchange current (A/m2) at T, preferring an intrinsic value. */
	static Optional<double[]> exchangeCurrent(Material m, double temperature) {
		InterfaceKinetics best = org.stratum.dsl.study.MaterialValues.kinetics(m).orElse(null);
		if (best == null) {
			return Optional.empty();
		}
		double tRef = best.getTemperature() == null ? 298.15 : best.getTemperature().toSI();
		double ea = best.getActivationEnergy() == null ? 0 : molarEnergy(best.getActivationEnergy());
		return Optional.of(new double[] { Kinetics.arrhenius(best.getExchangeCurrentDensity().toSI(), ea, tRef, temperature), ea });
	}

	static double f(double temperature) {
		return Constants.f(temperature);
	}
}
