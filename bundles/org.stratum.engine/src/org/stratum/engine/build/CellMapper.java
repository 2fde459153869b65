package org.stratum.engine.build;

import static org.stratum.engine.build.Derived.derived;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.stratum.model.derive.Geometry;
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
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialClass;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.solver.cell.Cathode;
import org.stratum.solver.cell.Electrode;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.cell.StackCell;

/**
 * Turns a cell of the metamodel into the stack model's input (SI): the electrolyte's resistance from its
 * thickness and Arrhenius conductivity, its kinetics with Li and electronic leakage, per electrode the face that
 * meets the electrolyte (bare Li, or an interlayer: {@link InterlayerFaces}) with its interphase
 * ({@link Interphases}), and for a full cell the cathode ({@link CathodeMapper}).
 */
public final class CellMapper {

	/** Stack pressure assumed when a cell gives none, Pa (flagged in the run log). */
	static final double DEFAULT_STACK_PRESSURE = 1e6;
	/** Relative permittivity of an electrolyte without a value (estimate). */
	static final double DEFAULT_PERMITTIVITY = 30;

	private CellMapper() {
	}

	/** The stack model's input: a symmetric cell, or a full cell with its cathode (then not null). */
	public record StackInput(StackCell cell, Cathode cathode) {
	}

	/** A symmetric Li | electrolyte | Li cell (calibration, benchmarks). */
	public static StackCell symmetric(Cell cell, FaceLengths faces, List<String> notes) throws EngineException {
		if (cell.getKind() != CellKind.SYMMETRIC) {
			throw new EngineException("cell '" + cell.getName() + "' is a " + cell.getKind().getLiteral() + " cell; expected a symmetric one", cell);
		}
		return map(cell, faces, notes).cell();
	}

