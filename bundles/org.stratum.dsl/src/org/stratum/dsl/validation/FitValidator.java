package org.stratum.dsl.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.stratum.dsl.stratum.DataColumn;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.dsl.study.FitSignal;
import org.stratum.dsl.study.FitSignals;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.model.units.Unit;
import org.stratum.model.units.UnitException;

/**
 * Validation of fits: bounds on what they vary, what they compare (a signal with its data, or a metric with its
 * measured value), the data file and format, and each mapped data column (a column the fit reads, a unit of its kind,
 * 'clock' and 'inverted' only where they mean something, no column mapped twice).
 */
public class FitValidator extends ComposedValidator {

	@Check
	public void checkBounds(Fit fit) {
		for (Factor f : fit.getFactors()) {
			if (!SweepDesign.isRange(f)) {
				error("a fitted quantity needs bounds: 'from A to B' (add 'log' for one that spans decades)", f, StratumPackage.Literals.FACTOR__VALUES,
						StratumIssueCodes.BAD_RANGE);
			}
		}
	}

	/** A signal needs its data file in a known format; a metric its measured value. */
	@Check
	public void checkCompared(Fit fit) {
		if (fit.getSignal() == null) {
			return;
		}
		Optional<FitSignal> signal = FitSignal.named(fit.getSignal());
		if (signal.isPresent()) {
			if (fit.getData() == null) {
				error("comparing the " + fit.getSignal() + " needs the measured data: add 'data \"file.csv\";'", fit, StratumPackage.Literals.FIT__SIGNAL,
						StratumIssueCodes.BAD_FIT);
			} else if (!FitSignals.dataFile(fit).map(java.nio.file.Files::isRegularFile).orElse(true)) {
				error("no such data file: " + FitSignals.dataFile(fit).orElseThrow(), fit, StratumPackage.Literals.FIT__DATA, StratumIssueCodes.BAD_FIT);
			} else if (fit.getFormat() != null && !FitSignals.FORMATS.contains(fit.getFormat())) {
				error("unknown data format '" + fit.getFormat() + "'; known: " + String.join(", ", FitSignals.FORMATS), fit, StratumPackage.Literals.FIT__FORMAT,
						StratumIssueCodes.BAD_FIT);
			} else if (signal.get() == FitSignal.IMPEDANCE && !FitSignals.SPECTRUM_FORMATS.contains(FitSignals.format(fit))) {
				List<String> missing = signal.get().columns().stream().filter(c -> mapped(fit).stream().noneMatch(m -> m == c))
						.map(ColumnRole::word).toList();
				if (!missing.isEmpty()) {
					error("format " + FitSignals.format(fit) + " names no impedance columns: write 'column " + missing.get(0)
							+ " = \"<header>\" in <unit>;' for " + String.join(", ", missing), fit, StratumPackage.Literals.FIT__SIGNAL,
							StratumIssueCodes.BAD_FIT);
				}
			}
			if (signal.get() == FitSignal.IMPEDANCE && fit.getSimulation() != null && fit.getSimulation().getProtocol() != null
					&& !org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(fit.getSimulation().getProtocol(), org.stratum.dsl.stratum.Eis.class).iterator().hasNext()) {
				error("protocol " + fit.getSimulation().getProtocol().getName() + " takes no impedance spectrum to compare: add an 'eis' step", fit,
						StratumPackage.Literals.FIT__SIGNAL, StratumIssueCodes.BAD_FIT);
			}
			if (fit.getMeasured() != null) {
				error("a measured " + fit.getSignal() + " comes from the data file; '= value' is for a metric", fit, StratumPackage.Literals.FIT__MEASURED,
						StratumIssueCodes.BAD_FIT);
			}
			return;
		}
		if (Metric.named(fit.getSignal()).isEmpty()) {
			List<String> known = new ArrayList<>(FitSignal.words());
			known.addAll(Metric.words());
			error("a fit compares " + String.join(", ", FitSignal.words()) + " or a metric; '" + fit.getSignal() + "' is none of them (known: "
					+ String.join(", ", known) + ")", fit, StratumPackage.Literals.FIT__SIGNAL, StratumIssueCodes.UNKNOWN_METRIC,
					StratumLinkingMessages.closest(fit.getSignal(), known).toArray(new String[0]));
		} else if (fit.getMeasured() == null) {
			error("comparing a metric needs its measured value: 'compare " + fit.getSignal() + " = <value>;'", fit, StratumPackage.Literals.FIT__SIGNAL,
					StratumIssueCodes.BAD_FIT);
		}
	}

