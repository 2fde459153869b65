package org.stratum.engine.build;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.CcCv;
import org.stratum.dsl.stratum.CcdRamp;
import org.stratum.dsl.stratum.Comparison;
import org.stratum.dsl.stratum.Condition;
import org.stratum.dsl.stratum.Control;
import org.stratum.dsl.stratum.Convention;
import org.stratum.dsl.stratum.Direction;
import org.stratum.dsl.stratum.Eis;
import org.stratum.dsl.stratum.Environment;
import org.stratum.dsl.stratum.Every;
import org.stratum.dsl.stratum.GlobalStop;
import org.stratum.dsl.stratum.Goto;
import org.stratum.dsl.stratum.Hold;
import org.stratum.dsl.stratum.Label;
import org.stratum.dsl.stratum.Limited;
import org.stratum.dsl.stratum.Logging;
import org.stratum.dsl.stratum.PlateKind;
import org.stratum.dsl.stratum.PlateStrip;
import org.stratum.dsl.stratum.Protocol;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.Repeat;
import org.stratum.dsl.stratum.Rest;
import org.stratum.dsl.stratum.ShortTerm;
import org.stratum.dsl.stratum.SignConvention;
import org.stratum.dsl.stratum.Statement;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.dsl.stratum.Term;
import org.stratum.model.units.Dimension;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Step;

/**
 * Turns a protocol of the language into the executor's step program, in SI: current densities in A/m2
 * (currents divided by the cell area), charges in C/m2, times in s. Positive current plates Li on the
 * working electrode whatever the protocol's sign convention.
 */
public final class ProgramBuilder {

	/** Logging period when the protocol gives none, s. */
	public static final double DEFAULT_LOG_PERIOD = 60;

	private final double area;
	/** Nominal areal capacity of a full cell, C/m2 (C-rates); NaN for a symmetric cell. */
	private final double capacity;
	private double sign = 1;
	private double logPeriod = DEFAULT_LOG_PERIOD;
	private final List<Step.Stop> globalStops = new ArrayList<>();
	/** Values that replace what the protocol wrote (a sweep's point). */
	private final ProtocolValues replaced;

	private ProgramBuilder(double area, double capacity, ProtocolValues replaced) {
		this.area = area;
		this.capacity = capacity;
		this.replaced = replaced;
	}

	/** The value that stands for a written quantity: a sweep point's replacement, or what was written. */
	private Quantity q(Quantity written) {
		return replaced.of(written);
	}

	/** The program of a symmetric cell of that area (m2). */
	public static Program build(Protocol protocol, double area) {
		return build(protocol, area, Double.NaN);
	}

	/**
	 * The program of a cell of that area (m2) and, for a full cell, nominal areal capacity (C/m2; NaN for a
	 * symmetric cell): charging plates Li on the anode, so it is positive.
	 */
	public static Program build(Protocol protocol, double area, double capacity) {
		return build(protocol, area, capacity, ProtocolValues.NONE);
	}

	/**
	 * The program as {@link #build(Protocol, double, double)}, with some of the protocol's quantities and repeat
	 * counts replaced (a sweep varies them without copying the protocol).
	 */
	public static Program build(Protocol protocol, double area, double capacity, ProtocolValues replaced) {
		ProgramBuilder builder = new ProgramBuilder(area, capacity, replaced);
		List<Step> steps = builder.steps(protocol.getStatements());
		return new Program(protocol.getName(), steps, builder.globalStops, builder.logPeriod);
	}

	private List<Step> steps(List<? extends Statement> statements) {
		List<Step> steps = new ArrayList<>();
		for (Statement s : statements) {
			if (s instanceof Limited limited && q(limited.getTemperature()) != null) {
				// PyBaMM's "... at 15oC": the temperature from this step on, as a temperature statement before it
				steps.add(new Step.Environment(Quantities.si(q(limited.getTemperature())), Double.NaN));
			}
			Step step = step(s);
			if (step != null) {
				steps.add(step);
			}
		}
		return steps;
	}

	/** Something in a step the executor cannot simulate; the step stops the run with this reason. */
	private static final class NotSimulated extends RuntimeException {
		private static final long serialVersionUID = 1L;

		NotSimulated(String reason) {
			super(reason, null, false, false);
		}
	}

	private Step step(Statement s) {
		try {
			return translate(s);
		} catch (NotSimulated e) {
			return new Step.Unsupported(text(s) + ": " + e.getMessage());
		}
	}

