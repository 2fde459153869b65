package org.stratum.dsl.study;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.stratum.model.units.Dimension;
import org.stratum.model.units.Unit;

/**
 * A headline result of a run that a sweep collects or an expectation checks, by the name the language
 * writes ({@code critical_current_density}), with its dimension (expectations are checked against it) and
 * the unit tables and messages show it in.
 */
public enum Metric {
	CRITICAL_CURRENT_DENSITY("critical current density: the CCD step the cell shorted at", Dimension.CURRENT_DENSITY, "mA/cm2", false),
	SHORT_TIME("time from the start of the run to the short (none when the cell did not short)", Dimension.TIME, "h", false),
	END_TIME("simulated time when the run ended", Dimension.TIME, "h", false),
	CYCLES("cycles completed", Dimension.NONE, "", false),
	INITIAL_OVERPOTENTIAL("a symmetric cell's overpotential at its first loaded sample", Dimension.VOLTAGE, "mV", false),
	FINAL_OVERPOTENTIAL("a symmetric cell's overpotential at its last loaded sample before any short", Dimension.VOLTAGE, "mV", false),
	DISCHARGE_CAPACITY("a full cell's discharge capacity: the last discharge, or the one 'after N cycles'", Dimension.AREAL_CAPACITY, "mAh/cm2", true),
	RETENTION("a full cell's capacity retention: the last (or 'after N cycles') discharge over the first", Dimension.NONE, "%", true),
	COULOMBIC_EFFICIENCY("a full cell's mean Coulombic efficiency", Dimension.NONE, "%", false),
	INTERFACIAL_RESISTANCE("the interfacial resistance of the last impedance spectrum (both faces)", Dimension.AREAL_RESISTANCE, "Ohm*cm2", false),
	LI_INSIDE_LAYER("share of the plated Li that went inside the interlayer", Dimension.NONE, "%", false),
	LI_INSIDE_ELECTROLYTE("share of the plated Li that went inside the electrolyte", Dimension.NONE, "%", false);

	/** What the metric is, for hover and messages. */
	private final String description;
	/** The dimension an expectation's value must have. */
	private final Dimension dimension;
	/** The unit tables and messages show the metric in (empty: a plain number). */
	private final String unit;
	/** Whether 'after N cycles' picks one cycle's value. */
	private final boolean perCycle;

	Metric(String description, Dimension dimension, String unit, boolean perCycle) {
		this.description = description;
		this.dimension = dimension;
		this.unit = unit;
		this.perCycle = perCycle;
	}

	/** The name the language writes. */
	public String word() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String description() {
		return description;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** The unit tables and messages show the metric in ("" for a plain number). */
	public String unit() {
		return unit;
	}

	/** The display value of an SI value. */
	public double fromSI(double si) {
		return unit.isEmpty() ? si : Unit.parse(unit).fromSI(si);
	}

	public boolean perCycle() {
		return perCycle;
	}

	/** The metric the language names so, if any. */
	public static Optional<Metric> named(String word) {
		return Arrays.stream(values()).filter(m -> m.word().equals(word)).findFirst();
	}

	/** Every name the language knows, in order. */
	public static List<String> words() {
		return Arrays.stream(values()).map(Metric::word).toList();
	}
}
