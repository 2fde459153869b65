package org.stratum.engine.study;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.stratum.dsl.resolve.StackResolutionException;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.MaterialFactor;
import org.stratum.dsl.stratum.ProtocolFactor;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackFactor;
import org.stratum.dsl.stratum.StratumFactory;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.MaterialValues;
import org.stratum.dsl.study.ProtocolSteps;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.build.ProtocolValues;
import org.eclipse.emf.ecore.EObject;
import org.stratum.dsl.stratum.Repeat;
import org.stratum.model.stack.Cell;
import org.stratum.model.units.Quantity;

/**
 * The run of each point of a sweep (or each trial of a fit): the simulation's cell with the point's stack and
 * material values (each point its own copy), and the point's protocol values as replacements of what the protocol
 * writes.
 */
public final class PointVariants {

	private final Simulation simulation;
	private final List<Factor> factors;
	/** What the run log calls the study ("sweep Design", "fit Kinetics"). */
	private final String study;
	/** Per factor, the protocol quantities or repeat blocks it replaces (empty for stack and material factors). */
	private final List<List<? extends EObject>> protocolTargets = new ArrayList<>();

	public PointVariants(Sweep sweep) {
		this(sweep.getSimulation(), sweep.getFactors(), "sweep " + sweep.getName());
	}

	public PointVariants(Simulation simulation, List<Factor> factors, String study) {
		this.simulation = simulation;
		this.factors = List.copyOf(factors);
		this.study = study;
		for (Factor f : factors) {
			protocolTargets.add(f.getTarget() instanceof ProtocolFactor p ? ProtocolSteps.targets(simulation.getProtocol(), p.getStep(), p.getProperty())
					: List.of());
		}
	}

	/** The folder name of a point: its number, zero-padded so that folders sort in point order. */
	public static String folder(int index) {
		return String.format("%06d", index);
	}

	/** The run of one point (a bad value at this point is an {@link EngineException} saying which). */
	public SimulationRunner.Variant variant(SweepDesign.Point point) throws EngineException {
		return variant(point, folder(point.index()));
	}

	/** The run of one point into a folder of that name. */
	public SimulationRunner.Variant variant(SweepDesign.Point point, String folder) throws EngineException {
		Cell cell = SimulationRunner.resolve(simulation);
		Map<org.stratum.dsl.stratum.Quantity, org.stratum.dsl.stratum.Quantity> replaced = new IdentityHashMap<>();
		Map<Repeat, Integer> counts = new IdentityHashMap<>();
		List<String> said = new ArrayList<>();
		for (int f = 0; f < factors.size(); f++) {
			Factor factor = factors.get(f);
			Quantity value = point.values().get(f);
			said.add(SweepDesign.label(factor) + " = " + value);
			switch (factor.getTarget()) {
			case StackFactor s -> {
				try {
					StackResolver.vary(cell, s, value);
				} catch (StackResolutionException e) {
					throw new EngineException("point " + point.index() + ": " + e.getMessage(), factor);
				}
			}
			case MaterialFactor m -> MaterialValues.vary(cell, m.getMaterial().getId(), m.getProperty(), value);
			case ProtocolFactor p -> {
				for (EObject target : protocolTargets.get(f)) {
					switch (target) {
					case Repeat r -> counts.put(r, (int) Math.round(value.toSI())); // a range's values between whole ends are rounded
					case org.stratum.dsl.stratum.Quantity written -> replaced.put(written, written(value));
					default -> throw new IllegalStateException("a protocol target of kind " + target.eClass().getName());
					}
				}
			}
			default -> throw new IllegalStateException("a factor of kind " + factor.getTarget().eClass().getName());
			}
		}
		return new SimulationRunner.Variant(cell, new ProtocolValues(replaced, counts), List.of(study + " point " + point.index() + ": " + String.join(", ", said)), folder, false);
	}

	/** A value as the language writes it, for the program builder. */
	private static org.stratum.dsl.stratum.Quantity written(Quantity value) {
		org.stratum.dsl.stratum.Quantity q = StratumFactory.eINSTANCE.createQuantity();
		q.setValue(value.value());
		q.setUnit(value.unit().toString());
		return q;
	}
}