	private Step translate(Statement s) {
		return switch (s) {
		case SignConvention c -> {
			sign = c.getConvention() == Convention.PLATING ? 1 : -1;
			yield null;
		}
		case Logging l -> {
			logPeriod = Quantities.si(q(l.getPeriod()));
			yield null;
		}
		case GlobalStop g -> {
			globalStops.addAll(stops(g.getCondition()));
			yield null;
		}
		case Environment e -> "temperature".equals(e.getVariable()) ? new Step.Environment(Quantities.si(q(e.getValue())), Double.NaN)
				: new Step.Environment(Double.NaN, Quantities.si(q(e.getValue())));
		case Rest r -> new Step.Rest(q(r.getDuration()) == null ? Double.NaN : Quantities.si(q(r.getDuration())), stops(r.getUntil()));
		case PlateStrip p -> {
			double j = currentDensity(q(p.getCurrent())) * (p.getKind() == PlateKind.PLATE ? 1 : -1);
			yield galvanostatic(j, q(p.getDuration()), p.getUntil());
		}
		case Control c -> {
			boolean cRate = Quantities.isCRate(q(c.getValue()));
			if (!cRate && Quantities.dimension(q(c.getValue())).equals(Dimension.RESISTANCE)) {
				if (Double.isNaN(capacity)) {
					yield new Step.Unsupported(text(c) + ": constant-resistance steps need a full cell");
				}
				if (c.getDirection() == Direction.CHARGE || directed(c.getDirection(), 1) > 0) {
					yield new Step.Unsupported(text(c) + ": a resistance can only discharge the cell (write 'discharge at ... Ohm')");
				}
				// PyBaMM's "Discharge at 4 Ohm": the load in series with the cell, as an areal resistance
				yield new Step.ConstantResistance(Quantities.si(q(c.getValue())) * area,
						q(c.getDuration()) == null || !isTime(q(c.getDuration())) ? Double.NaN : Quantities.si(q(c.getDuration())), stops(c.getUntil(), -1));
			}
			if (!cRate && !isCurrent(q(c.getValue()))) { // a power: the validator allows nothing else here
				if (Double.isNaN(capacity)) {
					yield new Step.Unsupported(text(c) + ": constant-power steps need a full cell");
				}
				double p = Quantities.dimension(q(c.getValue())).equals(Dimension.POWER) ? Quantities.si(q(c.getValue())) / area : Quantities.si(q(c.getValue()));
				p = directed(c.getDirection(), p);
				yield new Step.ConstantPower(p, q(c.getDuration()) == null || !isTime(q(c.getDuration())) ? Double.NaN : Quantities.si(q(c.getDuration())),
						stops(c.getUntil(), p));
			}
			if (Double.isNaN(capacity) && (c.getDirection() != Direction.CURRENT || cRate)) {
				yield new Step.Unsupported(text(c) + ": charge, discharge and C-rate steps need a full cell");
			}
			yield galvanostatic(directed(c.getDirection(), currentDensity(q(c.getValue()))), q(c.getDuration()), c.getUntil());
		}
		case Hold h -> Double.isNaN(capacity) ? new Step.Unsupported(text(h) + ": voltage holds need a full cell")
				: new Step.Hold(Quantities.si(q(h.getVoltage())), q(h.getDuration()) == null ? Double.NaN : Quantities.si(q(h.getDuration())), stops(h.getUntil()));
		case CcCv c -> {
			if (Double.isNaN(capacity)) {
				yield new Step.Unsupported(text(c) + ": CC-CV steps need a full cell");
			}
			yield new Step.CcCv(directed(c.getDirection(), currentDensity(q(c.getCurrent()))), Quantities.si(q(c.getVoltage())), stops(c.getCutoff()), q(c.getCap()) == null ? Double.NaN : Quantities.si(q(c.getCap())));
		}
		case CcdRamp r -> new Step.CcdRamp(currentDensity(q(r.getStart())), q(r.getIncrement()) == null ? 0 : currentDensity(q(r.getIncrement())),
				r.getFactor(), currentDensity(q(r.getEnd())), isTime(q(r.getPerStep())) ? Double.NaN : charge(q(r.getPerStep())),
				isTime(q(r.getPerStep())) ? Quantities.si(q(r.getPerStep())) : 0, r.getPairs() > 0 ? (int) r.getPairs() : 1,
				q(r.getRest()) == null ? 0 : Quantities.si(q(r.getRest())),
				r.getStop() != null && q(r.getStop().getThreshold()) != null ? Quantities.si(q(r.getStop().getThreshold())) : Double.NaN);
		case Repeat r -> new Step.Repeat(replaced.count(r), steps(r.getSteps()));
		case Every e -> new Step.Every(q(e.getPeriod()) == null ? (int) e.getCycles() : 0, q(e.getPeriod()) == null ? 0 : Quantities.si(q(e.getPeriod())), steps(e.getSteps()));
		case Eis e -> new Step.Eis(q(e.getHigh()) == null ? 1e6 : Quantities.si(q(e.getHigh())), q(e.getLow()) == null ? 0.1 : Quantities.si(q(e.getLow())),
				e.getPointsPerDecade() > 0 ? (int) e.getPointsPerDecade() : 10, q(e.getAmplitude()) == null ? 0.01 : Quantities.si(q(e.getAmplitude())));
		case Label l -> new Step.Label(l.getName());
		case Goto g -> new Step.Goto(g.getTarget().eIsProxy() ? text(g) : g.getTarget().getName(), stops(g.getCondition()));
		default -> new Step.Unsupported(text(s));
		};
	}

