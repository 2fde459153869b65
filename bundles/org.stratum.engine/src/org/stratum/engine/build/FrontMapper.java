package org.stratum.engine.build;

import static org.stratum.engine.build.Derived.derived;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.stratum.dsl.resolve.FrontChoices;
import org.stratum.dsl.resolve.FrontDomains;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.CellKind;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.CurrentCollector;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.Morphology;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.units.Unit;
import org.stratum.solver.front.FrontModel;
import org.stratum.solver.front.FrontOptions;
import org.stratum.solver.front.ParticlePlacer;
import org.stratum.solver.front.Percolation;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.front.Placement;
import org.stratum.solver.program.FrontSimulatedCell;

/**
 * The front model's input from a cell as written in its .stack file: a 2-D phase map of the working side (the Li
 * foil at the bottom, each interlayer's matrix with its particles placed by their morphology to their volume
 * fraction, the solid electrolyte above), phases whose values come from the material library at the cell's
 * temperature, and the cell beyond the map (the rest of the electrolyte and the counter electrode) as a resistance
 * and an exchange current. What was built is reported: each particle phase's fraction asked and achieved, its count
 * and whether it and the matrix percolate through the layer.
 */
public final class FrontMapper {

	/** The Li foil the map shows at most, m: the rest of it is the reservoir beyond the map. */
	static final double FOIL_SHOWN = 5e-6;
	/** Pore fraction of a composite layer that gives no relative density (estimate: a cold-pressed powder layer). */
	static final double DEFAULT_POROSITY = 0.3;

	/** Added to the domain's seed for the electrolyte's particles, so that they do not repeat the interlayer's placement. */
	private static final long SEED_OFFSET_ELECTROLYTE = 1000;

	private static final Unit UM = Unit.parse("um");

	/**
	 * The map's size and resolution.
	 *
	 * @param width m, across the face (periodic)
	 * @param height m, from the foil up into the electrolyte
	 * @param spacing m, the grid spacing
	 * @param seed the random seed of the particles' placement
	 */
	public record Domain(double width, double height, double spacing, long seed) {
	}

	/**
	 * How one particle phase of a layer was built.
	 *
	 * @param layer the layer's name
	 * @param component the particle material's id
	 * @param asked area fraction of the layer asked for (the solid volume fraction times the layer's density)
	 * @param achieved area fraction placed
	 * @param particles number placed
	 * @param percolates whether the particles connect the layer's bottom to its top
	 * @param matrixPercolates whether the matrix does
	 */
	public record LayerReport(String layer, String component, double asked, double achieved, int particles, boolean percolates,
			boolean matrixPercolates) {
	}

	/**
	 * The built model with its map and the report of its layers.
	 *
	 * @param area m2 of the cell, for currents in A and C-rates
	 */
	public record FrontInput(FrontSimulatedCell cell, PhaseMap map, List<LayerReport> layers, double area) {
	}

	/**
	 * The mechanisms a simulation switches (physics.md section 2), so that competing hypotheses run side by side
	 * without a material value changed.
	 *
	 * @param morphology how every particle component is placed (null: as each component gives it)
	 * @param nucleation whether bare electron conductors need their nucleation barrier
	 * @param interphase which faces of a bare electron conductor carry an electron-blocking interphase
	 * @param reactions whether reactive phases turn into their products where Li touches them
	 * @param cracks whether Li cracks dense phases where the Griffith criterion is met
	 * @param barriers the nucleation barrier (V) of each electron-conducting material the simulation gives one, by id
	 */
	public record Mechanisms(Morphology morphology, boolean nucleation, FrontChoices.Interphase interphase, boolean reactions, boolean cracks,
			Map<String, Double> barriers) {

		/** What the phase data describe: every mechanism on, no interphase, each component's own morphology, no barriers. */
		public static final Mechanisms DEFAULTS = new Mechanisms(null, true, FrontChoices.Interphase.NONE, true, true, Map.of());

		public Mechanisms {
			barriers = Map.copyOf(barriers);
		}
	}

