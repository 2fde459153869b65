package org.stratum.engine.build;

import static org.stratum.engine.build.Derived.derived;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.stratum.model.derive.Geometry;
import org.stratum.model.derive.Materials;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialClass;
import org.stratum.model.stack.Morphology;
import org.stratum.model.stack.PropertyKind;
import org.stratum.solver.cell.FaceCurve;
import org.stratum.solver.physics.EffectiveMedium;
import org.stratum.solver.physics.PorousLayer;

/**
 * The face an interlayer puts between Li and the electrolyte: a mixed-conducting carbon layer solved as a porous
 * electrode (its apparent exchange current, face overpotential and plating shares follow the current), or an
 * electron-blocking layer (Li plates on the Li side; its coverage defects leave part of the electrolyte to Li).
 */
public final class InterlayerFaces {

	private InterlayerFaces() {
	}

	/** Width of the band at the layer/electrolyte face in which plated Li is counted as "at the face", m. */
	static final double FACE_BAND = 1e-6;
	/**
	 * Drop of a carbon layer's electronic conductivity when electrolyte particles coat its grains: seed 000
	 * measured 19-31 times; the middle of that range (a measured rule, not a volume-fraction one).
	 */
	static final double COATED_CARBON_DROP = 25;

	/**
	 * Area fraction of the electrolyte an electron-blocking particle layer leaves uncovered: a line through the
	 * layer crosses 3 phi / (2 d) particles per unit length (random spheres of volume fraction phi and size d,
	 * summed over the blocking phases), so the chance it crosses none over the thickness L is
	 * {@code exp(-L sum 3 phi / 2 d)}. Thin layers leave more of the electrolyte to Li; binder and salt do not
	 * block Li (seed 003's PVDF-only coating did not protect LATP). A layer without particle sizes (a dense
	 * sputtered film) is taken as complete.
	 */
	public static double defectFraction(Interlayer layer) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(layer));
		double thickness = derived(() -> Geometry.thickness(layer));
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

	/** Exchange current of a face whose charge transfer is part of its layer's resistance: none of its own, A/m2. */
	static final double NO_CHARGE_TRANSFER = Double.POSITIVE_INFINITY;

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
			throw new EngineException("interlayer '" + layer.getName() + "': " + e.getMessage(), layer);
		}
	}

	/** What the electrolyte meets on one side when an interlayer lies between it and the Li. */
	record Face(double exchangeCurrent, double flawLength, boolean blocking, double ionicResistance, double[] shares, FaceCurve curve) {
	}

	static Face face(Interlayer layer, double temperature, double intrinsicExchange, FaceLengths faces, List<String> notes) throws EngineException {
		Map<Component, Double> phi = derived(() -> Geometry.volumeFractions(layer));
		double thickness = derived(() -> Geometry.thickness(layer));
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
				RunNotes.once(notes, note);
			}
			// Li meets the layer, not the electrolyte: without Li|layer kinetics in the library the layer's conductivity
			// stands for its whole Li+ path, its Li face included (the coating values are calibrated on whole cells)
			double exchange = NO_CHARGE_TRANSFER;
			for (Component c : layer.getComponents()) {
				var k = MaterialData.exchangeCurrent(c.getMaterial(), temperature);
				if (k.isPresent()) {
					exchange = k.get()[0];
					break;
				}
			}
			if (exchange == NO_CHARGE_TRANSFER) {
				RunNotes.once(notes, "interlayer '" + layer.getName() + "': Li meets the layer, which has no Li|layer kinetics in the library;"
						+ " its conductivity is taken to include its Li face (no charge transfer of its own)");
			}
			return new Face(exchange, 0, true, thickness / sigmaIonic, new double[] { 1, 0, 0 }, null);
		}
		if (ionPhaseFraction > 0) {
			sigmaE /= COATED_CARBON_DROP;
		}
		double sigmaI = ionPhaseFraction > 0 ? EffectiveMedium.percolating(ionPhaseFraction, threshold, ionPhaseConductivity, Math.max(sigmaIonMatrix, 1e-12))
				: Math.max(sigmaIonMatrix, 1e-12);
		if (area <= 0) {
			throw new EngineException("interlayer '" + layer.getName() + "' gives no particle sizes; the reaction area a = 6 phi / d needs them", layer);
		}
		double band = Math.min(FACE_BAND, thickness / 3);
		FaceCurve curve = faceCurve(layer, new LayerKey(thickness, sigmaI, Math.max(sigmaE, 1e-12), area, intrinsicExchange, temperature, band));
		return new Face(curve.apparentExchangeCurrent(temperature), faces.carbonScaffold(), false, 0, curve.shares(0), curve);
	}
}
