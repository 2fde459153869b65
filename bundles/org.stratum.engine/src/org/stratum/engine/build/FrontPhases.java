package org.stratum.engine.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stratum.engine.results.ResultUnits;
import org.stratum.model.derive.Materials;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.PropertyKind;
import org.stratum.solver.front.Phase;

/**
 * The front model's phases from the material library at the cell's temperature: an electron conductor with room for
 * Li and the nucleation barrier the simulation gives its material, or an ion conductor Li enters only by cracking,
 * which turns into its electron-conducting reduction product where Li touches it when the library says its reaction
 * with Li is mixed-conducting and names such a product (LGPS: Li2S + Li3P + Li-Ge).
 */
final class FrontPhases {

	/** Electronic conductivity of an ion conductor the library gives none for, S/m (estimate: 1e-10 S/cm). */
	static final double DEFAULT_ELECTRONIC_CONDUCTIVITY = 1e-8;

	private final double temperature;
	private final Phase electrolyte;
	private final Map<String, Double> barriers;
	private final List<String> notes;

	/**
	 * @param temperature K
	 * @param electrolyte the dense electrolyte, whose i0 an ion conductor without kinetics of its own takes
	 * @param barriers nucleation barrier (V) by material id, for the electron conductors the simulation gives one
	 */
	FrontPhases(double temperature, Phase electrolyte, Map<String, Double> barriers, List<String> notes) {
		this.temperature = temperature;
		this.electrolyte = electrolyte;
		this.barriers = barriers;
		this.notes = notes;
	}

	/** A component's phase with the given room for Li (a porous layer's pore fraction; 0 for dense particles). */
	Phase of(Component c, double room) throws EngineException {
		return of(c.getMaterial(), room, 0);
	}

	/**
	 * A material's phase: an electron conductor where its electronic conductivity exceeds its ionic one, else an ion
	 * conductor with the Li|material i0 (the electrolyte's when the library has none), K_IC and a surface flaw.
	 */
	Phase of(Material m, double room, double flaw) throws EngineException {
		double electronic = MaterialData.optional(m, PropertyKind.ELECTRONIC_CONDUCTIVITY, 0);
		double ionic = Materials.has(m, PropertyKind.IONIC_CONDUCTIVITY) ? MaterialData.ionicConductivity(m, temperature) : 0;
		if (electronic > ionic) {
			return Phase.electronConductor(m.getId(), electronic, room).withNucleationBarrier(barriers.getOrDefault(m.getId(), 0.0));
		}
		double i0 = MaterialData.exchangeCurrent(m, temperature).map(k -> k[0]).orElse(electrolyte.exchangeCurrent());
		double kic = MaterialData.optional(m, PropertyKind.FRACTURE_TOUGHNESS, Double.POSITIVE_INFINITY);
		Phase phase = Phase.electrolyte(m.getId(), Math.max(ionic, 1e-12), electronic(m, notes), i0, kic, flaw).withRoom(room);
		Material product = electronicProduct(m);
		if (product == null) {
			return phase;
		}
		String note = String.format(Locale.ROOT, "front model: %s turns into %s (%.3g S/cm, the library's value for it) where Li touches it: the"
				+ " library gives its reaction with Li as mixed-conducting with that product; taken as complete within a plating step (no"
				+ " reaction rate is in the library)", m.getId(), product.getId(), ResultUnits.SIEMENS_PER_CM.fromSI(MaterialData.optional(product, PropertyKind.ELECTRONIC_CONDUCTIVITY, 0)));
		RunNotes.once(notes, note);
		return phase.reactingTo(of(product, 0, 0), 0);
	}

	/** The electron conductor among the products of a material's mixed-conducting reaction with Li, if any. */
	static Material electronicProduct(Material m) {
		LiReaction reaction = m.getLiReaction();
		if (reaction == null || reaction.getKind() != LiReactionKind.MIXED_CONDUCTING) {
			return null;
		}
		for (Material product : reaction.getProducts()) {
			double electronic = MaterialData.optional(product, PropertyKind.ELECTRONIC_CONDUCTIVITY, 0);
			if (product != m && electronic > 0 && !Materials.has(product, PropertyKind.IONIC_CONDUCTIVITY)) {
				return product;
			}
		}
		return null;
	}

	/** A material's electronic conductivity, S/m, or the default for an ion conductor with a note that it was taken. */
	static double electronic(Material m, List<String> notes) {
		if (!Materials.has(m, PropertyKind.ELECTRONIC_CONDUCTIVITY)) {
			String note = "material '" + m.getId() + "' gives no electronic conductivity; the front model takes " + DEFAULT_ELECTRONIC_CONDUCTIVITY + " S/m";
			RunNotes.once(notes, note);
		}
		return MaterialData.optional(m, PropertyKind.ELECTRONIC_CONDUCTIVITY, DEFAULT_ELECTRONIC_CONDUCTIVITY);
	}
}
