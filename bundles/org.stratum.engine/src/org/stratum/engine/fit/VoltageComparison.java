package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.Plots;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;

/** The voltage over time: the simulated voltage at each measured time (after the run's end, its last voltage). */
final class VoltageComparison implements Comparison {

	private final Path source;
	private final double[] time;
	private final double[] voltage;

	private VoltageComparison(Path source, double[] time, double[] voltage) {
		this.source = source;
		this.time = time;
		this.voltage = voltage;
	}

	static VoltageComparison of(FitData data) throws IOException {
		double[][] v = data.read(ColumnRole.TIME, ColumnRole.VOLTAGE);
		return new VoltageComparison(data.file(), v[0], v[1]);
	}

	@Override
	public double[] measured() {
		return voltage;
	}

	@Override
	public double[] weights() {
		return Comparison.equal(voltage.length);
	}

	@Override
	public double[] simulated(SimulationRunner.Outcome run) throws IOException {
		RunSeries series = RunSeries.read(run.folder().resolve(RunSeries.FILE));
		return Interpolation.linear(series.values(SeriesColumn.TIME), series.values(SeriesColumn.VOLTAGE), time);
	}

	@Override
	public String unit() {
		return "mV";
	}

	@Override
	public Path source() {
		return source;
	}

	@Override
	public Path overlay(Path folder, Fit fit, SimulationRunner.Outcome fitted) throws IOException {
		RunSeries series = RunSeries.read(fitted.folder().resolve(RunSeries.FILE));
		Path base = Files.createDirectories(folder.resolve("plots")).resolve("overlay");
		Plots.lines(base, fit.getName() + ": measured and fitted voltage", "time / h", "voltage / V",
				List.of(new Plots.Curve("measured", hours(time), voltage), new Plots.Curve("fitted", hours(series.values(SeriesColumn.TIME)),
						series.values(SeriesColumn.VOLTAGE))));
		return base.resolveSibling("overlay.png");
	}

	private static double[] hours(double[] seconds) {
		return Arrays.stream(seconds).map(ResultUnits.HOUR::fromSI).toArray();
	}
}
