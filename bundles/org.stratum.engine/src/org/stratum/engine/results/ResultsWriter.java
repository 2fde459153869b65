package org.stratum.engine.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.stratum.solver.program.Recorder.Sample;

/**
 * Writes a run's folder atomically: everything goes into a temporary folder beside the target, which
 * then replaces {@code <out>/<simulation>/} in one rename. Files: {@code timeseries.bdf.csv} (Battery Data
 * Format columns plus Stratum's), {@code impedance.csv}, {@code summary.json}, {@code plots/voltage.png},
 * {@code run.log}.
 */
public final class ResultsWriter {

	/** BDF columns ("Quantity / Unit", SI) then Stratum's own, in the order of {@link SeriesColumn}. */
	public static final List<String> COLUMNS = java.util.Arrays.stream(SeriesColumn.values()).map(SeriesColumn::header).toList();

	/** Columns of impedance.csv: the Nyquist and the Bode form of each point. */
	public static final String IMPEDANCE_HEADER = "Test Time / s,Frequency / Hz,Re Z / Ohm,Im Z / Ohm,Modulus Z / Ohm,Phase Z / deg";

	private ResultsWriter() {
	}

	/** What a model writes into a results folder besides the files every run has (the front model's fields). */
	@FunctionalInterface
	public interface Extra {
		void writeInto(Path folder) throws IOException;
	}

	public static Path write(Path outRoot, RunSummary summary, TimeSeries series, double area, double temperatureC, List<String> log)
			throws IOException {
		return write(outRoot, summary, series, area, temperatureC, log, folder -> {
		});
	}

	public static Path write(Path outRoot, RunSummary summary, TimeSeries series, double area, double temperatureC, List<String> log, Extra extra)
			throws IOException {
		return write(outRoot, new Layout(summary.simulation(), true), summary, series, area, temperatureC, log, extra);
	}

	/**
	 * Where a run's folder goes and what it holds.
	 *
	 * @param folder the folder's name under the output folder (a simulation's name, a sweep point's number)
	 * @param plots whether the run's plots are drawn (a sweep's thousands of points leave them out)
	 */
	public record Layout(String folder, boolean plots) {
	}

	public static Path write(Path outRoot, Layout layout, RunSummary summary, TimeSeries series, double area, double temperatureC, List<String> log,
			Extra extra) throws IOException {
		String simulation = summary.simulation();
		Files.createDirectories(outRoot);
		Path target = outRoot.resolve(layout.folder());
		Path temp = Files.createTempDirectory(outRoot, "." + layout.folder() + "-");
		try {
			try (Writer w = Files.newBufferedWriter(temp.resolve(RunSeries.FILE), StandardCharsets.UTF_8)) {
				w.write(String.join(",", COLUMNS));
				w.write('\n');
				for (Sample s : series.samples) {
					w.write(row(s.time(), s.voltage(), s.currentDensity() * area, s.cycle(), s.step(), temperatureC, s.currentDensity(),
							s.parts()[0], s.parts()[1], s.parts()[2], s.parts()[3], s.contact()[0], s.contact()[1], s.filament()[0], s.filament()[1],
							s.plated()[0], s.plated()[1], s.plated()[2], s.plated()[3], s.front().maxHeight(), s.front().meanHeight(),
							s.front().tipVelocity()));
				}
			}
			try (Writer w = Files.newBufferedWriter(temp.resolve(Spectrum.FILE), StandardCharsets.UTF_8)) {
				w.write(IMPEDANCE_HEADER + "\n");
				for (int k = 0; k < series.spectra.size(); k++) {
					for (double[] r : series.spectra.get(k)) {
						// Nyquist (Re, Im) and Bode (modulus, phase) forms of the same point
						w.write(row(series.spectrumTimes.get(k), r[0], r[1] / area, r[2] / area, Math.hypot(r[1], r[2]) / area,
								Math.toDegrees(Math.atan2(r[2], r[1]))));
					}
				}
			}
			Files.writeString(temp.resolve(SummaryJson.FILE), SummaryJson.write(summary));
			Files.write(temp.resolve("run.log"), log);
			if (layout.plots()) {
				plots(temp, simulation, series, area);
			}
			extra.writeInto(temp);
			replace(temp, target);
			return target;
		} catch (IOException | RuntimeException e) {
			delete(temp);
			throw e;
		}
	}