	/** Each mapped column: one the fit reads, with a unit of its kind (none for a plain number), mapped once. */
	@Check
	public void checkColumn(DataColumn column) {
		Optional<ColumnRole> role = ColumnRole.named(column.getRole());
		if (role.isEmpty()) {
			List<String> known = ColumnRole.words();
			error("a fit reads no column '" + column.getRole() + "'; known: " + String.join(", ", known), column, StratumPackage.Literals.DATA_COLUMN__ROLE,
					StratumIssueCodes.BAD_DATA_COLUMN, StratumLinkingMessages.closest(column.getRole(), known).toArray(new String[0]));
			return;
		}
		ColumnRole c = role.get();
		if (column.isClock() && !c.clock()) {
			error("only the time may be clock text (h:mm:ss); the " + c.word() + " column holds numbers", column, StratumPackage.Literals.DATA_COLUMN__CLOCK,
					StratumIssueCodes.BAD_DATA_COLUMN);
		}
		if (column.isInverted() && !c.invertible()) {
			error("only the current and the imaginary part may be inverted", column, StratumPackage.Literals.DATA_COLUMN__INVERTED,
					StratumIssueCodes.BAD_DATA_COLUMN);
		}
		if (column.getUnit() != null) {
			unit(column, c);
		} else if (!column.isClock() && !c.unitless()) {
			error("the " + c.word() + " column needs its unit: 'in <unit>'" + (c.clock() ? " or 'clock'" : ""), column, StratumPackage.Literals.DATA_COLUMN__HEADER,
					StratumIssueCodes.BAD_DATA_COLUMN);
		}
		if (column.eContainer() instanceof Fit fit && fit.getColumns().stream().filter(o -> column.getRole().equals(o.getRole())).findFirst().get() != column) {
			error("the " + c.word() + " column is mapped twice", column, StratumPackage.Literals.DATA_COLUMN__ROLE, StratumIssueCodes.BAD_DATA_COLUMN);
		}
	}

	private void unit(DataColumn column, ColumnRole c) {
		if (c.unitless()) {
			error("the " + c.word() + " column holds plain numbers; write no unit", column, StratumPackage.Literals.DATA_COLUMN__UNIT,
					StratumIssueCodes.BAD_DATA_COLUMN);
			return;
		}
		try {
			Unit unit = Unit.parse(column.getUnit());
			if (!unit.dimension().equals(c.dimension())) {
				error("'" + column.getUnit() + "' is not a unit of " + c.word() + " (such as " + c.example() + ")", column, StratumPackage.Literals.DATA_COLUMN__UNIT,
						StratumIssueCodes.BAD_DATA_COLUMN);
			}
		} catch (UnitException e) {
			error("unknown unit '" + column.getUnit() + "': " + e.getMessage(), column, StratumPackage.Literals.DATA_COLUMN__UNIT, StratumIssueCodes.BAD_DATA_COLUMN);
		}
	}

	private static Set<ColumnRole> mapped(Fit fit) {
		Set<ColumnRole> mapped = EnumSet.noneOf(ColumnRole.class);
		fit.getColumns().forEach(c -> ColumnRole.named(c.getRole()).ifPresent(mapped::add));
		return mapped;
	}
}
