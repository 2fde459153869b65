package org.stratum.dsl.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.resolve.StackResolutionException;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.LatinHypercube;
import org.stratum.dsl.stratum.MaterialFactor;
import org.stratum.dsl.stratum.ProtocolFactor;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackFactor;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.MaterialValues;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.ProtocolSteps;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.model.stack.Cell;
import org.stratum.model.units.UnitException;

/**
 * Validation of sweeps and expectations: metric names, what a factor varies (a stack property, a material
 * value the cell uses, a quantity the protocol writes), ranges a design can step, and sweep sizes. Units of
 * their quantities are checked with every other quantity ({@code Expectation.at}).
 */
public class StudyValidator extends ComposedValidator {

	/** The most points one sweep may have (its table and folders must fit on a laptop's disk). */
	public static final long MAX_POINTS = 1_000_000;

	@Check
	public void checkMetrics(Sweep sweep) {
		for (int i = 0; i < sweep.getMetrics().size(); i++) {
			metric(sweep.getMetrics().get(i), sweep, StratumPackage.Literals.SWEEP__METRICS, i);
		}
	}

	@Check
	public void checkExpectation(Expect expect) {
		if (expect.isNoShort() || !metric(expect.getMetric(), expect, StratumPackage.Literals.EXPECT__METRIC, -1)) {
			return;
		}
		Metric metric = Metric.named(expect.getMetric()).orElseThrow();
		if (written(expect, StratumPackage.Literals.EXPECT__CYCLES)) {
			if (!metric.perCycle()) {
				error("'after N cycles' picks one cycle of a per-cycle metric (" + String.join(", ",
						java.util.Arrays.stream(Metric.values()).filter(Metric::perCycle).map(Metric::word).toList()) + "); " + metric.word() + " has one value per run",
						expect, StratumPackage.Literals.EXPECT__CYCLES, StratumIssueCodes.BAD_EXPECTATION);
			} else if (expect.getCycles() != Math.rint(expect.getCycles()) || expect.getCycles() < 1) {
				error("the cycle count must be a whole number of at least 1, got " + org.stratum.model.units.Quantity.number(expect.getCycles()), expect,
						StratumPackage.Literals.EXPECT__CYCLES, StratumIssueCodes.BAD_EXPECTATION);
			}
		}
	}

	@Check
	public void checkRange(Factor factor) {
		if (!SweepDesign.isRange(factor) || factor.getTo() == null) {
			return;
		}
		boolean grid = factor.eContainer() instanceof Sweep sweep && !(sweep.getDesign() instanceof LatinHypercube);
		if (!written(factor, StratumPackage.Literals.FACTOR__STEPS)) {
			if (grid) {
				error("a range of a grid design needs its number of values: add 'steps N' (or list the values after '=')", factor,
						StratumPackage.Literals.FACTOR__TO, StratumIssueCodes.BAD_RANGE);
			}
		} else if (factor.getSteps() != Math.rint(factor.getSteps()) || factor.getSteps() < 2) {
			error("a range needs at least 2 steps, a whole number; got " + org.stratum.model.units.Quantity.number(factor.getSteps()), factor,
					StratumPackage.Literals.FACTOR__STEPS, StratumIssueCodes.BAD_RANGE);
		}
		if (factor.isLog()) {
			try {
				double from = Quantities.toModel(factor.getFrom()).toSI();
				double to = Quantities.toModel(factor.getTo()).toSI();
				if (!(from * to > 0)) {
					error("a log range must stay on one side of zero; it runs from " + Quantities.text(factor.getFrom()) + " to " + Quantities.text(factor.getTo()),
							factor, StratumPackage.Literals.FACTOR__LOG, StratumIssueCodes.BAD_RANGE);
				}
			} catch (UnitException e) {
				// the unit check reports it
			}
		}
	}