	/** plots/voltage (and Nyquist and Bode when the run measured impedance), PNG and SVG. */
	private static void plots(Path temp, String simulation, TimeSeries series, double area) throws IOException {
		Files.createDirectories(temp.resolve("plots"));
		double[] t = series.samples.stream().mapToDouble(s -> s.time() / 3600).toArray();
		// a full cell's volts read best in V, a symmetric cell's polarisation in mV
		boolean volts = series.samples.stream().anyMatch(s -> Math.abs(s.voltage()) > 1 && !s.shorted());
		double scale = volts ? 1 : 1000;
		double[] v = series.samples.stream().mapToDouble(s -> s.voltage() * scale).toArray();
		Plots.line(temp.resolve("plots/voltage"), simulation + ": cell voltage", "time / h", volts ? "voltage / V" : "voltage / mV", t, v);
		if (!series.spectra.isEmpty()) {
			double[][] last = series.spectra.get(series.spectra.size() - 1);
			double[] re = Stream.of(last).mapToDouble(r -> r[1] / area).toArray();
			double[] im = Stream.of(last).mapToDouble(r -> -r[2] / area).toArray();
			Plots.nyquist(temp.resolve("plots/nyquist"), simulation + ": impedance (last spectrum)", List.of(new Plots.Curve("-Z''", re, im)));
			double[] logF = Stream.of(last).mapToDouble(r -> Math.log10(r[0])).toArray();
			double[] logModulus = Stream.of(last).mapToDouble(r -> Math.log10(Math.hypot(r[1], r[2]) / area)).toArray();
			Plots.line(temp.resolve("plots/bode"), simulation + ": impedance modulus (last spectrum)", "log10(f / Hz)", "log10(|Z| / Ohm)", logF,
					logModulus);
		}
	}

	/** Puts a folder written beside the target in the target's place (the previous folder of that name goes). */
	public static void replace(Path written, Path target) throws IOException {
		if (Files.exists(target)) {
			delete(target);
		}
		Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
	}

	/** One CSV line of numbers; a value that is not finite is an empty field. */
	public static String row(double... values) {
		StringBuilder s = new StringBuilder();
		for (int k = 0; k < values.length; k++) {
			if (k > 0) {
				s.append(',');
			}
			double v = values[k];
			if (!Double.isFinite(v)) {
				continue; // an empty field: a quantity that has no value here, never the text NaN or Infinity
			}
			if (v == Math.rint(v) && Math.abs(v) < 1e12) {
				s.append((long) v);
			} else {
				sixDigits(s, v);
			}
		}
		return s.append('\n').toString();
	}

	/**
	 * Appends a number as {@code %.6g} writes it (six significant digits; plain from 1e-4 to 1e6, else with an
	 * exponent), without java.util.Formatter: a sweep writes millions of them, and the formatter's parsing of the
	 * pattern was a fifth of a sweep point's time.
	 */
	static void sixDigits(StringBuilder s, double v) {
		if (v < 0) {
			s.append('-');
			v = -v;
		}
		int exponent = (int) Math.floor(Math.log10(v));
		long digits = Math.round(v / Math.pow(10, exponent - 5));
		if (digits >= 1_000_000) { // rounding carried into a new digit: 9.999996 is 10.0000
			exponent++;
			digits = Math.round(v / Math.pow(10, exponent - 5));
		}
		String d = Long.toString(digits);
		boolean scientific = exponent < -4 || exponent >= 6;
		if (scientific) {
			s.append(d.charAt(0)).append('.').append(d, 1, 6).append('e').append(exponent < 0 ? '-' : '+');
			int e = Math.abs(exponent);
			s.append(e < 10 ? "0" : "").append(e);
		} else if (exponent < 0) {
			s.append("0.");
			for (int k = -1; k > exponent; k--) {
				s.append('0');
			}
			s.append(d);
		} else {
			s.append(d, 0, exponent + 1);
			if (exponent < 5) {
				s.append('.').append(d, exponent + 1, 6);
			}
		}
	}

	/** A small JSON writer for the summary (strings, numbers, booleans, lists, nested maps). */
	public static String json(Object value, String indent) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number n) {
			double d = n.doubleValue();
			return Double.isFinite(d) ? (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.6g", d)) : "null";
		}
		if (value instanceof Boolean b) {
			return b.toString();
		}
		if (value instanceof Map<?, ?> map) {
			StringBuilder s = new StringBuilder("{\n");
			int k = 0;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				s.append(indent).append("  \"").append(e.getKey()).append("\": ").append(json(e.getValue(), indent + "  "));
				s.append(++k < map.size() ? ",\n" : "\n");
			}
			return s.append(indent).append('}').toString();
		}
		if (value instanceof List<?> list) {
			StringBuilder s = new StringBuilder("[");
			for (int k = 0; k < list.size(); k++) {
				s.append(k > 0 ? ", " : "").append(json(list.get(k), indent + "  "));
			}
			return s.append(']').toString();
		}
		return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	/** Deletes a folder and everything in it (nothing if it is not there). */
	public static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
