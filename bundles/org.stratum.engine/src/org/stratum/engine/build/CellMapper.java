package org.stratum.engine.build;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.stratum.model.derive.Capacity;
import org.stratum.model.derive.DerivationException;
import org.stratum.model.derive.Geometry;
import org.stratum.model.derive.Materials;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.CellKind;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.CurrentCollector;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialClass;
import org.stratum.model.stack.Morphology;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.solver.cell.Cathode;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.FaceCurve;
import org.stratum.solver.cell.OcvCurve;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.EffectiveMedium;
import org.stratum.solver.physics.PorousLayer;

/**
 * Turns a cell of the metamodel into the stack model's symmetric cell (SI): the electrolyte's resistance
 * from its thickness and Arrhenius conductivity, and per electrode the face that meets the electrolyte —
 * bare Li, a mixed-conducting carbon interlayer (apparent exchange current from the transmission line's
 * reaction area) or an electron-blocking layer (Li plates on the Li side, no flaw is loaded).
 */
public final class CellMapper {

	/** Electronic conductivity below which an interlayer blocks electrons, S/m. */
	static final double BLOCKING_ELECTRONIC_CONDUCTIVITY = 1e-6;
	/** Width of the band at the layer/electrolyte face in which plated Li is counted as "at the face", m. */
	static final double FACE_BAND = 1e-6;
	/**
	 * Drop of a carbon layer's electronic conductivity when electrolyte particles coat its grains: seed 000
	 * measured 19-31 times; the middle of that range (a measured rule, not a volume-fraction one).
	 */
	static final double COATED_CARBON_DROP = 25;
	/** Stack pressure assumed when a cell gives none, Pa (flagged in the run log). */
	static final double DEFAULT_STACK_PRESSURE = 1e6;
	/** Relative permittivity of an electrolyte without a value (estimate). */
	static final double DEFAULT_PERMITTIVITY = 30;

	private CellMapper() {
	}

	/**
	 * Intrinsic exchange current of a cathode active material against a coated sulfide or oxide electrolyte per
	 * true interface area, A/m2, when the library gives none: 0.1 mA/cm2, the order of magnitude of coated
	 * LiCoO2 | argyrodite interfaces (estimate).
	 */
	static final double DEFAULT_CATHODE_EXCHANGE_CURRENT = 1.0;

	/** The stack model's input: a symmetric cell, or a full cell with its cathode (then not null). */
	public record StackInput(StackCell cell, Cathode cathode) {
	}

	/** A symmetric Li | electrolyte | Li cell (calibration, benchmarks). */
	public static StackCell symmetric(Cell cell, FaceLengths faces, List<String> notes) throws EngineException {
		if (cell.getKind() != CellKind.SYMMETRIC) {
			throw new EngineException("cell '" + cell.getName() + "' is a " + cell.getKind().getLiteral() + " cell; expected a symmetric one");
		}
		return map(cell, faces, notes).cell();
	}

