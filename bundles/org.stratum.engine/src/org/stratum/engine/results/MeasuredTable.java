package org.stratum.engine.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.LineNumberReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads chosen columns of a cycler's export (CSV, or an EC-Lab text export with its header block) into SI. Errors
 * name the file, the line and the column and say what was expected.
 */
public final class MeasuredTable {

	private MeasuredTable() {
	}

	/** The columns' values in SI, one array per column in the order asked, one value per data line. */
	public static double[][] read(Path file, CyclerFormat format, List<MeasuredColumn> columns) throws IOException {
		try (LineNumberReader in = new LineNumberReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			String header = header(in, file);
			int lineNumber = in.getLineNumber();
			List<String> names = fields(header, format, file, lineNumber);
			int[] index = new int[columns.size()];
			for (int k = 0; k < index.length; k++) {
				index[k] = column(file, lineNumber, names, columns.get(k));
			}
			double[][] values = new double[columns.size()][1024];
			int size = 0;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				lineNumber++;
				if (line.isBlank()) {
					continue;
				}
				List<String> fields = fields(line, format, file, lineNumber);
				String where = file + ":" + lineNumber;
				if (size == values[0].length) {
					for (int k = 0; k < values.length; k++) {
						values[k] = Arrays.copyOf(values[k], 2 * size);
					}
				}
				for (int k = 0; k < index.length; k++) {
					values[k][size] = value(fields, index[k], columns.get(k), where, names);
				}
				size++;
			}
			if (size == 0) {
				throw new ResultsFormatException(file.toString(), "has a header but no data lines");
			}
			for (int k = 0; k < values.length; k++) {
				values[k] = Arrays.copyOf(values[k], size);
			}
			return values;
		}
	}

	/** The column names of a cycler export, for mapping them. */
	public static List<String> columns(Path file, CyclerFormat format) throws IOException {
		try (LineNumberReader in = new LineNumberReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
			return fields(header(in, file), format, file, in.getLineNumber());
		}
	}

	private static double value(List<String> fields, int index, MeasuredColumn column, String where, List<String> names) throws ResultsFormatException {
		double value;
		if (column.clock()) {
			value = clock(field(fields, index, where, names), where);
		} else {
			double number = number(fields, index, where, names);
			value = column.unit() == null ? number : column.unit().toSI(number);
		}
		return column.inverted() ? -value : value;
	}

	/** A line's fields; a quote left open is this file's format problem, named like the others. */
	private static List<String> fields(String line, CyclerFormat format, Path file, int number) throws ResultsFormatException {
		try {
			return CsvTable.fields(line, format.separator(), file.toString(), number);
		} catch (CsvTable.CsvFormatException e) {
			throw new ResultsFormatException(file + ":" + number, "has a quote that is not closed");
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

	private static int column(Path file, int line, List<String> names, MeasuredColumn column) throws ResultsFormatException {
		int index = names.indexOf(column.header());
		if (index < 0) {
			throw new ResultsFormatException(file + ":" + line, "has no column \"" + column.header() + "\" for " + column.quantity() + "; its columns are " + names);
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
}
