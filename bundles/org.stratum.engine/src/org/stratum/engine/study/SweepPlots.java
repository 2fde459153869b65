package org.stratum.engine.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.results.Plots;

/**
 * {@code plots/<metric>-vs-<factor>.png/.svg}: each collected metric that some point has a value of, over each
 * varied quantity (in log for a log range), one mark per point.
 */
public final class SweepPlots {

	public static final String FOLDER = "plots";

	private SweepPlots() {
	}

	/** Writes the plots; returns the files (PNG) written. */
	public static List<Path> write(SweepFolder folder, Sweep sweep, List<SweepDesign.Point> points, List<PointResult> results) throws IOException {
		Path dir = folder.root().resolve(FOLDER);
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		for (Metric metric : SweepTable.metrics(sweep)) {
			double[] y = new double[points.size()];
			boolean any = false;
			for (int i = 0; i < points.size(); i++) {
				PointResult r = results.get(i);
				y[i] = r.summary() == null ? Double.NaN : metric.fromSI(MetricValues.of(metric, r.summary().metrics()));
				any |= Double.isFinite(y[i]);
			}
			if (!any) {
				continue;
			}
			for (int f = 0; f < sweep.getFactors().size(); f++) {
				Factor factor = sweep.getFactors().get(f);
				String unit = SweepDesign.unit(factor);
				double[] x = new double[points.size()];
				for (int i = 0; i < points.size(); i++) {
					double v = points.get(i).values().get(f).in(unit);
					x[i] = factor.isLog() ? Math.log10(v) : v;
				}
				String label = SweepDesign.label(factor);
				String xLabel = (factor.isLog() ? "log10(" + label + (unit.isEmpty() ? "" : " / " + unit) + ")" : label + (unit.isEmpty() ? "" : " / " + unit));
				String yLabel = metric.word() + (metric.unit().isEmpty() ? "" : " / " + metric.unit());
				Path base = dir.resolve(metric.word() + "-vs-" + slug(label));
				Plots.scatter(base, sweep.getName() + ": " + metric.word() + " over " + label, xLabel, yLabel, x, y);
				written.add(base.resolveSibling(base.getFileName() + ".png"));
			}
		}
		return written;
	}

	/** A file-name part of a factor's label: "interlayer.fraction of LLZTO-nano" becomes "interlayer.fraction-of-LLZTO-nano". */
	static String slug(String label) {
		return label.replaceAll("[^A-Za-z0-9._-]+", "-");
	}
}