	private FrontMapper() {
	}

	/**
	 * Builds the front model of a symmetric cell's working side; problems of the domain itself (too many cells, too
	 * short for the layers, narrower than a particle) name {@code domainSource}, where the user sets the domain.
	 */
	public static FrontInput map(Cell cell, Domain domain, Mechanisms mechanisms, EObject domainSource, FaceLengths faces, List<String> notes)
			throws EngineException {
		if (cell.getKind() != CellKind.SYMMETRIC) {
			throw new EngineException("cell '" + cell.getName() + "' is a " + cell.getKind().getLiteral()
					+ " cell; the front model simulates symmetric Li cells so far ('model stack;' runs full cells)", cell);
		}
		if (cell.getTemperature() == null) {
			throw new EngineException("cell '" + cell.getName() + "' has no temperature; expected one such as 25 degC", cell);
		}
		double temperature = cell.getTemperature().toSI();
		int nx = FrontDomains.cells(domain.width(), domain.spacing());
		int ny = FrontDomains.cells(domain.height(), domain.spacing());
		long bytes = FrontDomains.bytes(domain.width(), domain.height(), domain.spacing());
		if (!FrontDomains.fits(domain.width(), domain.height(), domain.spacing())) {
			throw new EngineException(String.format(Locale.ROOT, "the front model's %d x %d cells need about %d MB; this Java heap holds %d MB"
					+ " (a coarser grid, a smaller domain, or more heap with STRATUM_VM_ARGS=-Xmx...)", nx, ny, bytes >> 20,
					Runtime.getRuntime().maxMemory() >> 20), domainSource);
		}
		List<Layer> stack = new ArrayList<>();
		for (Layer l : cell.getLayers()) {
			if (!(l instanceof CurrentCollector)) {
				stack.add(l);
			}
		}
		if (stack.isEmpty() || !(stack.get(0) instanceof Anode foil)) {
			throw new EngineException("cell '" + cell.getName() + "': the front model needs a Li anode at the bottom of the stack", cell);
		}
		SolidElectrolyte se = null;
		List<Interlayer> interlayers = new ArrayList<>();
		for (Layer l : stack.subList(1, stack.size())) {
			if (l instanceof SolidElectrolyte s) {
				se = s;
				break;
			}
			if (l instanceof Interlayer i) {
				interlayers.add(i);
			}
		}
		if (se == null) {
			throw new EngineException("cell '" + cell.getName() + "' has no solid electrolyte", cell);
		}
		SolidElectrolyte dense = se;
		Map<Component, Double> sePhi = derived(() -> Geometry.volumeFractions(dense));
		Phase electrolyte = electrolyte(se, temperature, faces.lithiumMetal(), notes);
		FrontPhases phases = new FrontPhases(temperature, electrolyte, mechanisms.barriers(), notes);
		Component seMatrix = matrix(sePhi);
		Phase seMatrixPhase = phases.of(seMatrix.getMaterial(), 0, faces.lithiumMetal());
		PhaseMap map = new PhaseMap(nx, ny, domain.spacing(), seMatrixPhase);
		double foilThickness = derived(() -> Geometry.thickness(foil));
		int liRows = Math.max(2, (int) Math.round(Math.min(foilThickness, FOIL_SHOWN) / domain.spacing()));
		map.rows(0, liRows, Phase.LITHIUM);
		int row = liRows;
		List<LayerReport> reports = new ArrayList<>();
		for (Interlayer layer : interlayers) {
			int rows = (int) Math.round(derived(() -> Geometry.thickness(layer)) / domain.spacing());
			if (row + rows + 2 > ny) {
				throw new EngineException("interlayer '" + layer.getName() + "' (" + um(rows * domain.spacing()) + ") does not fit in the front model's domain of "
						+ um(domain.height()) + " above " + um(liRows * domain.spacing()) + " of Li; make the domain taller", domainSource);
			}
			reports.addAll(layer(map, layer, row, row + rows, phases, new Placing(domain, mechanisms.morphology(), domainSource, notes)));
			row += rows;
		}
		map.regions(liRows, row);
		// the electrolyte's other components as particles in its main one, with the pellet's surface flaw (pores not drawn)
		int before = map.phases().size();
		reports.addAll(particles(map, se, sePhi, seMatrix, seMatrixPhase, 1, row, ny, phases, faces.lithiumMetal(),
				new Placing(new Domain(domain.width(), domain.height(), domain.spacing(), domain.seed() + SEED_OFFSET_ELECTROLYTE), mechanisms.morphology(),
						domainSource, notes)));
		Set<Phase> electrolytePhases = new HashSet<>(map.phases().subList(before, map.phases().size()));
		electrolytePhases.add(seMatrixPhase);
		double beyond = derived(() -> Geometry.thickness(dense)) - (ny - row) * domain.spacing();
		double remaining = Math.max(0, beyond) / electrolyte.ionic();
		double counter = electrolyte.exchangeCurrent();
		notes.add(String.format(Locale.ROOT, "front model: %d x %d cells of %.3g um; Li %.3g um, %s; the electrolyte beyond the map (%.3g um)"
				+ " and the counter electrode as %.3g Ohm cm2 and i0 = %.3g mA/cm2", nx, ny, UM.fromSI(domain.spacing()), UM.fromSI(liRows * domain.spacing()),
				interlayers.isEmpty() ? "no interlayer" : "interlayer to " + String.format(Locale.ROOT, "%.3g um", UM.fromSI(row * domain.spacing())),
				UM.fromSI(Math.max(0, beyond)), remaining * 1e4, counter / 10));
		FrontModel model = new FrontModel(map, options(mechanisms, map, electrolytePhases, notes), temperature);
		return new FrontInput(new FrontSimulatedCell(model, counter, remaining), map, reports, derived(() -> Geometry.normalisationArea(cell)));
	}

