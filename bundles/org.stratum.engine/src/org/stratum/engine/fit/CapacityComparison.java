package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.Plots;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.ResultsFormatException;
import org.stratum.model.units.Unit;
import org.stratum.solver.program.Discharge;

/**
 * A full cell's discharge capacity per cycle, per area: the k-th measured discharge against the k-th simulated one
 * (a discharge the run did not reach, because the cell failed first, counts as none). The measured capacities come
 * from a mapped capacity column (the largest value of each cycle, as cyclers count up within a cycle) or else from
 * integrating the discharging current, as the executor counts a simulated run's discharges.
 */
final class CapacityComparison implements Comparison {

	/** The unit capacities are shown in. */
	private static final Unit AREAL = ResultUnits.MAH_PER_CM2;

	private final Path source;
	/** C/m2 of each measured discharge. */
	private final double[] capacity;

	private CapacityComparison(Path source, double[] capacity) {
		this.source = source;
		this.capacity = capacity;
	}

	/** The measured discharges, per area of the simulated cell (m2). */
	static CapacityComparison of(FitData data, double area) throws IOException {
		double[] charges;
		if (data.maps(ColumnRole.CAPACITY)) {
			double[][] v = data.read(ColumnRole.CYCLE, ColumnRole.CAPACITY);
			Map<Double, Double> largest = new LinkedHashMap<>(); // by cycle, in the file's order
			for (int k = 0; k < v[0].length; k++) {
				largest.merge(v[0][k], Math.abs(v[1][k]), Math::max);
			}
			charges = largest.values().stream().mapToDouble(Double::doubleValue).filter(c -> c > 0).toArray();
		} else {
			double[][] v = data.read(ColumnRole.TIME, ColumnRole.CURRENT);
			charges = MeasuredData.discharges(v[0], v[1], new double[v[0].length]).stream().mapToDouble(Discharge::charge).toArray();
		}
		if (charges.length == 0) {
			throw new ResultsFormatException(data.file().toString(), "has no discharge (no negative current, or no capacity above zero) to compare");
		}
		return new CapacityComparison(data.file(), java.util.Arrays.stream(charges).map(c -> c / area).toArray());
	}

	@Override
	public double[] measured() {
		return capacity;
	}

	@Override
	public double[] weights() {
		return Comparison.equal(capacity.length);
	}

	@Override
	public double[] simulated(SimulationRunner.Outcome run) {
		if (!run.fullCell()) {
			throw new FitFailedException("simulation " + run.summary().simulation() + " is of a symmetric cell, which has no discharge capacity to compare: "
					+ "compare capacity needs a full cell (a cathode)", null);
		}
		List<Discharge> discharges = run.metrics().discharges();
		return IntStream.range(0, capacity.length).mapToDouble(k -> k < discharges.size() ? discharges.get(k).charge() : 0).toArray();
	}

	@Override
	public String unit() {
		return AREAL.toString();
	}

	@Override
	public Path source() {
		return source;
	}

	@Override
	public Path overlay(Path folder, Fit fit, SimulationRunner.Outcome fitted) throws IOException {
		List<Double> simulated = new ArrayList<>();
		fitted.metrics().discharges().forEach(d -> simulated.add(AREAL.fromSI(d.charge())));
		Path base = Files.createDirectories(folder.resolve("plots")).resolve("overlay");
		Plots.lines(base, fit.getName() + ": measured and fitted discharge capacity", "discharge", "capacity / mAh/cm2",
				List.of(new Plots.Curve("measured", counted(capacity.length), java.util.Arrays.stream(capacity).map(AREAL::fromSI).toArray(), true),
						new Plots.Curve("fitted", counted(simulated.size()), simulated.stream().mapToDouble(Double::doubleValue).toArray())));
		return base.resolveSibling("overlay.png");
	}

	/** 1, 2, ... n. */
	private static double[] counted(int n) {
		return IntStream.rangeClosed(1, n).asDoubleStream().toArray();
	}
}
