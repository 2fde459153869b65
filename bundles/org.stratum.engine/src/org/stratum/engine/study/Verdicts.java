package org.stratum.engine.study;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.study.Metric;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.Verdict;
import org.stratum.solver.program.FailureMode;

/** Judges a run's metrics against the expectations of its simulation or sweep: a {@link Verdict} for each. */
public final class Verdicts {

	private Verdicts() {
	}

	/** The verdict of every expectation, in order. */
	public static List<Verdict> of(List<Expect> expectations, RunMetrics metrics) {
		List<Verdict> verdicts = new ArrayList<>();
		for (Expect e : expectations) {
			verdicts.add(of(e, metrics));
		}
		return verdicts;
	}

	/** The verdict of one expectation on a run's metrics. */
	public static Verdict of(Expect e, RunMetrics m) {
		String text = text(e);
		if (e.isNoShort()) {
			double before = Quantities.si(e.getBefore());
			if (Double.isFinite(m.shortTime())) {
				return new Verdict(text, m.shortTime() >= before, "short at " + hours(m.shortTime()));
			}
			if (m.failure() != FailureMode.NONE) {
				return new Verdict(text, m.endTime() >= before,
						"no short; " + m.failure().words() + " at " + hours(m.endTime()));
			}
			return new Verdict(text, m.endTime() >= before, "no short in the " + hours(m.endTime()) + " simulated");
		}
		Metric metric = Metric.named(e.getMetric()).orElseThrow(() -> new IllegalArgumentException("unknown metric " + e.getMetric()));
		double value = MetricValues.of(metric, m, (int) e.getCycles());
		if (!Double.isFinite(value)) {
			return new Verdict(text, false, "no value (" + why(metric, e) + ")");
		}
		double bound = Quantities.si(e.getValue());
		boolean passed = switch (e.getOperator()) {
		case LT -> value < bound;
		case LE -> value <= bound;
		case GT -> value > bound;
		case GE -> value >= bound;
		};
		String unit = metric.unit();
		return new Verdict(text, passed, org.stratum.model.units.Quantity.number(round(metric.fromSI(value))) + (unit.isEmpty() ? "" : " " + unit));
	}

	/** Why a run has no value of a metric, as a modeller reads it. */
	private static String why(Metric metric, Expect e) {
		return switch (metric) {
		case CRITICAL_CURRENT_DENSITY -> "the cell did not short during the ramp";
		case SHORT_TIME -> "the cell did not short";
		case DISCHARGE_CAPACITY, RETENTION, COULOMBIC_EFFICIENCY -> e.getCycles() > 0 ? "the run has no discharge " + (long) e.getCycles() : "the run has no discharges";
		case INITIAL_OVERPOTENTIAL, FINAL_OVERPOTENTIAL -> "no current flowed, or the cell is a full cell";
		case INTERFACIAL_RESISTANCE -> "the protocol measures no impedance";
		default -> "the run gives none";
		};
	}

	/** A time in hours as a user reads it ("500 h", "3.972 h"). */
	private static String hours(double seconds) {
		return org.stratum.model.units.Quantity.number(round(ResultUnits.HOUR.fromSI(seconds))) + " h";
	}

	/** Four significant figures, enough to compare with a bound written by hand. */
	private static double round(double v) {
		return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
	}

	/** The expectation as its file writes it. */
	public static String text(Expect e) {
		var node = NodeModelUtils.findActualNodeFor(e);
		return node == null ? "expect " + e.getMetric() : NodeModelUtils.getTokenText(node).replaceAll(";$", "");
	}
}
