package org.stratum.engine.study;

import java.util.List;

import org.stratum.dsl.study.Metric;
import org.stratum.engine.results.RunMetrics;
import org.stratum.solver.program.Discharge;

/** A metric's value of a run, in SI (a fraction for shares, retention and efficiency); NaN where the run has none. */
public final class MetricValues {

	private MetricValues() {
	}

	/** The metric's value over the whole run. */
	public static double of(Metric metric, RunMetrics m) {
		return of(metric, m, 0);
	}

	/**
	 * The metric's value; for a per-cycle metric, {@code cycle} (1 based) picks that cycle's discharge, 0 the last.
	 */
	public static double of(Metric metric, RunMetrics m, int cycle) {
		List<Discharge> d = m.discharges();
		return switch (metric) {
		case CRITICAL_CURRENT_DENSITY -> m.criticalCurrentDensity();
		case SHORT_TIME -> m.shortTime();
		case END_TIME -> m.endTime();
		case CYCLES -> m.cycles();
		case INITIAL_OVERPOTENTIAL -> m.initialOverpotential();
		case FINAL_OVERPOTENTIAL -> m.finalOverpotential();
		case DISCHARGE_CAPACITY -> discharge(d, cycle) == null ? Double.NaN : discharge(d, cycle).charge();
		case RETENTION -> cycle == 0 ? m.capacityRetention()
				: discharge(d, cycle) == null ? Double.NaN : discharge(d, cycle).charge() / d.get(0).charge();
		case COULOMBIC_EFFICIENCY -> m.meanCoulombicEfficiency();
		case INTERFACIAL_RESISTANCE -> m.impedanceFit().isEmpty() ? Double.NaN : m.impedanceFit().get(m.impedanceFit().size() - 1).interfacial();
		case LI_INSIDE_LAYER -> m.platedShares().insideLayer();
		case LI_INSIDE_ELECTROLYTE -> m.platedShares().insideElectrolyte();
		};
	}

	/** The discharge of that cycle (1 based; 0: the last), or null when the run had none there. */
	private static Discharge discharge(List<Discharge> d, int cycle) {
		if (d.isEmpty() || cycle > d.size()) {
			return null;
		}
		return cycle == 0 ? d.get(d.size() - 1) : d.get(cycle - 1);
	}
}
