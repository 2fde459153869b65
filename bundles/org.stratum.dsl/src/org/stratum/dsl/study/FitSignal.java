package org.stratum.dsl.study;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The measured signals a fit compares with the simulation, point by point, by least squares (a fit may instead
 * compare one {@link Metric}).
 */
public enum FitSignal {
	/** The voltage over time. */
	VOLTAGE("the voltage over time: the simulated voltage at each measured time", List.of(ColumnRole.TIME, ColumnRole.VOLTAGE)),
	/** A full cell's discharge capacity per cycle. */
	CAPACITY("a full cell's discharge capacity per cycle: the k-th measured discharge against the k-th simulated one",
			List.of(ColumnRole.TIME, ColumnRole.CURRENT)),
	/** An impedance spectrum. */
	IMPEDANCE("an impedance spectrum: the run's last simulated spectrum at each measured frequency, weighted by 1/|Z|",
			List.of(ColumnRole.FREQUENCY, ColumnRole.REAL, ColumnRole.IMAGINARY));

	/** What is compared, for hover and messages. */
	private final String description;
	/** The columns the comparison reads (for capacity, a mapped capacity and cycle column replace integrating the current). */
	private final List<ColumnRole> columns;

	FitSignal(String description, List<ColumnRole> columns) {
		this.description = description;
		this.columns = columns;
	}

	/** The name the language writes after 'compare'. */
	public String word() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String description() {
		return description;
	}

	public List<ColumnRole> columns() {
		return columns;
	}

	/** The signal the language names so. */
	public static Optional<FitSignal> named(String word) {
		return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
	}

	/** Every signal's word, in order. */
	public static List<String> words() {
		return Arrays.stream(values()).map(FitSignal::word).toList();
	}
}
