package org.stratum.engine.study;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.results.ResultsWriter;

/**
 * {@code sweep.csv}: one row per point with its inputs (each factor in the unit its sweep writes), how it ended,
 * its metrics (each in its unit, named in the header) and whether it met each expectation. Written from the
 * points' folders, so a sweep run here and one run as a Slurm array give the same table.
 */
public final class SweepTable {

	public static final String FILE = "sweep.csv";

	private SweepTable() {
	}

	/** The metrics a sweep collects: those it names, or every metric when it names none. */
	public static List<Metric> metrics(Sweep sweep) {
		if (sweep.getMetrics().isEmpty()) {
			return List.of(Metric.values());
		}
		return sweep.getMetrics().stream().map(m -> Metric.named(m).orElseThrow(() -> new IllegalArgumentException("unknown metric " + m))).toList();
	}

	/** The header: point, factors, state, failure, reason, metrics, expectations. */
	public static List<String> header(Sweep sweep) {
		List<String> columns = new ArrayList<>();
		columns.add("point");
		for (Factor f : sweep.getFactors()) {
			String unit = SweepDesign.unit(f);
			columns.add(SweepDesign.label(f) + (unit.isEmpty() ? "" : " / " + unit));
		}
		columns.add("state");
		columns.add("failure");
		columns.add("reason");
		for (Metric m : metrics(sweep)) {
			columns.add(m.word() + (m.unit().isEmpty() ? "" : " / " + m.unit()));
		}
		for (Expect e : sweep.getExpectations()) {
			columns.add(Verdicts.text(e));
		}
		return columns;
	}

	/** Writes sweep.csv into the folder (beside, then renamed: a reader never sees half a table). */
	public static Path write(SweepFolder folder, Sweep sweep, List<SweepDesign.Point> points, List<PointResult> results) throws IOException {
		Path file = folder.root().resolve(FILE);
		Path temp = Files.createTempFile(folder.root(), ".sweep-", ".csv");
		List<Metric> metrics = metrics(sweep);
		try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
			w.write(String.join(",", header(sweep).stream().map(SweepTable::quoted).toList()) + "\n");
			for (int i = 0; i < points.size(); i++) {
				w.write(row(sweep, metrics, points.get(i), results.get(i)));
			}
		}
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		return file;
	}

	private static String row(Sweep sweep, List<Metric> metrics, SweepDesign.Point point, PointResult result) {
		StringBuilder row = new StringBuilder().append(point.index());
		for (int f = 0; f < sweep.getFactors().size(); f++) {
			row.append(',').append(number(point.values().get(f).in(SweepDesign.unit(sweep.getFactors().get(f)))));
		}
		row.append(',').append(result.state().word());
		row.append(',').append(result.summary() == null ? "" : result.summary().metrics().failure().label());
		row.append(',').append(quoted(result.reason()));
		for (Metric m : metrics) {
			row.append(',').append(result.summary() == null ? "" : number(m.fromSI(MetricValues.of(m, result.summary().metrics()))));
		}
		for (Expect e : sweep.getExpectations()) {
			row.append(',').append(result.summary() == null ? "" : Verdicts.of(e, result.summary().metrics()).word());
		}
		return row.append('\n').toString();
	}

	/** A number as sweep.csv writes it (6 significant figures); nothing for a value the run has not. */
	private static String number(double v) {
		return ResultsWriter.row(v).trim();
	}

	/** A text field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
	static String quoted(String text) {
		if (text == null) {
			return "";
		}
		return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"").replace("\n", " ") + "\"" : text;
	}
}