	/** A symmetric cell, or a full cell whose Li anode takes the working side and whose cathode the counter side. */
	public static StackInput map(Cell cell, FaceLengths faces, List<String> notes) throws EngineException {
		boolean full = cell.getKind() == CellKind.FULL;
		if (cell.getKind() != CellKind.SYMMETRIC && !full) {
			throw new EngineException("cell '" + cell.getName() + "' is a " + cell.getKind().getLiteral()
					+ " cell; the stack model simulates symmetric Li cells and Li | electrolyte | cathode full cells so far", cell);
		}
		if (cell.getTemperature() == null) {
			throw new EngineException("cell '" + cell.getName() + "' has no temperature; expected one such as 25 degC", cell);
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
					+ (full ? " (a Li anode and a cathode composite)" : ""), cell);
		}
		if (full && !(layers.get(layers.size() - 1) instanceof CathodeComposite)) {
			throw new EngineException("cell '" + cell.getName() + "' is a full cell without a cathode composite at the end of its stack", cell);
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
			throw new EngineException("cell '" + cell.getName() + "' has no solid electrolyte", cell);
		}
		double area = derived(() -> Geometry.normalisationArea(cell));
		double seThickness = derived(() -> Geometry.thickness(cellLayer(cell, seIndexOf(cell))));
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(cellSe(cell)));
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
			cathode = CathodeMapper.cathode(composite, temperature, notes);
			electrodes[1] = StackCellModel.cathodeFace(composite.getName(), cathode);
			layerResistance += cathode.resistance();
		}
		for (int side = 0; side < (full ? 1 : 2); side++) {
			Anode anode = (Anode) (side == 0 ? working : layers.get(layers.size() - 1));
			Layer between = side == 0 ? layers.get(1) : layers.get(layers.size() - 2);
			double liThickness = derived(() -> Geometry.thickness(anode));
			Electrode electrode;
			if (between instanceof Interlayer interlayer) {
				InterlayerFaces.Face face = InterlayerFaces.face(interlayer, temperature, kinetics[0], faces, notes);
				double defects = face.blocking() ? InterlayerFaces.defectFraction(interlayer) : 0;
				Interphases.Interphase interphase = Interphases.interphase(phi, face.blocking() && defects == 0, notes);
				if (defects > 0) { // Li meets the electrolyte in the defects: Li-metal flaws, the electrolyte's interphase
					electrode = new Electrode(anode.getName(), face.exchangeCurrent(), faces.lithiumMetal(), true, liThickness, 0, interphase.law(),
							interphase.constant(), face.shares(), new Electrode.Coverage(defects, kinetics[0], face.ionicResistance()));
					notes.add(String.format(java.util.Locale.ROOT, "interlayer '%s': %.3g %% of the electrolyte left uncovered (coverage defects)",
							interlayer.getName(), 100 * defects));
				} else {
					electrode = new Electrode(anode.getName(), face.exchangeCurrent(), face.flawLength(), face.blocking(), liThickness, 0, interphase.law(),
							interphase.constant(), face.shares(), Electrode.Coverage.COMPLETE, face.curve());
					layerResistance += face.ionicResistance();
				}
			} else {
				Interphases.Interphase interphase = Interphases.interphase(phi, false, notes);
				electrode = new Electrode(anode.getName(), kinetics[0], faces.lithiumMetal(), false, liThickness, 0, interphase.law(), interphase.constant(),
						new double[] { 1, 0, 0 });
			}
			electrodes[side] = electrode;
		}
		double grainBoundaries = grainBoundaryResistance(se, seThickness, electrolyte, notes);
		double electronic = electronicResistance(layers, seThickness, electrolyte);
		return new StackInput(new StackCell(cell.getName(), temperature, pressure, area, seThickness, seThickness / sigma, grainBoundaries, layerResistance,
				kic, permittivity, diffusivity, MaterialData.ionicActivationEnergy(electrolyte), kinetics[1], electrodes[0], electrodes[1], electronic,
				ReactiveParticles.filamentCharge(phi, electrolyte, notes)), cathode);
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
				double thickness = derived(() -> Geometry.thickness(interlayer));
				double layerResistance = layerSigma > 0 ? thickness / layerSigma : Double.POSITIVE_INFINITY;
				double defects = InterlayerFaces.defectFraction(interlayer);
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
			throw new EngineException("material '" + main.getId() + "' has no Li|material exchange current, which the kinetics need", main);
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
		GrainBoundary gb = grainBoundary(se, main, notes);
		return gb == null ? 0 : thickness * gb.thickness() / (se.getGrainSize().toSI() * gb.conductivity());
	}

	/**
	 * The electrolyte's grain boundaries as its .stack file and the library give them.
	 *
	 * @param conductivity S/m
	 * @param thickness m
	 */
	record GrainBoundary(double conductivity, double thickness) {
	}

	/** The grain boundaries of an electrolyte that gives a grain size (null when it gives none). */
	static GrainBoundary grainBoundary(SolidElectrolyte se, Material main, List<String> notes) throws EngineException {
		if (se.getGrainSize() == null) {
			return null;
		}
		double sigma = se.getGrainBoundaryConductivity() != null ? se.getGrainBoundaryConductivity().toSI()
				: MaterialData.optional(main, PropertyKind.GRAIN_BOUNDARY_CONDUCTIVITY, Double.NaN);
		if (Double.isNaN(sigma) || sigma <= 0) {
			throw new EngineException("solid electrolyte '" + se.getName() + "' gives a grain size but no grain-boundary conductivity (on the layer or"
					+ " as a property of '" + main.getId() + "'); the brick-layer model needs both", se);
		}
		double delta = DEFAULT_GRAIN_BOUNDARY_THICKNESS;
		if (se.getGrainBoundaryThickness() != null) {
			delta = se.getGrainBoundaryThickness().toSI();
		} else {
			String note = "solid electrolyte '" + se.getName() + "': grain-boundary thickness 2 nm assumed (estimate)";
			RunNotes.once(notes, note);
		}
		return new GrainBoundary(sigma, delta);
	}

	private static Component firstComponent(Map<Component, Double> phi, Material m) {
		return phi.keySet().stream().filter(c -> c.getMaterial() == m).findFirst().orElseThrow();
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

	/**
	 * What Li reduces the electrolyte's components into where it touches them: the electron-conducting product of
	 * each component whose library reaction with Li is mixed-conducting (LGPS to Li-Ge), in the layer's order.
	 */
	public static List<Material> reducedAtTheFace(Cell cell) {
		List<Material> products = new ArrayList<>();
		for (Component c : cellSe(cell).getComponents()) {
			Material product = FrontPhases.electronicProduct(c.getMaterial());
			if (product != null) {
				products.add(product);
			}
		}
		return products;
	}

}
