package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stratum.dsl.stratum.DataColumn;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.dsl.study.FitSignals;
import org.stratum.engine.results.ColumnMapping;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.engine.results.MeasuredColumn;
import org.stratum.engine.results.MeasuredTable;
import org.stratum.engine.results.ResultsFormatException;

/**
 * A fit's data file as the fit maps it: each column the fit writes ({@code column current = "I/mA" in mA;}), and
 * for the others the column its format names by default.
 */
final class FitData {

	private final Fit fit;
	private final Path file;
	private final CyclerFormat format;

	private FitData(Fit fit, Path file, CyclerFormat format) {
		this.fit = fit;
		this.file = file;
		this.format = format;
	}

	/** The fit's data file and format. */
	static FitData of(Fit fit) throws IOException {
		Path file = FitSignals.dataFile(fit).orElseThrow(() -> new IOException("fit " + fit.getName() + " names no data file it can read"));
		return new FitData(fit, file, CyclerFormat.valueOf(FitSignals.format(fit).toUpperCase(Locale.ROOT)));
	}

	Path file() {
		return file;
	}

	/** Whether the fit writes this column itself. */
	boolean maps(ColumnRole role) {
		return written(role).isPresent();
	}

	/** The columns' values in SI, one array per role in the order asked. */
	double[][] read(ColumnRole... roles) throws IOException {
		List<MeasuredColumn> columns = new ArrayList<>();
		for (ColumnRole role : roles) {
			columns.add(column(role));
		}
		return MeasuredTable.read(file, format, columns);
	}

	/** The column the fit writes for a role, or its format's default. */
	private MeasuredColumn column(ColumnRole role) throws ResultsFormatException {
		Optional<DataColumn> written = written(role);
		if (written.isPresent()) {
			DataColumn c = written.get();
			return MeasuredColumn.of(file, role.word(), c.getHeader(), c.isClock() ? ColumnMapping.CLOCK : c.getUnit(), role.dimension(), c.isInverted());
		}
		ColumnMapping d = format.defaults();
		Optional<CyclerFormat.SpectrumColumns> s = format.spectrum();
		return switch (role) {
		case TIME -> MeasuredColumn.of(file, role.word(), d.time(), d.timeUnit(), role.dimension(), false);
		case VOLTAGE -> MeasuredColumn.of(file, role.word(), d.voltage(), d.voltageUnit(), role.dimension(), false);
		case CURRENT -> MeasuredColumn.of(file, role.word(), d.current(), d.currentUnit(), role.dimension(), d.invertCurrent());
		case CYCLE -> new MeasuredColumn(role.word(), d.cycle(), null, false, false);
		case FREQUENCY -> s.map(c -> new MeasuredColumn(role.word(), c.frequency(), null, false, false)).orElseThrow(() -> unmapped(role));
		case REAL -> s.map(c -> new MeasuredColumn(role.word(), c.real(), null, false, false)).orElseThrow(() -> unmapped(role));
		case IMAGINARY -> s.map(c -> new MeasuredColumn(role.word(), c.imaginary(), null, false, c.imaginaryInverted())).orElseThrow(() -> unmapped(role));
		case CAPACITY -> throw unmapped(role);
		};
	}

	private ResultsFormatException unmapped(ColumnRole role) {
		return new ResultsFormatException(file.toString(), "is read as " + format.label() + ", which names no " + role.word() + " column by default; write 'column "
				+ role.word() + " = \"<header>\" in " + role.example() + ";' in fit " + fit.getName());
	}

	private Optional<DataColumn> written(ColumnRole role) {
		return fit.getColumns().stream().filter(c -> role.word().equals(c.getRole())).findFirst();
	}
}