	private Step galvanostatic(double j, Quantity duration, Condition until) {
		List<Step.Stop> stops = stops(until, j);
		if (duration == null) {
			return new Step.Galvanostatic(j, Double.NaN, Double.NaN, stops);
		}
		return isTime(duration) ? new Step.Galvanostatic(j, Quantities.si(duration), Double.NaN, stops)
				: new Step.Galvanostatic(j, Double.NaN, charge(duration), stops);
	}

	private List<Step.Stop> stops(Condition condition) {
		return stops(condition, 0);
	}

	/** Stop conditions of a step at current density j (A/m2, positive charges a full cell). */
	private List<Step.Stop> stops(Condition condition, double j) {
		List<Step.Stop> stops = new ArrayList<>();
		if (condition == null) {
			return stops;
		}
		for (Term t : condition.getTerms()) {
			if (t instanceof ShortTerm) {
				stops.add(new Step.Stop(Step.Variable.SHORT, false, 0));
			} else if (t instanceof Comparison c) {
				boolean named = !NodeModelUtils.findNodesForFeature(c, StratumPackage.Literals.COMPARISON__VARIABLE).isEmpty();
				boolean cRate = Quantities.isCRate(q(c.getValue()));
				if (cRate && Double.isNaN(capacity)) {
					throw new NotSimulated("conditions in C-rates need a full cell");
				}
				Dimension d = cRate ? Dimension.CURRENT_DENSITY : Quantities.dimension(q(c.getValue()));
				// magnitudes rise during a step (|V|, time, charge) unless a named condition says "<"; a full cell's
				// voltage falls while it discharges
				boolean greater = named ? c.getOperator().getLiteral().startsWith(">")
						: !(d.equals(Dimension.VOLTAGE) && !Double.isNaN(capacity) && j < 0);
				Step.Variable v = named ? switch (c.getVariable()) {
				case VOLTAGE -> Step.Variable.VOLTAGE;
				case CURRENT -> Step.Variable.CURRENT;
				case TIME -> Step.Variable.TIME;
				case CAPACITY -> Step.Variable.CAPACITY;
				case CYCLE -> Step.Variable.CYCLE;
				case TEMPERATURE -> Step.Variable.TEMPERATURE;
				case DVDT -> Step.Variable.VOLTAGE_RATE;
				} : implicitVariable(d);
				double value = Math.abs(switch (v) {
				case CAPACITY -> charge(q(c.getValue()));
				case CURRENT -> currentDensity(q(c.getValue()));
				default -> Quantities.si(q(c.getValue()));
				});
				if (v == Step.Variable.CYCLE && c.getOperator().getLiteral().endsWith("=")) {
					value += greater ? -0.5 : 0.5; // cycles are whole numbers: "<= 5" is "< 5.5"
				}
				stops.add(new Step.Stop(v, greater, value));
			}
		}
		return stops;
	}

	/** What a condition without a variable stops on, by its unit (the validator allows only these). */
	private static Step.Variable implicitVariable(Dimension d) {
		if (d.equals(Dimension.VOLTAGE)) {
			return Step.Variable.VOLTAGE;
		}
		if (d.equals(Dimension.TIME)) {
			return Step.Variable.TIME;
		}
		if (d.equals(Dimension.CURRENT) || d.equals(Dimension.CURRENT_DENSITY)) {
			return Step.Variable.CURRENT;
		}
		if (d.equals(Dimension.CHARGE) || d.equals(Dimension.AREAL_CAPACITY)) {
			return Step.Variable.CAPACITY;
		}
		throw new NotSimulated("conditions on " + d.describe() + " are not evaluated yet");
	}

	/** Charge is positive (it plates Li on the anode), discharge negative; a bare current follows the sign convention. */
	private double directed(Direction direction, double value) {
		return switch (direction) {
		case CHARGE -> Math.abs(value);
		case DISCHARGE -> -Math.abs(value);
		default -> sign * value;
		};
	}

	/** A current, current density or (in a full cell) C-rate as a current density, A/m2. */
	private double currentDensity(Quantity q) {
		if (Quantities.isCRate(q)) {
			if (Double.isNaN(capacity)) {
				throw new NotSimulated("C-rates need a full cell");
			}
			return Quantities.si(q) * capacity / 3600;
		}
		double si = Quantities.si(q);
		return Quantities.dimension(q).equals(Dimension.CURRENT) ? si / area : si;
	}

	private double charge(Quantity q) {
		double si = Quantities.si(q);
		return Quantities.dimension(q).equals(Dimension.CHARGE) ? si / area : si;
	}

	private static boolean isTime(Quantity q) {
		return Quantities.dimension(q).equals(Dimension.TIME);
	}

	private static boolean isCurrent(Quantity q) {
		Dimension d = Quantities.dimension(q);
		return d.equals(Dimension.CURRENT) || d.equals(Dimension.CURRENT_DENSITY);
	}

	private static String text(EObject o) {
		var node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? o.eClass().getName() : NodeModelUtils.getTokenText(node);
	}
}
