package org.stratum.engine.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A run's time series as read from {@code timeseries.bdf.csv}: one array of SI values per {@link SeriesColumn}
 * (NaN where a field is empty, all NaN for a column the file lacks). Read as numbers line by line, so that a
 * run of a million samples costs a few arrays, not a table of strings.
 */
public final class RunSeries {

	/** The file's name in a results folder. */
	public static final String FILE = "timeseries.bdf.csv";

	/** Values per column, each {@link #size} long. */
	private final Map<SeriesColumn, double[]> columns;
	/** Number of samples. */
	private final int size;

	private RunSeries(Map<SeriesColumn, double[]> columns, int size) {
		this.columns = columns;
		this.size = size;
	}

	/** Reads a time series file. */
	public static RunSeries read(Path file) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String header = in.readLine();
			if (header == null) {
				throw new ResultsFormatException(file.toString(), "is empty; a time series starts with a header line");
			}
			List<String> names = Arrays.stream(header.split(",", -1)).map(String::strip).toList();
			int[] index = new int[SeriesColumn.values().length];
			for (SeriesColumn c : SeriesColumn.values()) {
				index[c.ordinal()] = names.indexOf(c.header());
			}
			if (index[SeriesColumn.TIME.ordinal()] < 0) {
				throw new ResultsFormatException(file.toString(), "has no column \"" + SeriesColumn.TIME.header() + "\"");
			}
			double[][] values = new double[SeriesColumn.values().length][1024];
			int n = 0;
			int lineNumber = 1;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				String[] fields = line.split(",", -1);
				if (n == values[0].length) {
					for (int c = 0; c < values.length; c++) {
						values[c] = Arrays.copyOf(values[c], 2 * n);
					}
				}
				for (int c = 0; c < values.length; c++) {
					values[c][n] = index[c] < 0 || index[c] >= fields.length ? Double.NaN : number(fields[index[c]], file, lineNumber);
				}
				n++;
			}
			Map<SeriesColumn, double[]> columns = new EnumMap<>(SeriesColumn.class);
			for (SeriesColumn c : SeriesColumn.values()) {
				columns.put(c, Arrays.copyOf(values[c.ordinal()], n));
			}
			return new RunSeries(columns, n);
		}
	}

	private static double number(String field, Path file, int line) throws ResultsFormatException {
		String f = field.strip();
		if (f.isEmpty()) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(f);
		} catch (NumberFormatException e) {
			throw new ResultsFormatException(file + ":" + line, "has \"" + f + "\" where a number was expected");
		}
	}

	/** The column's values (a copy). */
	public double[] values(SeriesColumn column) {
		return columns.get(column).clone();
	}

	/** One value of a column. */
	public double value(SeriesColumn column, int sample) {
		return columns.get(column)[sample];
	}

	/** Number of samples. */
	public int size() {
		return size;
	}
}