	@Check
	public void checkSize(Sweep sweep) {
		if (sweep.getDesign() instanceof LatinHypercube lhs) {
			if (lhs.getPoints() != Math.rint(lhs.getPoints()) || lhs.getPoints() < 1) {
				error("the number of points must be a whole number of at least 1", lhs, StratumPackage.Literals.LATIN_HYPERCUBE__POINTS,
						StratumIssueCodes.NOT_A_COUNT);
				return;
			}
			if (written(lhs, StratumPackage.Literals.LATIN_HYPERCUBE__SEED) && (lhs.getSeed() != Math.rint(lhs.getSeed()) || lhs.getSeed() < 0)) {
				error("the seed must be a whole number of at least 0", lhs, StratumPackage.Literals.LATIN_HYPERCUBE__SEED, StratumIssueCodes.NOT_A_COUNT);
			}
		}
		long size = SweepDesign.size(sweep);
		if (size > MAX_POINTS) {
			error("sweep '" + sweep.getName() + "' has " + size + " points; one sweep may have at most " + MAX_POINTS + " (split it, or use a latin hypercube)",
					sweep, StratumPackage.Literals.ELEMENT__NAME, StratumIssueCodes.SWEEP_TOO_LARGE);
		}
	}

	@Check
	public void checkTarget(Factor factor) {
		Simulation simulation = SweepDesign.simulation(factor);
		if (simulation == null || factor.getTarget() == null) {
			return; // the parser reports a missing target, linking a missing simulation
		}
		switch (factor.getTarget()) {
		case ProtocolFactor p -> protocol(p, simulation);
		case MaterialFactor m -> material(m, simulation);
		case StackFactor s -> stack(factor, s, simulation);
		default -> {
		}
		}
	}

	private void protocol(ProtocolFactor p, Simulation simulation) {
		if (p.getStep() == null || p.getProperty() == null || simulation.getProtocol() == null || simulation.getProtocol().eIsProxy()) {
			return;
		}
		if (ProtocolSteps.stepClass(p.getStep()).isEmpty()) {
			unknown("no protocol step starts with '" + p.getStep() + "'; a sweep can vary " + String.join(", ", ProtocolSteps.WORDS), p,
					StratumPackage.Literals.PROTOCOL_FACTOR__STEP, ProtocolSteps.WORDS, p.getStep());
			return;
		}
		List<String> properties = ProtocolSteps.properties(p.getStep());
		if (!properties.contains(p.getProperty())) {
			unknown("a " + p.getStep() + " step has no quantity '" + p.getProperty() + "'; it has " + String.join(", ", properties), p,
					StratumPackage.Literals.FACTOR_TARGET__PROPERTY, properties, p.getProperty());
			return;
		}
		if (ProtocolSteps.isCount(p.getStep(), p.getProperty())) {
			if (ProtocolSteps.repeats(simulation.getProtocol()).isEmpty()) {
				error("protocol '" + simulation.getProtocol().getName() + "' has no repeat block whose count a sweep could vary", p,
						StratumPackage.Literals.FACTOR_TARGET__PROPERTY, StratumIssueCodes.UNKNOWN_FACTOR);
			}
			Factor factor = (Factor) p.eContainer();
			List<org.stratum.dsl.stratum.Quantity> written = new java.util.ArrayList<>(factor.getValues());
			written.addAll(java.util.stream.Stream.of(factor.getFrom(), factor.getTo()).filter(java.util.Objects::nonNull).toList());
			for (org.stratum.dsl.stratum.Quantity q : written) {
				if (q.getUnit() != null || q.getValue() < 1 || q.getValue() != Math.rint(q.getValue())) {
					error("a repeat count is a whole number of at least 1, without a unit (a range's values between its ends are rounded)", q, null,
							StratumIssueCodes.NOT_A_COUNT);
				}
			}
			return;
		}
		if (ProtocolSteps.written(simulation.getProtocol(), p.getStep(), p.getProperty()).isEmpty()) {
			error("protocol '" + simulation.getProtocol().getName() + "' has no " + p.getStep() + " step that writes its " + p.getProperty()
					+ "; a sweep varies what the protocol writes", p, StratumPackage.Literals.FACTOR_TARGET__PROPERTY, StratumIssueCodes.UNKNOWN_FACTOR);
		}
	}

