package org.stratum.engine.build;

import static org.stratum.engine.build.Derived.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.stratum.dsl.resolve.FrontDomains;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Morphology;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.units.Unit;
import org.stratum.solver.front.ParticlePlacer;
import org.stratum.solver.front.Percolation;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.front.Placement;

/**
 * A composite layer's rows of a front map: its matrix, then each particle component placed by its morphology to its
 * volume fraction, with what was placed reported (fraction asked and achieved, count, percolation of the particles
 * and of the matrix) and the layer's particles the grid under-resolves noted.
 */
final class LayerParticles {

	private static final Unit UM = Unit.parse("um");

	private LayerParticles() {
	}

	/**
	 * Where particles are placed and what is reported: the domain (its seed), the morphology override, where the
	 * domain is written, the run's notes.
	 */
	record Placing(FrontMapper.Domain domain, Morphology morphology, EObject domainSource, List<String> notes) {
	}

	/** Fills rows [from, to) with an interlayer: its matrix with the layer's pores as room, then its particles. */
	static List<FrontMapper.LayerReport> layer(PhaseMap map, Interlayer layer, int from, int to, FrontPhases phases, Placing placing) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(layer));
		double density = layer.getRelativeDensity() > 0 ? layer.getRelativeDensity() : 1 - FrontMapper.DEFAULT_POROSITY;
		if (layer.getRelativeDensity() <= 0) {
			placing.notes().add("interlayer '" + layer.getName() + "' gives no relative density; the front model takes a porosity of " + FrontMapper.DEFAULT_POROSITY);
		}
		Component matrixComponent = matrix(phi);
		double particles = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			if (isParticle(e.getKey(), matrixComponent)) {
				particles += e.getValue() * density;
			}
		}
		double room = Math.max(0, (1 - density) / Math.max(1e-9, 1 - particles));
		Phase matrix = phases.of(matrixComponent, room);
		map.rows(from, to, matrix);
		return particles(map, layer, phi, matrixComponent, matrix, density, from, to, phases, 0, placing);
	}

	/**
	 * Places each particle component of a layer into its matrix over rows [from, to) by its morphology, to its volume
	 * fraction times the layer's density, and reports what was placed.
	 *
	 * @param flaw the surface flaw the particles' phases carry (the electrolyte's at the Li face; 0 in an interlayer)
	 */
	static List<FrontMapper.LayerReport> particles(PhaseMap map, CompositeLayer layer, Map<Component, Double> phi, Component matrixComponent, Phase matrix,
			double density, int from, int to, FrontPhases phases, double flaw, Placing placing) throws EngineException {
		List<String> notes = placing.notes();
		FrontMapper.Domain domain = placing.domain();
		String kind = layer instanceof SolidElectrolyte ? "electrolyte" : "interlayer";
		List<FrontMapper.LayerReport> reports = new ArrayList<>();
		long seed = domain.seed();
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Component c = e.getKey();
			if (c.getRole() == ComponentRole.BINDER || c.getRole() == ComponentRole.SALT) {
				notes.add(String.format(Locale.ROOT, "%s '%s': %s (%.0f vol%%) is taken as part of the matrix", kind, layer.getName(), c.getMaterial().getId(),
						100 * e.getValue()));
				continue;
			}
			if (!isParticle(c, matrixComponent)) {
				continue;
			}
			if (c.getParticleSize() == null) {
				throw new EngineException(kind + " '" + layer.getName() + "': " + c.getMaterial().getId()
						+ " gives no particle size, which the front model's microstructure needs (particleSize on its component in the .stack file)", layer);
			}
			double d = c.getParticleSize().toSI();
			if (d > domain.width()) {
				throw new EngineException(kind + " '" + layer.getName() + "': " + c.getMaterial().getId() + " particles of " + FrontMapper.um(d)
						+ " do not fit in the domain's width of " + FrontMapper.um(domain.width()), placing.domainSource());
			}
			if (d < FrontDomains.CELLS_PER_DIAMETER * domain.spacing()) {
				notes.add(String.format(Locale.ROOT, "%s '%s': %s particles of %.3g um are under-resolved by a %.3g um grid (at most d/%.1f = %.3g um)",
						kind, layer.getName(), c.getMaterial().getId(), UM.fromSI(d), UM.fromSI(domain.spacing()), FrontDomains.CELLS_PER_DIAMETER,
						UM.fromSI(d / FrontDomains.CELLS_PER_DIAMETER)));
			}
			double spread = c.getParticleSizeSpread() == null ? 0 : c.getParticleSizeSpread().toSI();
			double grain = matrixComponent.getParticleSize() == null ? 4 * d : matrixComponent.getParticleSize().toSI();
			double asked = e.getValue() * density;
			Phase particle = phases.of(c.getMaterial(), 0, flaw);
			Morphology morphology = placing.morphology() != null ? placing.morphology() : c.getMorphology();
			ParticlePlacer.Result placed = ParticlePlacer.place(map, particle, matrix, asked, d / 2 / domain.spacing(), spread / 2 / domain.spacing(),
					placement(morphology), grain / 2 / domain.spacing(), from, to, seed++);
			if (placed.packed()) {
				throw new EngineException(String.format(Locale.ROOT, "%s '%s': %s at %.1f vol%% cannot be placed as %s particles (%.1f vol%% fit);"
						+ " the fraction is above what that placement packs", kind, layer.getName(), c.getMaterial().getId(), 100 * asked,
						morphology.getLiteral(), 100 * placed.achieved()), layer);
			}
			int k = map.indexOf(particle);
			int m = map.indexOf(matrix);
			FrontMapper.LayerReport report = new FrontMapper.LayerReport(layer.getName(), c.getMaterial().getId(), asked, placed.achieved(), placed.particles(),
					Percolation.spans(map, p -> p == k, from, to), Percolation.spans(map, p -> p == m, from, to));
			reports.add(report);
			notes.add(String.format(Locale.ROOT, "%s '%s': %s %.1f vol%% asked, %.1f vol%% placed as %d %s particles; percolates: %s, matrix: %s",
					kind, layer.getName(), report.component(), 100 * asked, 100 * report.achieved(), report.particles(), morphology.getLiteral(),
					report.percolates() ? "yes" : "no", report.matrixPercolates() ? "yes" : "no"));
		}
		return reports;
	}

	/** The layer's matrix: its conductor, or its largest component when it has none. */
	static Component matrix(Map<Component, Double> phi) {
		Component best = null;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			if (e.getKey().getRole() == ComponentRole.CONDUCTOR && (best == null || best.getRole() != ComponentRole.CONDUCTOR || e.getValue() > phi.get(best))) {
				best = e.getKey();
			} else if (best == null || best.getRole() != ComponentRole.CONDUCTOR && e.getValue() > phi.get(best)) {
				best = e.getKey();
			}
		}
		return best;
	}

	private static boolean isParticle(Component c, Component matrix) {
		return c != matrix && c.getRole() != ComponentRole.BINDER && c.getRole() != ComponentRole.SALT;
	}

	private static Placement placement(Morphology morphology) {
		return switch (morphology) {
		case SEGREGATED -> Placement.SEGREGATED;
		case CHAINS -> Placement.CHAINS;
		default -> Placement.RANDOM;
		};
	}
}
