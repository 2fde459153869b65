package org.stratum.engine.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A comma-separated table as Stratum writes and reads it (results, measured data): a header row of
 * column names ("Voltage / V", Battery Data Format style), then one row per line; fields may be quoted
 * with {@code "} (a doubled {@code ""} is a quote). Rows shorter than the header are padded with empty
 * fields; longer rows are an error naming the line.
 */
public record CsvTable(List<String> columns, List<List<String>> rows) {

	/** A decimal number as Java and every spreadsheet write it. */
	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

	public CsvTable {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** Reads a UTF-8 file. */
	public static CsvTable read(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader, file.getFileName().toString());
		}
	}

	/** Reads a table; {@code name} is the file name errors are reported with. */
	public static CsvTable parse(Reader in, String name) throws IOException {
		BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
		List<String> header = null;
		List<List<String>> rows = new ArrayList<>();
		int number = 0;
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			List<String> fields = fields(line, ',', name, number);
			if (header == null) {
				header = fields;
				continue;
			}
			if (fields.size() > header.size()) {
				throw new CsvFormatException(name, number, "has " + fields.size() + " fields, the header names " + header.size() + " columns");
			}
			while (fields.size() < header.size()) {
				fields.add("");
			}
			rows.add(fields);
		}
		return new CsvTable(header == null ? List.of() : header, rows);
	}

	/** The fields of one line split at the separator (quotes as above); {@code name} and {@code number} name it in errors. */
	static List<String> fields(String line, char separator, String name, int number) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else if (c == separator) {
				fields.add(field.toString().strip());
				field.setLength(0);
			} else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new CsvFormatException(name, number, "has a quote that is not closed");
		}
		fields.add(field.toString().strip());
		return fields;
	}

	/** The column's values as numbers; NaN where a field is empty or not a number. */
	public double[] numbers(int column) {
		double[] values = new double[rows.size()];
		for (int i = 0; i < values.length; i++) {
			values[i] = number(rows.get(i).get(column));
		}
		return values;
	}

	/** Whether every non-empty field of the column is a number (and at least one is). */
	public boolean isNumeric(int column) {
		boolean any = false;
		for (List<String> row : rows) {
			String field = row.get(column);
			if (field.isEmpty()) {
				continue;
			}
			if (Double.isNaN(number(field))) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static double number(String field) {
		return NUMBER.matcher(field).matches() ? Double.parseDouble(field) : Double.NaN;
	}

	/** A line of a CSV file that cannot be read: file, line and what is wrong. */
	public static final class CsvFormatException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		/** The file name the problem is reported with. */
		private final String file;
		/** The 1-based line of the problem. */
		private final int line;

		public CsvFormatException(String file, int line, String problem) {
			super(file + ":" + line + ": the line " + problem);
			this.file = file;
			this.line = line;
		}

		public String file() {
			return file;
		}

		public int line() {
			return line;
		}
	}
}
