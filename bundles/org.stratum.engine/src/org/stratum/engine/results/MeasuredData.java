package org.stratum.engine.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.stratum.model.units.Dimension;
import org.stratum.model.units.Unit;
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
		List<MeasuredColumn> columns = new ArrayList<>(List.of(MeasuredColumn.of(file, "time", mapping.time(), mapping.timeUnit(), Dimension.TIME, false),
				MeasuredColumn.of(file, "voltage", mapping.voltage(), mapping.voltageUnit(), Dimension.VOLTAGE, false),
				MeasuredColumn.of(file, "current", mapping.current(), mapping.currentUnit(), Dimension.CURRENT, mapping.invertCurrent())));
		boolean cycles = mapping.cycle() != null && !mapping.cycle().isBlank();
		if (cycles) {
			columns.add(new MeasuredColumn("cycle", mapping.cycle(), null, false, false));
		}
		double[][] values = MeasuredTable.read(file, format, columns);
		double[] cycle = cycles ? values[3] : new double[values[0].length];
		if (!cycles) {
			Arrays.fill(cycle, Double.NaN);
		}
		return new MeasuredData(file, values[0], values[1], values[2], cycle);
	}

	/**
	 * The discharges of the data: each unbroken run of samples with negative current (Stratum's sign) is one, its
	 * charge the trapezoidal integral of |j| dt, with the charge put in since the previous discharge, as the executor
	 * counts a simulated run's discharges.
	 */
	static List<Discharge> discharges(RunSeries series) {
		return discharges(series.values(SeriesColumn.TIME), series.values(SeriesColumn.CURRENT_DENSITY), series.values(SeriesColumn.CYCLE));
	}

	/** The discharges of samples of time (s), current (positive charging; per area or not: the charges follow) and cycle. */
	public static List<Discharge> discharges(double[] time, double[] current, double[] cycle) {
		List<Discharge> discharges = new ArrayList<>();
		double charged = 0;
		double out = 0;
		int samples = 0;
		for (int k = 0; k < time.length; k++) {
			double j = current[k];
			double dt = k == 0 ? 0 : time[k] - time[k - 1];
			double previous = k == 0 ? 0 : current[k - 1];
			if (j < 0) {
				out += previous < 0 ? 0.5 * (Math.abs(j) + Math.abs(previous)) * dt : 0;
				samples++;
			} else {
				if (samples > 0) {
					discharges.add(new Discharge((int) cycle[k - 1], Double.NaN, out, MODEL, charged));
					charged = 0;
				}
				out = 0;
				samples = 0;
				charged += j > 0 && previous > 0 ? 0.5 * (j + previous) * dt : 0;
			}
		}
		if (samples > 0) {
			discharges.add(new Discharge((int) cycle[time.length - 1], Double.NaN, out, MODEL, charged));
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
					List.of(note), List.of());
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
