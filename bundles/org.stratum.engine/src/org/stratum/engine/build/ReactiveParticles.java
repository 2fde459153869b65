package org.stratum.engine.build;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stratum.engine.results.ResultUnits;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.PropertyKind;
import org.stratum.solver.physics.FilamentInterception;

/**
 * The particles of a mixed electrolyte that react with Li to an electron conductor (LGPS in seed 002's LPSCl), as
 * a filament meets them ({@link FilamentInterception}): each particle phase that is not the electrolyte's matrix,
 * with a mixed-conducting reaction that gives its Li uptake, a particle size, a density and a molar mass.
 */
final class ReactiveParticles {

	private ReactiveParticles() {
	}

	/** Li per length of filament over a uniform electrolyte's (1 when no phase reacts so). */
	static double filamentCharge(Map<Component, Double> phi, Material matrix, List<String> notes) throws EngineException {
		double fraction = 0;
		double conversion = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Component c = e.getKey();
			Material m = c.getMaterial();
			LiReaction reaction = m == null ? null : m.getLiReaction();
			if (m == matrix || reaction == null || reaction.getKind() != LiReactionKind.MIXED_CONDUCTING || reaction.getLithiumUptake() <= 0
					|| e.getValue() <= 0) {
				continue;
			}
			if (c.getParticleSize() == null) {
				RunNotes.once(notes, "'" + m.getId() + "' particles react with a filament's Li, but the layer gives them no particle size: their effect on filaments is left out");
				continue;
			}
			double molarVolume = MaterialData.required(m, PropertyKind.MOLAR_MASS, "the Li a filament spends on its particles")
					/ MaterialData.required(m, PropertyKind.DENSITY, "the Li a filament spends on its particles");
			fraction += e.getValue();
			conversion += FilamentInterception.conversionTerm(e.getValue(), c.getParticleSize().toSI(), reaction.getLithiumUptake(), molarVolume);
		}
		if (fraction == 0) {
			return 1;
		}
		double factor = FilamentInterception.chargeFactor(fraction, conversion);
		RunNotes.once(notes, String.format(Locale.ROOT,
				"a filament crosses reacting particles (%.0f vol%%) through their electron-conducting product and spends Li converting them: %.3g times a"
						+ " uniform electrolyte's Li per length (filament radius %.2g um, an estimate)",
				ResultUnits.PERCENT.fromSI(fraction), factor, ResultUnits.MICROMETRE.fromSI(FilamentInterception.FILAMENT_RADIUS)));
		return factor;
	}
}