	/** The solver's options for the switched mechanisms; the interphase names the ion conductors whose faces it blocks. */
	private static FrontOptions options(Mechanisms mechanisms, PhaseMap map, Set<Phase> electrolyte, List<String> notes) {
		Set<Phase> blocked = new HashSet<>();
		FrontChoices.Interphase interphase = mechanisms.interphase();
		if (interphase == FrontChoices.Interphase.ELECTROLYTE || interphase == FrontChoices.Interphase.ALL) {
			blocked.addAll(electrolyte);
		}
		if (interphase == FrontChoices.Interphase.PARTICLES || interphase == FrontChoices.Interphase.ALL) {
			for (Phase p : map.phases()) {
				if (!electrolyte.contains(p) && !p.equals(Phase.LITHIUM) && !p.conductsElectrons()) {
					blocked.add(p);
				}
			}
		}
		for (String id : mechanisms.barriers().keySet()) {
			if (map.phases().stream().noneMatch(p -> p.name().equals(id) && p.conductsElectrons())
					&& map.phases().stream().noneMatch(p -> p.product() != null && p.product().name().equals(id))) {
				notes.add("front model: nucleation barrier of " + id + " is not used: no bare electron conductor of it is in the map");
			}
		}
		if (mechanisms.equals(Mechanisms.DEFAULTS)) {
			notes.add("front model mechanisms: as the phase data describe them (nucleation, reactions and cracks on, no interphase)");
		} else {
			notes.add(String.format(Locale.ROOT, "front model mechanisms: nucleation %s%s, reactions %s, cracks %s, interphase %s%s", onOff(mechanisms.nucleation()),
					mechanisms.barriers().isEmpty() ? "" : " " + new java.util.TreeMap<>(mechanisms.barriers()).toString().replace("{", "(").replace("}", " V)"),
					onOff(mechanisms.reactions()), onOff(mechanisms.cracks()), interphase.literal(),
					blocked.isEmpty() ? "" : " (blocking the faces of " + String.join(", ", blocked.stream().map(Phase::name).sorted().toList()) + ")"));
		}
		return FrontOptions.DEFAULTS.withNucleation(mechanisms.nucleation()).withReactivePhases(mechanisms.reactions()).withCracks(mechanisms.cracks())
				.withBlockingInterphaseOn(blocked);
	}

