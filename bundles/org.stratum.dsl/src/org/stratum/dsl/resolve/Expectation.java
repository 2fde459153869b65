package org.stratum.dsl.resolve;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.stratum.CcCv;
import org.stratum.dsl.stratum.CcdRamp;
import org.stratum.dsl.stratum.Comparison;
import org.stratum.dsl.stratum.Control;
import org.stratum.dsl.stratum.Eis;
import org.stratum.dsl.stratum.Environment;
import org.stratum.dsl.stratum.Every;
import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.MaterialFactor;
import org.stratum.dsl.stratum.ProtocolFactor;
import org.stratum.dsl.stratum.StackFactor;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.dsl.study.MaterialValues;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.ProtocolSteps;
import org.stratum.model.validation.QuantityRules;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.Hold;
import org.stratum.dsl.stratum.Limited;
import org.stratum.dsl.stratum.Logging;
import org.stratum.dsl.stratum.NucleationBarrier;
import org.stratum.dsl.stratum.PlateStrip;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.ShortTerm;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.dsl.stratum.Variable;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.UnitException;

/**
 * What a quantity in a given place must be: one of several dimensions (a step is driven by a current
 * density, a current, a C-rate or a power), with the units a quick fix proposes.
 */
public record Expectation(String description, List<Dimension> dimensions, boolean cRateAllowed, List<String> suggestedUnits) {

	public static final Expectation TIME = of("a time such as s, min or h", List.of(Dimension.TIME), "h", "min", "s");
	public static final Expectation TIME_OR_CAPACITY = of("a time such as h or an areal capacity such as mAh/cm2",
			List.of(Dimension.TIME, Dimension.AREAL_CAPACITY, Dimension.CHARGE), "h", "mAh/cm2", "mAh");
	public static final Expectation CURRENT_DENSITY = of("a current density such as mA/cm2",
			List.of(Dimension.CURRENT_DENSITY, Dimension.CURRENT), "mA/cm2", "mA");
	public static final Expectation DRIVE = new Expectation(
			"a current density (mA/cm2), a current (mA, A), a C-rate (1C), a power (W, mW/cm2) or a resistance (Ohm)",
			List.of(Dimension.CURRENT_DENSITY, Dimension.CURRENT, Dimension.POWER, Dimension.POWER.divide(Dimension.AREA),
					Dimension.RESISTANCE),
			true, List.of("mA/cm2", "mA", "C"));
	public static final Expectation CURRENT_OR_RATE = new Expectation("a current density (mA/cm2), a current (mA) or a C-rate (1C)",
			List.of(Dimension.CURRENT_DENSITY, Dimension.CURRENT), true, List.of("mA/cm2", "mA", "C"));
	public static final Expectation VOLTAGE = of("a voltage such as V or mV", List.of(Dimension.VOLTAGE), "V", "mV");
	public static final Expectation FREQUENCY = of("a frequency such as Hz, kHz or MHz", List.of(Dimension.FREQUENCY), "Hz", "kHz", "MHz");
	public static final Expectation AMPLITUDE = of("a voltage (mV) or a current (uA, mA/cm2) amplitude",
			List.of(Dimension.VOLTAGE, Dimension.CURRENT, Dimension.CURRENT_DENSITY), "mV", "uA");
	public static final Expectation TEMPERATURE = of("a temperature such as degC or K", List.of(Dimension.TEMPERATURE), "degC", "K");
	public static final Expectation PRESSURE = of("a pressure such as MPa", List.of(Dimension.PRESSURE), "MPa");
	public static final Expectation LENGTH = of("a length such as um", List.of(Dimension.LENGTH), "um", "nm", "mm");
	public static final Expectation CAPACITY = of("a capacity such as mAh/cm2 or mAh",
			List.of(Dimension.AREAL_CAPACITY, Dimension.CHARGE), "mAh/cm2", "mAh");
	public static final Expectation FRACTION = of("a fraction such as 20 wt% or 0.2", List.of(Dimension.NONE), "wt%", "vol%", "%");
	public static final Expectation NUMBER = of("a plain number", List.of(Dimension.NONE));
	public static final Expectation RATE_OF_VOLTAGE = of("a voltage rate such as mV/s or mV/min",
			List.of(Dimension.VOLTAGE.divide(Dimension.TIME)), "mV/s", "mV/min");

