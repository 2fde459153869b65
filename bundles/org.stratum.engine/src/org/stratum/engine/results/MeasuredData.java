package org.stratum.engine.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.stratum.model.units.Dimension;
import org.stratum.model.units.Unit;
import org.stratum.model.units.UnitException;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;
import org.stratum.solver.program.RunResult;

/**
 * Measured cycler data in SI (time s, voltage V, current A, cycle number): read from a cycler's export with a
 * {@link ColumnMapping}, and written as a results-like folder ({@code timeseries.bdf.csv}, {@code summary.json}
 * with model "measured", {@code run.log}) that the results editor opens and compares with simulated runs.
 *
 * @param source the file it was read from
 * @param time s per sample
 * @param voltage V per sample
 * @param current A per sample, positive charging (Stratum's sign)
 * @param cycle cycle number per sample (NaN when the file has none)
 */
public record MeasuredData(Path source, double[] time, double[] voltage, double[] current, double[] cycle) {

	/** What an import writes into run.log and summary.json's notes. */
	public static final String MODEL = "measured";

	/** Reads a cycler export. Errors name the file, line and column and what was expected. */
	public static MeasuredData read(Path file, CyclerFormat format, ColumnMapping mapping) throws IOException {
		Unit voltageUnit = unit(file, mapping.voltageUnit(), Dimension.VOLTAGE, "voltage");
		Unit currentUnit = unit(file, mapping.currentUnit(), Dimension.CURRENT, "current");
		Unit timeUnit = ColumnMapping.CLOCK.equals(mapping.timeUnit()) ? null : unit(file, mapping.timeUnit(), Dimension.TIME, "time");
		try (LineNumberReader in = new LineNumberReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			String header = header(in, file);
			int lineNumber = in.getLineNumber();
			List<String> names = fields(header, format, file, lineNumber);
			int t = column(file, lineNumber, names, mapping.time(), "time");
			int v = column(file, lineNumber, names, mapping.voltage(), "voltage");
			int i = column(file, lineNumber, names, mapping.current(), "current");
			int c = mapping.cycle() == null || mapping.cycle().isBlank() ? -1 : column(file, lineNumber, names, mapping.cycle(), "cycle");
			Columns columns = new Columns();
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				List<String> fields = fields(line, format, file, lineNumber);
				String where = file + ":" + lineNumber;
				double seconds = timeUnit == null ? clock(field(fields, t, where, names), where) : timeUnit.toSI(number(fields, t, where, names));
				double amps = currentUnit.toSI(number(fields, i, where, names));
				columns.add(seconds, voltageUnit.toSI(number(fields, v, where, names)), mapping.invertCurrent() ? -amps : amps,
						c < 0 ? Double.NaN : number(fields, c, where, names));
			}
			if (columns.size == 0) {
				throw new ResultsFormatException(file.toString(), "has a header but no data lines");
			}
			return columns.data(file);
		}
	}

	/** A line's fields; a quote left open is this file's format problem, named like the others. */
	private static List<String> fields(String line, CyclerFormat format, Path file, int number) throws ResultsFormatException {
		try {
			return CsvTable.fields(line, format.separator(), file.toString(), number);
		} catch (CsvTable.CsvFormatException e) {
			throw new ResultsFormatException(file + ":" + number, "has a quote that is not closed");
		}
	}

	/** The column names of a cycler export, for mapping them. */
	public static List<String> columns(Path file, CyclerFormat format) throws IOException {
		try (LineNumberReader in = new LineNumberReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			return fields(header(in, file), format, file, in.getLineNumber());
		}
	}

	/**
	 * Reads up to and including the header line: the first line, or for an EC-Lab text export the last line of its
	 * header block ("Nb header lines : N" counts the header itself).
	 */
	private static String header(BufferedReader in, Path file) throws IOException {
		String header = in.readLine();
		if (header != null && header.startsWith("EC-Lab ASCII FILE")) {
			String count = in.readLine();
			int lines = count == null ? 0 : Integer.parseInt("0" + count.replaceAll("\\D+", ""));
			for (int line = 2; line < lines; line++) {
				header = in.readLine();
			}
		}
		if (header == null) {
			throw new ResultsFormatException(file.toString(), "is empty; a header line naming the columns was expected");
		}
		return header;
	}

	/** Growing columns while reading. */
	private static final class Columns {
		double[][] values = new double[4][1024];
		int size;

		void add(double... row) {
			if (size == values[0].length) {
				for (int k = 0; k < values.length; k++) {
					values[k] = Arrays.copyOf(values[k], 2 * size);
				}
			}
			for (int k = 0; k < values.length; k++) {
				values[k][size] = row[k];
			}
			size++;
		}

		MeasuredData data(Path file) {
			return new MeasuredData(file, Arrays.copyOf(values[0], size), Arrays.copyOf(values[1], size), Arrays.copyOf(values[2], size),
					Arrays.copyOf(values[3], size));
		}
	}

	private static Unit unit(Path file, String text, Dimension dimension, String quantity) throws ResultsFormatException {
		try {
			Unit unit = Unit.parse(text);
			if (!unit.dimension().equals(dimension)) {
				throw new ResultsFormatException(file.toString(), "is mapped with '" + text + "' for " + quantity + ", which is not a unit of " + quantity);
			}
			return unit;
		} catch (UnitException e) {
			throw new ResultsFormatException(file.toString(), "is mapped with a " + quantity + " unit Stratum cannot read: " + e.getMessage());
		}
	}

	private static int column(Path file, int line, List<String> names, String name, String quantity) throws ResultsFormatException {
		int index = names.indexOf(name);
		if (index < 0) {
			throw new ResultsFormatException(file + ":" + line, "has no column \"" + name + "\" for " + quantity + "; its columns are " + names);
		}
		return index;
	}

	private static String field(List<String> fields, int index, String where, List<String> names) throws ResultsFormatException {
		if (index >= fields.size() || fields.get(index).isEmpty()) {
			throw new ResultsFormatException(where, "has no value in column \"" + names.get(index) + "\"");
		}
		return fields.get(index);
	}

	private static double number(List<String> fields, int index, String where, List<String> names) throws ResultsFormatException {
		String text = field(fields, index, where, names);
		try {
			return Double.parseDouble(text.indexOf('.') < 0 ? text.replace(',', '.') : text); // EC-Lab writes decimal commas in some locales
		} catch (NumberFormatException e) {
			throw new ResultsFormatException(where, "has \"" + text + "\" in column \"" + names.get(index) + "\" where a number was expected");
		}
	}

	/** Seconds of clock text: [d-]h:mm:ss[.s]. */
	static double clock(String text, String where) throws ResultsFormatException {
		String rest = text;
		double days = 0;
		int dash = rest.indexOf('-');
		try {
			if (dash > 0) {
				days = Double.parseDouble(rest.substring(0, dash));
				rest = rest.substring(dash + 1);
			}
			String[] parts = rest.split(":");
			double seconds = 0;
			for (String part : parts) {
				seconds = 60 * seconds + Double.parseDouble(part);
			}
			if (parts.length < 2 || parts.length > 3) {
				throw new NumberFormatException(text);
			}
			return days * 86400 + seconds;
		} catch (NumberFormatException e) {
			throw new ResultsFormatException(where, "has \"" + text + "\" where a clock time h:mm:ss was expected");
		}
	}

	/**
	 * The discharges of the data: each unbroken run of samples with negative current (Stratum's sign) is one, its
	 * charge the trapezoidal integral of |j| dt, with the charge put in since the previous discharge, as the executor
	 * counts a simulated run's discharges.
	 */
	static List<Discharge> discharges(RunSeries series) {
		List<Discharge> discharges = new ArrayList<>();
		double charged = 0;
		double out = 0;
		int samples = 0;
		for (int k = 0; k < series.size(); k++) {
			double j = series.value(SeriesColumn.CURRENT_DENSITY, k);
			double dt = k == 0 ? 0 : series.value(SeriesColumn.TIME, k) - series.value(SeriesColumn.TIME, k - 1);
			double previous = k == 0 ? 0 : series.value(SeriesColumn.CURRENT_DENSITY, k - 1);
			if (j < 0) {
				out += previous < 0 ? 0.5 * (Math.abs(j) + Math.abs(previous)) * dt : 0;
				samples++;
			} else {
				if (samples > 0) {
					discharges.add(new Discharge((int) series.value(SeriesColumn.CYCLE, k - 1), Double.NaN, out, MODEL, charged));
					charged = 0;
				}
				out = 0;
				samples = 0;
				charged += j > 0 && previous > 0 ? 0.5 * (j + previous) * dt : 0;
			}
		}
		if (samples > 0) {
			discharges.add(new Discharge((int) series.value(SeriesColumn.CYCLE, series.size() - 1), Double.NaN, out, MODEL, charged));
		}
		return discharges;
	}

	/**
	 * Writes the data as {@code <outRoot>/<name>/} (replacing a previous import of that name), for a cell of this
	 * area (m2), and returns the folder.
	 */
	public Path write(Path outRoot, String name, double area) throws IOException {
		Files.createDirectories(outRoot);
		Path folder = outRoot.resolve(name);
		Path temp = Files.createTempDirectory(outRoot, "." + name + "-");
		try {
			try (Writer w = Files.newBufferedWriter(temp.resolve(RunSeries.FILE), StandardCharsets.UTF_8)) {
				w.write(String.join(",", SeriesColumn.TIME.header(), SeriesColumn.VOLTAGE.header(), SeriesColumn.CURRENT.header(),
						SeriesColumn.CYCLE.header(), SeriesColumn.CURRENT_DENSITY.header()) + "\n");
				for (int k = 0; k < time.length; k++) {
					w.write(ResultsWriter.row(time[k], voltage[k], current[k], cycle[k], current[k] / area));
				}
			}
			RunSeries series = RunSeries.read(temp.resolve(RunSeries.FILE));
			List<Discharge> discharges = discharges(series);
			double cycles = Arrays.stream(cycle).filter(Double::isFinite).max().orElse(0);
			RunMetrics metrics = new RunMetrics(Double.NaN, Double.NaN, (int) cycles, time[time.length - 1] - time[0], FailureMode.NONE, Double.NaN, Double.NaN,
					new RunMetrics.PlatedShares(0, 0, 0, 0), discharges,
					discharges.isEmpty() ? Double.NaN : discharges.get(discharges.size() - 1).charge() / discharges.get(0).charge(),
					discharges.stream().mapToDouble(Discharge::coulombicEfficiency).filter(Double::isFinite).average().orElse(Double.NaN), List.of());
			String note = "measured data imported from " + source + " (" + time.length + " samples, cell area "
					+ Unit.parse("cm2").fromSI(area) + " cm2)";
			RunSummary summary = new RunSummary(name, source.getFileName().toString(), MODEL, MODEL, RunResult.Status.COMPLETED, note, false, metrics, null,
					List.of(RunSummary.InputFile.hashed(source)), org.stratum.engine.SimulationRunner.VERSION, System.getProperty("java.version"),
					List.of(note));
			Files.writeString(temp.resolve(SummaryJson.FILE), SummaryJson.write(summary), StandardCharsets.UTF_8);
			Files.writeString(temp.resolve("run.log"), note + "\n", StandardCharsets.UTF_8);
			ResultsWriter.replace(temp, folder);
		} catch (IOException | RuntimeException e) {
			ResultsWriter.delete(temp);
			throw e;
		}
		return folder;
	}
}