	private static String onOff(boolean on) {
		return on ? "on" : "off";
	}

	/**
	 * The electrolyte as one phase, for the part of it beyond the map and the counter electrode: its components'
	 * volume-averaged conductivity and i0, the lowest K_IC, the calibrated flaw.
	 */
	private static Phase electrolyte(SolidElectrolyte se, double temperature, double flaw, List<String> notes) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(se));
		Material main = null;
		double sigma = 0;
		double kic = Double.POSITIVE_INFINITY;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Material m = e.getKey().getMaterial();
			sigma += e.getValue() * MaterialData.ionicConductivity(m, temperature);
			kic = Math.min(kic, MaterialData.required(m, PropertyKind.FRACTURE_TOUGHNESS, "the front model's cracking"));
			if (main == null || e.getValue() > 0.5) {
				main = m;
			}
		}
		double i0 = CellMapper.faceKinetics(phi, main, temperature, notes)[0];
		return Phase.electrolyte(se.getName(), sigma, FrontPhases.electronic(main, notes), i0, kic, flaw);
	}

	/**
	 * Where particles are placed and what is reported: the domain (its seed), the morphology override, where the
	 * domain is written, the run's notes.
	 */
	private record Placing(Domain domain, Morphology morphology, EObject domainSource, List<String> notes) {
	}

	/** Fills rows [from, to) with an interlayer: its matrix with the layer's pores as room, then its particles. */
	private static List<LayerReport> layer(PhaseMap map, Interlayer layer, int from, int to, FrontPhases phases, Placing placing) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(layer));
		double density = layer.getRelativeDensity() > 0 ? layer.getRelativeDensity() : 1 - DEFAULT_POROSITY;
		if (layer.getRelativeDensity() <= 0) {
			placing.notes().add("interlayer '" + layer.getName() + "' gives no relative density; the front model takes a porosity of " + DEFAULT_POROSITY);
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
	private static List<LayerReport> particles(PhaseMap map, CompositeLayer layer, Map<Component, Double> phi, Component matrixComponent, Phase matrix,
			double density, int from, int to, FrontPhases phases, double flaw, Placing placing) throws EngineException {
		List<String> notes = placing.notes();
		Domain domain = placing.domain();
		String kind = layer instanceof SolidElectrolyte ? "electrolyte" : "interlayer";
		List<LayerReport> reports = new ArrayList<>();
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
				throw new EngineException(kind + " '" + layer.getName() + "': " + c.getMaterial().getId() + " particles of " + um(d)
						+ " do not fit in the domain's width of " + um(domain.width()), placing.domainSource());
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
			LayerReport report = new LayerReport(layer.getName(), c.getMaterial().getId(), asked, placed.achieved(), placed.particles(),
					Percolation.spans(map, p -> p == k, from, to), Percolation.spans(map, p -> p == m, from, to));
			reports.add(report);
			notes.add(String.format(Locale.ROOT, "%s '%s': %s %.1f vol%% asked, %.1f vol%% placed as %d %s particles; percolates: %s, matrix: %s",
					kind, layer.getName(), report.component(), 100 * asked, 100 * report.achieved(), report.particles(), morphology.getLiteral(),
					report.percolates() ? "yes" : "no", report.matrixPercolates() ? "yes" : "no"));
		}
		return reports;
	}

	/** The layer's matrix: its conductor, or its largest component when it has none. */
	private static Component matrix(Map<Component, Double> phi) {
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

	/** A length as a user reads it: "20 um", "0.3 um" (three significant digits, no trailing zeros). */
	private static String um(double metres) {
		return new java.math.BigDecimal(UM.fromSI(metres)).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + " um";
	}

	private static Placement placement(Morphology morphology) {
		return switch (morphology) {
		case SEGREGATED -> Placement.SEGREGATED;
		case CHAINS -> Placement.CHAINS;
		default -> Placement.RANDOM;
		};
	}
}