	/** A symmetric cell, or a full cell whose Li anode takes the working side and whose cathode the counter side. */
	public static StackInput map(Cell cell, FaceLengths faces, List<String> notes) throws EngineException {
		boolean full = cell.getKind() == CellKind.FULL;
		if (cell.getKind() != CellKind.SYMMETRIC && !full) {
			throw new EngineException("cell '" + cell.getName() + "' is a " + cell.getKind().getLiteral()
					+ " cell; the stack model simulates symmetric Li cells and Li | electrolyte | cathode full cells so far");
		}
		if (cell.getTemperature() == null) {
			throw new EngineException("cell '" + cell.getName() + "' has no temperature; expected one such as 25 degC");
		}
		double temperature = cell.getTemperature().toSI();
		double pressure = cell.getStackPressure() != null ? cell.getStackPressure().toSI() : DEFAULT_STACK_PRESSURE;
		if (cell.getStackPressure() == null) {
			notes.add("cell '" + cell.getName() + "' gives no stack pressure: 1 MPa assumed");
		}
		List<Layer> layers = new ArrayList<>();
		for (Layer l : cell.getLayers()) {
			if (!(l instanceof CurrentCollector)) {
				layers.add(l);
			}
		}
		if (full && layers.get(0) instanceof CathodeComposite) {
			Collections.reverse(layers); // the Li anode is the working electrode
		}
		if (!(layers.get(0) instanceof Anode) || !(layers.get(layers.size() - 1) instanceof Anode || full)) {
			throw new EngineException("cell '" + cell.getName() + "': the stack model needs Li metal electrodes at the ends of the stack"
					+ (full ? " (a Li anode and a cathode composite)" : ""));
		}
		if (full && !(layers.get(layers.size() - 1) instanceof CathodeComposite)) {
			throw new EngineException("cell '" + cell.getName() + "' is a full cell without a cathode composite at the end of its stack");
		}
		SolidElectrolyte se = null;
		int seIndex = -1;
		for (int i = 0; i < layers.size(); i++) {
			if (layers.get(i) instanceof SolidElectrolyte s) {
				se = s;
				seIndex = i;
			}
		}
		if (se == null) {
			throw new EngineException("cell '" + cell.getName() + "' has no solid electrolyte");
		}
		double area = derived(() -> Geometry.normalisationArea(cell), cell);
		double seThickness = derived(() -> Geometry.thickness(cellLayer(cell, seIndexOf(cell))), cell);
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(cellSe(cell)), cell);
		double sigma = 0;
		double kic = Double.POSITIVE_INFINITY;
		double permittivity = 0;
		Material main = null;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Material m = e.getKey().getMaterial();
			sigma += e.getValue() * MaterialData.ionicConductivity(m, temperature);
			kic = Math.min(kic, MaterialData.required(m, PropertyKind.FRACTURE_TOUGHNESS, "the penetration criterion"));
			permittivity += e.getValue() * MaterialData.optional(m, PropertyKind.RELATIVE_PERMITTIVITY, DEFAULT_PERMITTIVITY);
			if (main == null || e.getValue() > phi.get(firstComponent(phi, main))) {
				main = m;
			}
		}
		Material electrolyte = main;
		double[] kinetics = faceKinetics(phi, electrolyte, temperature, notes);
		Anode working = (Anode) layers.get(0);
		Material li = working.getComponents().get(0).getMaterial();
		double diffusivity = MaterialData.required(li, PropertyKind.LI_DIFFUSIVITY, "the stripping (void) model");
		double layerResistance = 0;
		Electrode[] electrodes = new Electrode[2];
		Cathode cathode = null;
		if (full) {
			CathodeComposite composite = (CathodeComposite) layers.get(layers.size() - 1);
			cathode = cathode(composite, temperature, notes);
			electrodes[1] = StackCellModel.cathodeFace(composite.getName(), cathode);
			layerResistance += cathode.resistance();
		}
		for (int side = 0; side < (full ? 1 : 2); side++) {
			Anode anode = (Anode) (side == 0 ? working : layers.get(layers.size() - 1));
			Layer between = side == 0 ? layers.get(1) : layers.get(layers.size() - 2);
			double liThickness = derived(() -> Geometry.thickness(anode), cell);
			Electrode electrode;
			if (between instanceof Interlayer interlayer) {
				Face face = face(interlayer, temperature, kinetics[0], faces, notes);
				double defects = face.blocking ? defectFraction(interlayer) : 0;
				Interphase interphase = interphase(electrolyte, face.blocking && defects == 0, notes);
				if (defects > 0) { // Li meets the electrolyte in the defects: Li-metal flaws, the electrolyte's interphase
					electrode = new Electrode(anode.getName(), face.exchangeCurrent, faces.lithiumMetal(), true, liThickness, 0, interphase.law(),
							interphase.constant(), face.shares, new Electrode.Coverage(defects, kinetics[0], face.ionicResistance));
					notes.add(String.format(java.util.Locale.ROOT, "interlayer '%s': %.3g %% of the electrolyte left uncovered (coverage defects)",
							interlayer.getName(), 100 * defects));
				} else {
					electrode = new Electrode(anode.getName(), face.exchangeCurrent, face.flawLength, face.blocking, liThickness, 0, interphase.law(),
							interphase.constant(), face.shares, Electrode.Coverage.COMPLETE, face.curve);
					layerResistance += face.ionicResistance;
				}
			} else {
				Interphase interphase = interphase(electrolyte, false, notes);
				electrode = new Electrode(anode.getName(), kinetics[0], faces.lithiumMetal(), false, liThickness, 0, interphase.law(), interphase.constant(),
						new double[] { 1, 0, 0 });
			}
			electrodes[side] = electrode;
		}
		double grainBoundaries = grainBoundaryResistance(se, seThickness, electrolyte, notes);
		double electronic = electronicResistance(layers, seThickness, electrolyte);
		return new StackInput(new StackCell(cell.getName(), temperature, pressure, area, seThickness, seThickness / sigma, grainBoundaries, layerResistance,
				kic, permittivity, diffusivity, MaterialData.ionicActivationEnergy(electrolyte), kinetics[1], electrodes[0], electrodes[1], electronic), cathode);
	}

	/**
	 * Electronic resistance between the electrodes (Ohm m2): the electrolyte's L / sigma_e in series with every
	 * layer that blocks electrons (its most conducting non-binder component); carbon layers conduct. Infinite when
	 * the electrolyte's electronic conductivity is not in the library (then no leakage is simulated).
	 */
	static double electronicResistance(List<Layer> layers, double seThickness, Material electrolyte) throws EngineException {
		double sigma = MaterialData.optional(electrolyte, PropertyKind.ELECTRONIC_CONDUCTIVITY, 0);
		if (sigma <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		double resistance = seThickness / sigma;
		for (Layer layer : layers) {
			if (layer instanceof Interlayer interlayer && interlayer.getComponents().stream()
					.noneMatch(c -> c.getMaterial() != null && c.getMaterial().getMaterialClass() == MaterialClass.CARBON)) {
				double layerSigma = 0;
				for (Component c : interlayer.getComponents()) {
					if (c.getRole() != ComponentRole.BINDER && c.getRole() != ComponentRole.SALT) {
						layerSigma = Math.max(layerSigma, MaterialData.optional(c.getMaterial(), PropertyKind.ELECTRONIC_CONDUCTIVITY, 0));
					}
				}
				double thickness = derived(() -> Geometry.thickness(interlayer), interlayer);
				double layerResistance = layerSigma > 0 ? thickness / layerSigma : Double.POSITIVE_INFINITY;
				double defects = defectFraction(interlayer);
				// the defects bypass the layer: covered and uncovered parts conduct in parallel
				resistance = 1 / (defects / resistance + (1 - defects) / (resistance + layerResistance));
			}
		}
		return resistance;
	}

	/**
	 * Exchange current (A/m2) and its activation energy (J/mol) of Li against an electrolyte layer: Li meets each
	 * ion-conducting phase on its area fraction (taken as its volume fraction), so the faces act in parallel,
	 * {@code i0 = sum phi_k i0_k / sum phi_k} over the phases with Li|phase kinetics in the library.
	 */
	static double[] faceKinetics(Map<Component, Double> phi, Material main, double temperature, List<String> notes) throws EngineException {
		double weight = 0, i0 = 0, ea = 0;
		List<String> parts = new ArrayList<>();
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			var k = MaterialData.exchangeCurrent(e.getKey().getMaterial(), temperature);
			if (k.isPresent() && e.getValue() > 0) {
				weight += e.getValue();
				i0 += e.getValue() * k.get()[0];
				ea += e.getValue() * k.get()[0] * k.get()[1];
				parts.add(String.format(java.util.Locale.ROOT, "%s %.0f vol%%", e.getKey().getMaterial().getId(), 100 * e.getValue()));
			}
		}
		if (weight == 0) {
			throw new EngineException("material '" + main.getId() + "' has no Li|material exchange current, which the kinetics need");
		}
		if (parts.size() > 1) {
			notes.add("Li meets the electrolyte's phases in parallel: " + String.join(", ", parts));
		}
		return new double[] { i0 / weight, ea / i0 };
	}

	/** Grain-boundary thickness when a cell gives a grain size but no thickness, m (a few nm; estimate). */
	static final double DEFAULT_GRAIN_BOUNDARY_THICKNESS = 2e-9;

	/**
	 * Brick layer: the current crosses L / d boundaries of thickness delta, so R_gb = L delta / (d sigma_gb). Zero
	 * when the electrolyte gives no grain size (its conductivity is then the total one); with a grain size the
	 * material's conductivity is taken as the bulk (grain-interior) value.
	 */
	static double grainBoundaryResistance(SolidElectrolyte se, double thickness, Material main, List<String> notes) throws EngineException {
		if (se.getGrainSize() == null) {
			return 0;
		}
		double sigma = se.getGrainBoundaryConductivity() != null ? se.getGrainBoundaryConductivity().toSI()
				: MaterialData.optional(main, PropertyKind.GRAIN_BOUNDARY_CONDUCTIVITY, Double.NaN);
		if (Double.isNaN(sigma) || sigma <= 0) {
			throw new EngineException("solid electrolyte '" + se.getName() + "' gives a grain size but no grain-boundary conductivity (on the layer or"
					+ " as a property of '" + main.getId() + "'); the brick-layer model needs both");
		}
		double delta = DEFAULT_GRAIN_BOUNDARY_THICKNESS;
		if (se.getGrainBoundaryThickness() != null) {
			delta = se.getGrainBoundaryThickness().toSI();
		} else {
			notes.add("solid electrolyte '" + se.getName() + "': grain-boundary thickness 2 nm assumed (estimate)");
		}
		return thickness * delta / (se.getGrainSize().toSI() * sigma);
	}

	/**
	 * A cathode composite: OCV of its active material, nominal capacity from loading, apparent exchange current
	 * from the active particles' surface (a = 6 phi / d over the thickness), and the ionic resistance of its
	 * electrolyte network (Bruggeman) for a uniform reaction, L / (3 sigma_eff) (Newman).
	 */
	static Cathode cathode(CathodeComposite composite, double temperature, List<String> notes) throws EngineException {
		Component active = derived(() -> Capacity.active(composite), composite);
		Material material = active.getMaterial();
		OcvCurve ocv = OcvCurve.forMaterial(material.getId());
		if (ocv == null) {
			throw new EngineException("cathode '" + composite.getName() + "': no open-circuit curve for '" + material.getId() + "'; tabulated: "
					+ OcvCurve.known());
		}
		double capacity = derived(() -> Capacity.arealCapacity(composite), composite);
		double thickness = derived(() -> Geometry.thickness(composite), composite);
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(composite), composite);
		double sigma = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			if (e.getKey().getRole() == ComponentRole.ELECTROLYTE) {
				sigma += EffectiveMedium.bruggeman(MaterialData.ionicConductivity(e.getKey().getMaterial(), temperature), e.getValue());
			}
		}
		if (sigma <= 0) {
			throw new EngineException("cathode '" + composite.getName()
					+ "' has no component with role electrolyte to carry Li ions through it; add the solid, polymer or liquid electrolyte that wets it");
		}
		double intrinsic = MaterialData.exchangeCurrent(material, temperature).map(k -> k[0]).orElse(Double.NaN);
		if (Double.isNaN(intrinsic)) {
			intrinsic = DEFAULT_CATHODE_EXCHANGE_CURRENT;
			notes.add("cathode '" + composite.getName() + "': no exchange current for '" + material.getId()
					+ "' in the library; 0.1 mA/cm2 per true interface area assumed (estimate)");
		}
		double area = derived(() -> Geometry.specificInterfaceArea(active), composite) * thickness;
		notes.add(String.format(java.util.Locale.ROOT, "cathode '%s': %s OCV (%s), %.3f mAh/cm2, %.1f um", composite.getName(), ocv.name(), ocv.source(),
				capacity / 36000, thickness * 1e6));
		return new Cathode(ocv, capacity, intrinsic * area, thickness / (3 * sigma), 0);
	}

	private static Component firstComponent(Map<Component, Double> phi, Material m) {
		return phi.keySet().stream().filter(c -> c.getMaterial() == m).findFirst().orElseThrow();
	}

	/** How the interphase between Li and the electrolyte grows, with its constant in SI. */
	record Interphase(Electrode.InterphaseGrowth law, double constant) {
	}

	private static final Interphase STABLE = new Interphase(Electrode.InterphaseGrowth.STABLE, 0);

	/**
	 * The electrolyte's reaction with Li, unless an electron-blocking interlayer cuts the electrolyte off from Li. A
	 * reacting material without a growth constant keeps its interphase constant, and the run log says so.
	 */
	static Interphase interphase(Material electrolyte, boolean blocked, List<String> notes) throws EngineException {
		LiReaction reaction = electrolyte.getLiReaction();
		if (blocked || reaction == null || reaction.getKind() == LiReactionKind.STABLE) {
			return STABLE;
		}
		Electrode.InterphaseGrowth law = reaction.getKind() == LiReactionKind.MIXED_CONDUCTING ? Electrode.InterphaseGrowth.MIXED_CONDUCTING
				: Electrode.InterphaseGrowth.PASSIVATING;
		Quantity k = reaction.getGrowthConstant();
		if (k == null) {
			String note = "material '" + electrolyte.getId() + "' reacts with Li (" + reaction.getKind().getLiteral().replace('_', '-')
					+ ") but the library gives no growth constant: its interphase is held constant";
			if (!notes.contains(note)) {
				notes.add(note);
			}
			return STABLE;
		}
		Dimension expected = law == Electrode.InterphaseGrowth.MIXED_CONDUCTING ? Dimension.MIXED_INTERPHASE_GROWTH
				: Dimension.PASSIVATING_INTERPHASE_GROWTH;
		if (!k.hasDimension(expected)) {
			throw new EngineException("material '" + electrolyte.getId() + "': growth constant '" + k + "' has the wrong unit; expected "
					+ expected.describe());
		}
		return new Interphase(law, k.toSI());
	}

	/**
	 * Area fraction of the electrolyte an electron-blocking particle layer leaves uncovered: a line through the
	 * layer crosses 3 phi / (2 d) particles per unit length (random spheres of volume fraction phi and size d,
	 * summed over the blocking phases), so the chance it crosses none over the thickness L is
	 * {@code exp(-L sum 3 phi / 2 d)}. Thin layers leave more of the electrolyte to Li; binder and salt do not
	 * block Li (seed 003's PVDF-only coating did not protect LATP). A layer without particle sizes (a dense
	 * sputtered film) is taken as complete.
	 */
	static double defectFraction(Interlayer layer) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(layer), layer);
		double thickness = derived(() -> Geometry.thickness(layer), layer);
		double crossings = 0;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Component c = e.getKey();
			if (c.getRole() != ComponentRole.BINDER && c.getRole() != ComponentRole.SALT && c.getParticleSize() != null) {
				crossings += 1.5 * e.getValue() / c.getParticleSize().toSI();
			}
		}
		return crossings > 0 ? Math.exp(-crossings * thickness) : 0;
	}

	/**
	 * Ionic conductivity of a layer's salt-filled binder matrix (the binder's library value describes the binder
	 * with its salt, as in seed 003's coatings), or NaN when the binder gives none.
	 */
	private static double matrixConductivity(Interlayer layer, double temperature) throws EngineException {
		for (Component c : layer.getComponents()) {
			if (c.getRole() == ComponentRole.BINDER && Materials.has(c.getMaterial(), PropertyKind.IONIC_CONDUCTIVITY)) {
				return MaterialData.ionicConductivity(c.getMaterial(), temperature);
			}
		}
		return Double.NaN;
	}

	/** Ionic conductivity of an electron-blocking layer whose components give none, S/m (1e-6 S/cm; estimate). */
	static final double DEFAULT_BLOCKING_LAYER_CONDUCTIVITY = 1e-4;

	/** Everything a mixed-conducting layer's face curve depends on. */
	private record LayerKey(double thickness, double kappa, double sigma, double area, double i0, double temperature, double band) {
	}

	/** Face curves already solved: calibration maps the same cells many times with only the flaw lengths changed. */
	private static final Map<LayerKey, FaceCurve> CURVES = Collections.synchronizedMap(new java.util.LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<LayerKey, FaceCurve> eldest) {
			return size() > 64;
		}
	});

	private static FaceCurve faceCurve(Interlayer layer, LayerKey k) throws EngineException {
		FaceCurve cached = CURVES.get(k);
		if (cached != null) {
			return cached;
		}
		try {
			FaceCurve curve = FaceCurve.of(new PorousLayer(k.thickness(), k.kappa(), k.sigma(), k.area(), k.i0(), k.temperature(), k.band()));
			CURVES.put(k, curve);
			return curve;
		} catch (ArithmeticException e) {
			throw new EngineException("interlayer '" + layer.getName() + "': " + e.getMessage());
		}
	}

	/** What the electrolyte meets on one side when an interlayer lies between it and the Li. */
	record Face(double exchangeCurrent, double flawLength, boolean blocking, double ionicResistance, double[] shares, FaceCurve curve) {
	}

	static Face face(Interlayer layer, double temperature, double intrinsicExchange, FaceLengths faces, List<String> notes) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(layer), layer);
		double thickness = derived(() -> Geometry.thickness(layer), layer);
		double sigmaE = 0;
		double sigmaIonMatrix = 0;
		double ionPhaseConductivity = 0;
		double ionPhaseFraction = 0;
		double threshold = EffectiveMedium.THRESHOLD_RANDOM;
		double area = 0;
		boolean carbon = false;
		double blockingIonic = Double.POSITIVE_INFINITY;
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Component c = e.getKey();
			Material m = c.getMaterial();
			double fraction = e.getValue();
			if (c.getRole() == ComponentRole.BINDER || c.getRole() == ComponentRole.SALT) {
				continue;
			}
			if (m.getMaterialClass() == MaterialClass.CARBON) {
				carbon = true;
				sigmaE += EffectiveMedium.bruggeman(MaterialData.required(m, PropertyKind.ELECTRONIC_CONDUCTIVITY, "the interlayer model"), fraction);
				sigmaIonMatrix += fraction * MaterialData.optional(m, PropertyKind.IONIC_CONDUCTIVITY, 0);
			} else if (c.getRole() == ComponentRole.ELECTROLYTE) {
				ionPhaseConductivity = MaterialData.ionicConductivity(m, temperature);
				ionPhaseFraction += fraction;
				threshold = c.getMorphology() == Morphology.SEGREGATED ? EffectiveMedium.THRESHOLD_SEGREGATED : EffectiveMedium.THRESHOLD_RANDOM;
			}
			if (c.getParticleSize() != null && (m.getMaterialClass() == MaterialClass.CARBON || c.getRole() == ComponentRole.ELECTROLYTE)) {
				area += 6 * fraction / c.getParticleSize().toSI();
			}
			if (m.getMaterialClass() != MaterialClass.CARBON && Materials.has(m, PropertyKind.IONIC_CONDUCTIVITY)) {
				blockingIonic = Math.min(blockingIonic, MaterialData.ionicConductivity(m, temperature));
			}
		}
		if (!carbon) {
			// an electron-blocking layer: Li plates on the Li side; the current crosses the layer ionically
			double sigmaIonic = Double.isInfinite(blockingIonic) ? matrixConductivity(layer, temperature) : blockingIonic;
			if (Double.isNaN(sigmaIonic)) {
				sigmaIonic = DEFAULT_BLOCKING_LAYER_CONDUCTIVITY;
				String note = "interlayer '" + layer.getName() + "': no component gives an ionic conductivity; 1e-6 S/cm assumed"
						+ " for the layer (estimate; its resistance L / sigma is in series with the electrolyte)";
				if (!notes.contains(note)) {
					notes.add(note);
				}
			}
			double exchange = intrinsicExchange;
			for (Component c : layer.getComponents()) {
				var k = MaterialData.exchangeCurrent(c.getMaterial(), temperature);
				if (k.isPresent()) {
					exchange = k.get()[0];
					break;
				}
			}
			return new Face(exchange, 0, true, thickness / sigmaIonic, new double[] { 1, 0, 0 }, null);
		}
		if (ionPhaseFraction > 0) {
			sigmaE /= COATED_CARBON_DROP;
		}
		double sigmaI = ionPhaseFraction > 0 ? EffectiveMedium.percolating(ionPhaseFraction, threshold, ionPhaseConductivity, Math.max(sigmaIonMatrix, 1e-12))
				: Math.max(sigmaIonMatrix, 1e-12);
		if (area <= 0) {
			throw new EngineException("interlayer '" + layer.getName() + "' gives no particle sizes; the reaction area a = 6 phi / d needs them");
		}
		double band = Math.min(FACE_BAND, thickness / 3);
		FaceCurve curve = faceCurve(layer, new LayerKey(thickness, sigmaI, Math.max(sigmaE, 1e-12), area, intrinsicExchange, temperature, band));
		return new Face(curve.apparentExchangeCurrent(temperature), faces.carbonScaffold(), false, 0, curve.shares(0), curve);
	}

	private interface Derivation<T> {
		T get();
	}

	private static <T> T derived(Derivation<T> derivation, Object where) throws EngineException {
		try {
			return derivation.get();
		} catch (DerivationException e) {
			throw new EngineException(e.getMessage());
		}
	}

	private static int seIndexOf(Cell cell) {
		for (int i = 0; i < cell.getLayers().size(); i++) {
			if (cell.getLayers().get(i) instanceof SolidElectrolyte) {
				return i;
			}
		}
		return -1;
	}

	private static Layer cellLayer(Cell cell, int index) {
		return cell.getLayers().get(index);
	}

	private static CompositeLayer cellSe(Cell cell) {
		return (CompositeLayer) cell.getLayers().get(seIndexOf(cell));
	}

}