	private void material(MaterialFactor m, Simulation simulation) {
		if (m.getMaterial() == null || m.getMaterial().eIsProxy() || m.getProperty() == null) {
			return;
		}
		List<String> names = MaterialValues.names();
		if (!names.contains(m.getProperty())) {
			unknown("a material has no value '" + m.getProperty() + "'; it may be one of " + String.join(", ", names), m,
					StratumPackage.Literals.FACTOR_TARGET__PROPERTY, names, m.getProperty());
			return;
		}
		if (MaterialValues.value(m.getMaterial(), m.getProperty()).isEmpty()) {
			error("the library gives " + m.getMaterial().getId() + " no " + m.getProperty() + "; a sweep varies a value the library has", m,
					StratumPackage.Literals.FACTOR_TARGET__PROPERTY, StratumIssueCodes.UNKNOWN_FACTOR);
			return;
		}
		Cell cell = resolved(simulation);
		if (cell != null && !MaterialValues.uses(cell, m.getMaterial().getId())) {
			error("the cell of simulation '" + simulation.getName() + "' has no component of material '" + m.getMaterial().getId() + "'", m,
					StratumPackage.Literals.MATERIAL_FACTOR__MATERIAL, StratumIssueCodes.UNKNOWN_FACTOR);
		}
	}

	private void stack(Factor factor, StackFactor s, Simulation simulation) {
		if (s.getSelector() == null || s.getProperty() == null || s.getMaterial() != null && s.getMaterial().eIsProxy()
				|| s.getBalance() != null && s.getBalance().eIsProxy()) {
			return;
		}
		Cell cell = resolved(simulation);
		if (cell == null) {
			return;
		}
		try {
			// the ends of a range (not its steps, which may be many) or every listed value
			List<org.stratum.dsl.stratum.Quantity> values = SweepDesign.isRange(factor) ? java.util.Arrays.asList(factor.getFrom(), factor.getTo())
					: factor.getValues();
			for (org.stratum.dsl.stratum.Quantity value : values) {
				if (value != null) {
					StackResolver.vary(cell, s, Quantities.toModel(value));
				}
			}
		} catch (StackResolutionException | UnitException e) {
			error(e.getMessage(), s, null, StratumIssueCodes.UNKNOWN_FACTOR);
		}
	}

	/** The simulation's cell, or null when it does not resolve (the stack declaration reports that). */
	private static Cell resolved(Simulation simulation) {
		if (simulation.getCell() == null || simulation.getCell().eIsProxy()) {
			return null;
		}
		try {
			return StackResolver.resolve(simulation.getCell());
		} catch (StackResolutionException e) {
			return null;
		}
	}

	/** Reports an unknown metric; true when the name is known. */
	private boolean metric(String name, EObject object, EStructuralFeature feature, int index) {
		if (name == null || Metric.named(name).isPresent()) {
			return name != null;
		}
		String message = "unknown metric '" + name + "'; known metrics: " + String.join(", ", Metric.words());
		String[] closest = StratumLinkingMessages.closest(name, Metric.words()).toArray(new String[0]);
		if (index >= 0) {
			error(message, object, feature, index, StratumIssueCodes.UNKNOWN_METRIC, closest);
		} else {
			error(message, object, feature, StratumIssueCodes.UNKNOWN_METRIC, closest);
		}
		return false;
	}

	private void unknown(String message, EObject object, EStructuralFeature feature, List<String> known, String written) {
		error(message, object, feature, StratumIssueCodes.UNKNOWN_FACTOR, StratumLinkingMessages.closest(written, known).toArray(new String[0]));
	}

	/** Whether the text writes the feature (a 0 written is the default value, and must still be checked). */
	private static boolean written(EObject object, EStructuralFeature feature) {
		return !NodeModelUtils.findNodesForFeature(object, feature).isEmpty() || object.eIsSet(feature);
	}
}
