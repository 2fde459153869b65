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
import org.stratum.engine.results.ResultUnits;
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
import org.stratum.solver.front.FlawSpread;
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
	/** Added to the domain's seed for the voids at the Li face. */
	private static final long SEED_OFFSET_VOIDS = 2000;
	/** Added to the domain's seed for the electrolyte's flaw lengths. */
	private static final long SEED_OFFSET_FLAWS = 3000;
	/** Added to the domain's seed for the electrolyte's grains. */
	private static final long SEED_OFFSET_GRAINS = 4000;
	/** Places tried for a void before the face is taken as full. */
	private static final int VOID_ATTEMPTS = 10_000;

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
	 * @param voids where the foil does not touch what lies on it
	 * @param flawSpread standard deviation of the log of the electrolyte's flaw lengths about the calibrated one (0:
	 *        every flaw the calibrated length)
	 */
	public record Mechanisms(Morphology morphology, boolean nucleation, FrontChoices.Interphase interphase, boolean reactions, boolean cracks,
			Map<String, Double> barriers, Voids voids, double flawSpread) {

		/** What the phase data describe: every mechanism on, no interphase, each component's own morphology, no barriers, no voids, one flaw length. */
		public static final Mechanisms DEFAULTS = new Mechanisms(null, true, FrontChoices.Interphase.NONE, true, true, Map.of(), Voids.NONE, 0);

		public Mechanisms {
			barriers = Map.copyOf(barriers);
		}
	}

	/**
	 * Voids at the Li face: gaps of a width over a fraction of it, each half its width deep into the foil.
	 *
	 * @param fraction of the face's width (0: none)
	 * @param size width of a gap, m
	 */
	public record Voids(double fraction, double size) {

		/** The foil touches the whole face. */
		public static final Voids NONE = new Voids(0, 0);
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
		Component seMatrix = LayerParticles.matrix(sePhi);
		Phase seMatrixPhase = phases.of(seMatrix.getMaterial(), 0, faces.lithiumMetal());
		PhaseMap map = new PhaseMap(nx, ny, domain.spacing(), seMatrixPhase);
		double foilThickness = derived(() -> Geometry.thickness(foil));
		int liRows = Math.max(2, (int) Math.round(Math.min(foilThickness, FOIL_SHOWN) / domain.spacing()));
		map.rows(0, liRows, Phase.LITHIUM);
		voids(map, liRows, mechanisms.voids(), domain.seed(), notes);
		int row = liRows;
		List<LayerReport> reports = new ArrayList<>();
		for (Interlayer layer : interlayers) {
			int rows = (int) Math.round(derived(() -> Geometry.thickness(layer)) / domain.spacing());
			if (row + rows + 2 > ny) {
				throw new EngineException("interlayer '" + layer.getName() + "' (" + um(rows * domain.spacing()) + ") does not fit in the front model's domain of "
						+ um(domain.height()) + " above " + um(liRows * domain.spacing()) + " of Li; make the domain taller", domainSource);
			}
			reports.addAll(LayerParticles.layer(map, layer, row, row + rows, phases, new LayerParticles.Placing(domain, mechanisms.morphology(), domainSource, notes)));
			row += rows;
		}
		map.regions(liRows, row);
		// the electrolyte's other components as particles in its main one, with the pellet's surface flaw (pores not drawn)
		int before = map.phases().size();
		reports.addAll(LayerParticles.particles(map, se, sePhi, seMatrix, seMatrixPhase, 1, row, ny, phases, faces.lithiumMetal(),
				new LayerParticles.Placing(new Domain(domain.width(), domain.height(), domain.spacing(), domain.seed() + SEED_OFFSET_ELECTROLYTE), mechanisms.morphology(),
						domainSource, notes)));
		CellMapper.GrainBoundary gb = CellMapper.grainBoundary(se, seMatrix.getMaterial(), notes);
		if (gb != null) {
			GrainBoundaries.draw(map, seMatrixPhase, row, se.getGrainSize().toSI(), gb, domain.seed() + SEED_OFFSET_GRAINS, notes);
		}
		Set<Phase> electrolytePhases = new HashSet<>(map.phases().subList(before, map.phases().size()));
		electrolytePhases.add(seMatrixPhase);
		if (mechanisms.flawSpread() > 0) {
			electrolytePhases.addAll(FlawSpread.apply(map, Set.copyOf(electrolytePhases), row, mechanisms.flawSpread(), domain.seed() + SEED_OFFSET_FLAWS));
			double[] lengths = FlawSpread.lengths(faces.lithiumMetal(), mechanisms.flawSpread());
			notes.add(String.format(Locale.ROOT, "front model: the electrolyte's flaws are lognormal about the calibrated %.3g um (spread of the log %.2f),"
					+ " in %d classes from %.3g to %.3g um, one drawn per cell", UM.fromSI(faces.lithiumMetal()), mechanisms.flawSpread(), lengths.length,
					UM.fromSI(lengths[0]), UM.fromSI(lengths[lengths.length - 1])));
		}
		double beyond = derived(() -> Geometry.thickness(dense)) - (ny - row) * domain.spacing();
		// with a grain size the library's conductivity is the grains', and the boundaries beyond the map add theirs
		double remaining = Math.max(0, beyond) / electrolyte.ionic() + CellMapper.grainBoundaryResistance(se, Math.max(0, beyond), seMatrix.getMaterial(), notes);
		double counter = electrolyte.exchangeCurrent();
		notes.add(String.format(Locale.ROOT, "front model: %d x %d cells of %.3g um; Li %.3g um, %s; the electrolyte beyond the map (%.3g um)"
				+ " and the counter electrode as %.3g Ohm cm2 and i0 = %.3g mA/cm2", nx, ny, UM.fromSI(domain.spacing()), UM.fromSI(liRows * domain.spacing()),
				interlayers.isEmpty() ? "no interlayer" : "interlayer to " + String.format(Locale.ROOT, "%.3g um", UM.fromSI(row * domain.spacing())),
				UM.fromSI(Math.max(0, beyond)), remaining * 1e4, counter / 10));
		FrontModel model = new FrontModel(map, options(mechanisms, map, electrolytePhases, notes), temperature);
		return new FrontInput(new FrontSimulatedCell(model, counter, remaining), map, reports, derived(() -> Geometry.normalisationArea(cell)));
	}

	/**
	 * Turns the foil's top into gaps over the fraction of the face asked for: gaps of the width asked (at least a
	 * cell), half as deep (at least a cell, at most the foil shown but a row), at seeded places that do not overlap.
	 */
	private static void voids(PhaseMap map, int liRows, Voids voids, long seed, List<String> notes) {
		if (voids.fraction() <= 0) {
			return;
		}
		int nx = map.nx();
		int width = Math.max(1, Math.min(nx - 1, (int) Math.round(voids.size() / map.h())));
		int depth = Math.max(1, Math.min(liRows - 1, (int) Math.round(voids.size() / 2 / map.h())));
		int target = (int) Math.round(voids.fraction() * nx);
		boolean[] gap = new boolean[nx];
		java.util.Random random = new java.util.Random(seed + SEED_OFFSET_VOIDS);
		int covered = 0, gaps = 0;
		for (int attempt = 0; attempt < VOID_ATTEMPTS && covered + width / 2 < target; attempt++) {
			int start = random.nextInt(nx);
			boolean free = true;
			for (int k = -1; k <= width && free; k++) { // a cell of contact between gaps, so that they stay apart
				free = !gap[Math.floorMod(start + k, nx)];
			}
			if (!free) {
				continue;
			}
			for (int k = 0; k < width; k++) {
				int i = Math.floorMod(start + k, nx);
				gap[i] = true;
				for (int j = liRows - depth; j < liRows; j++) {
					map.set(i, j, Phase.VOID);
				}
			}
			covered += width;
			gaps++;
		}
		notes.add(String.format(Locale.ROOT, "front model: voids over %.0f %% of the Li face (%d gaps %.3g um wide and %.3g um deep), where the foil"
				+ " does not touch what lies on it", 100.0 * covered / nx, gaps, UM.fromSI(width * map.h()), UM.fromSI(depth * map.h())));
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
					mechanisms.barriers().isEmpty() ? "" : " (" + String.join(", ", new java.util.TreeMap<>(mechanisms.barriers()).entrySet().stream()
							.map(b -> String.format(Locale.ROOT, "%s %.3g mV", b.getKey(), ResultUnits.MILLIVOLT.fromSI(b.getValue()))).toList()) + ")",
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

	/** A length as a user reads it: "20 um", "0.3 um" (three significant digits, no trailing zeros). */
	static String um(double metres) {
		return new java.math.BigDecimal(UM.fromSI(metres)).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString() + " um";
	}

}