	/** What the quantity must be, from the element and feature that hold it; null where anything goes. */
	public static Expectation at(Quantity q) {
		EObject owner = q.eContainer();
		EStructuralFeature feature = q.eContainingFeature();
		String name = feature == null ? "" : feature.getName();
		if (owner instanceof Limited limited) {
			if (name.equals("duration")) {
				return limited instanceof PlateStrip ? TIME_OR_CAPACITY : TIME;
			}
			if (name.equals("period")) {
				return TIME;
			}
			if (name.equals("temperature")) {
				return TEMPERATURE;
			}
		}
		if (owner instanceof Control && name.equals("value")) {
			return DRIVE;
		}
		if (owner instanceof Hold && name.equals("voltage") || owner instanceof CcCv && name.equals("voltage")) {
			return VOLTAGE;
		}
		if (owner instanceof CcCv) {
			return name.equals("cap") ? TIME : CURRENT_OR_RATE;
		}
		if (owner instanceof PlateStrip) {
			return CURRENT_DENSITY;
		}
		if (owner instanceof CcdRamp) {
			return switch (name) {
			case "perStep" -> TIME_OR_CAPACITY;
			case "rest" -> TIME;
			default -> CURRENT_DENSITY;
			};
		}
		if (owner instanceof Eis) {
			return switch (name) {
			case "amplitude" -> AMPLITUDE;
			case "bias" -> VOLTAGE;
			default -> FREQUENCY;
			};
		}
		if (owner instanceof Environment env) {
			return "pressure".equals(env.getVariable()) ? PRESSURE : TEMPERATURE;
		}
		if (owner instanceof Logging || owner instanceof Every) {
			return TIME;
		}
		if (owner instanceof ShortTerm) {
			return name.equals("drop") ? FRACTION : VOLTAGE;
		}
		if (owner instanceof Comparison comparison && namesVariable(comparison)) {
			return forVariable(comparison.getVariable());
		}
		if (owner instanceof NucleationBarrier) {
			return VOLTAGE;
		}
		if (owner instanceof Fit fit) {
			return Metric.named(fit.getSignal()).map(Expectation::ofMetric).orElse(null);
		}
		if (owner instanceof Expect e) {
			return name.equals("before") ? TIME : Metric.named(e.getMetric()).map(Expectation::ofMetric).orElse(null);
		}
		if (owner instanceof Factor f) {
			return forFactor(f);
		}
		if (owner instanceof FrontModel) {
			return switch (name) {
			case "frameInterval" -> TIME_OR_CAPACITY;
			case "voidFraction", "flawSpread" -> FRACTION;
			default -> LENGTH;
			};
		}
		return null;
	}

	/** What a metric's expected value must be: its dimension, shown in its unit. */
	public static Expectation ofMetric(Metric metric) {
		String unit = metric.unit().isEmpty() ? "a plain number" : metric.unit();
		return new Expectation(metric.dimension().equals(Dimension.NONE) ? "a fraction such as 90 % or a plain number"
				: metric.dimension().describe() + " (" + unit + ")", List.of(metric.dimension()), false,
				metric.unit().isEmpty() ? List.of() : List.of(metric.unit()));
	}

	/**
	 * What a sweep factor's values must be: what the stack property, the material's library value or the
	 * protocol's quantity is (null when the target itself is unknown; the sweep's checks report that).
	 */
	public static Expectation forFactor(Factor factor) {
		if (factor.getTarget() == null) {
			return null; // a syntax error left no target; the parser reports it
		}
		return switch (factor.getTarget()) {
		case StackFactor s when s.getMaterial() != null -> FRACTION;
		case StackFactor s -> {
			Dimension d = s.getProperty() == null ? null : QuantityRules.expectedDimension(s.getProperty());
			yield d == null ? null : new Expectation(d.describe(), List.of(d), false, List.of());
		}
		case MaterialFactor m when m.getMaterial() != null && !m.getMaterial().eIsProxy() -> MaterialValues.value(m.getMaterial(), m.getProperty())
				.map(v -> new Expectation(v.dimension().describe() + ", as the library's " + m.getProperty() + " of " + m.getMaterial().getId() + " ('" + v + "')",
						List.of(v.dimension()), false, List.of(v.unit().toString())))
				.orElse(null);
		case ProtocolFactor p when ProtocolSteps.isCount(p.getStep(), p.getProperty()) -> NUMBER;
		case ProtocolFactor p when SweepDesign.simulation(factor) != null && SweepDesign.simulation(factor).getProtocol() != null
				&& !SweepDesign.simulation(factor).getProtocol().eIsProxy() -> ProtocolSteps
						.written(SweepDesign.simulation(factor).getProtocol(), p.getStep(), p.getProperty()).stream().findFirst().map(Expectation::at).orElse(null);
		default -> null;
		};
	}

	/** Whether the text names the variable ("voltage < 2 V") rather than leaving it to the unit ("2 V"). */
	public static boolean namesVariable(Comparison comparison) {
		return !NodeModelUtils.findNodesForFeature(comparison, StratumPackage.Literals.COMPARISON__VARIABLE).isEmpty();
	}

	public static Expectation forVariable(Variable variable) {
		return switch (variable) {
		case VOLTAGE -> VOLTAGE;
		case CURRENT -> CURRENT_OR_RATE;
		case TIME -> TIME;
		case CAPACITY -> CAPACITY;
		case TEMPERATURE -> TEMPERATURE;
		case DVDT -> RATE_OF_VOLTAGE;
		case CYCLE -> NUMBER;
		};
	}

	private static Expectation of(String description, List<Dimension> dimensions, String... units) {
		return new Expectation(description, dimensions, false, List.of(units));
	}

	/** Null when the quantity fits, else the message: "expected X, got Y". */
	public String check(Quantity q) {
		if (cRateAllowed && Quantities.isCRate(q)) {
			return null;
		}
		Dimension actual;
		try {
			actual = Quantities.dimension(q);
		} catch (UnitException e) {
			return e.getMessage() + "; expected " + description;
		}
		if (dimensions.contains(actual)) {
			return null;
		}
		String unit = Quantities.unitText(q);
		return "expected " + description + ", got " + (unit.isEmpty() ? "a plain number" : actual.describe().replaceFirst(" such as .*", "") + " ('" + unit + "')");
	}
}
