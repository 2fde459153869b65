package org.stratum.ui.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.stratum.engine.results.Plots;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.ui.preferences.StratumPreferences;

/**
 * One chart of the results editor: an SWTChart chart with a bar of exports (PNG, SVG, CSV of its data) and mouse
 * navigation (wheel zooms the time axis at the pointer, dragging pans, double-click shows everything). Series are
 * compressed to the screen's pixels by SWTChart unless the preferences say otherwise, so a million samples stay
 * fluid; their colours follow the preferences' palette.
 */
public final class ResultChart extends Composite {

	private final Chart chart;
	private final String title;
	/** x of a drag's start in pixels, or -1 when not dragging. */
	private int dragStart = -1;
	/** Whether one unit is as long on the x axis as on the left y axis (a Nyquist plot). */
	private boolean equalScale;
	/** Whether the axes are being fitted; the resizes fitting causes are not answered. */
	private boolean fitting;

	public ResultChart(Composite parent, String title, String xTitle, String yTitle) {
		super(parent, SWT.NONE);
		this.title = title;
		setLayout(new GridLayout(5, false));
		Label heading = new Label(this, SWT.NONE);
		heading.setText(title);
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		button("PNG...", "Export the chart as a PNG image", e -> export("png"));
		button("SVG...", "Export the chart as an SVG drawing", e -> export("svg"));
		button("CSV...", "Export the chart's data as CSV", e -> export("csv"));
		button("Reset", "Show all data (double-click the chart does the same)", e -> resetZoom());
		chart = new Chart(this, SWT.NONE);
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));
		chart.getTitle().setVisible(false);
		chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
		chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
		chart.getLegend().setPosition(SWT.BOTTOM);
		chart.enableCompress(StratumPreferences.compressCurves());
		navigation();
	}

	private void button(String text, String tip, org.eclipse.swt.widgets.Listener listener) {
		Button b = new Button(this, SWT.PUSH);
		b.setText(text);
		b.setToolTipText(tip);
		b.addListener(SWT.Selection, listener);
	}

	/** Adds a line; NaN points are left out. Returns the series for further styling. */
	public ILineSeries<?> line(String name, double[] x, double[] y) {
		return line(name, x, y, 0);
	}

	/** Adds a line on the given y axis (0 the left one, see {@link #secondAxis}). */
	public ILineSeries<?> line(String name, double[] x, double[] y, int yAxis) {
		int n = 0;
		double[] xs = new double[x.length], ys = new double[y.length];
		for (int k = 0; k < x.length; k++) {
			if (Double.isFinite(x[k]) && Double.isFinite(y[k])) {
				xs[n] = x[k];
				ys[n++] = y[k];
			}
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, name);
		series.setXSeries(java.util.Arrays.copyOf(xs, n));
		series.setYSeries(java.util.Arrays.copyOf(ys, n));
		series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		int[] rgb = StratumPreferences.palette().colour(chart.getSeriesSet().getSeries().length - 1);
		series.setLineColor(new Color(rgb[0], rgb[1], rgb[2]));
		series.setYAxisId(yAxis);
		return series;
	}

	/** Points with markers and no line (cycles, spectra points). */
	public ILineSeries<?> points(String name, double[] x, double[] y, int yAxis) {
		ILineSeries<?> series = line(name, x, y, yAxis);
		series.setLineStyle(org.eclipse.swtchart.LineStyle.NONE);
		series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
		series.setSymbolColor(series.getLineColor());
		return series;
	}

	/** A second y axis on the right, for a quantity of other units; returns its id. */
	public int secondAxis(String yTitle) {
		int id = chart.getAxisSet().createYAxis();
		IAxis axis = chart.getAxisSet().getYAxis(id);
		axis.setPosition(IAxis.Position.Secondary);
		axis.getTitle().setText(yTitle);
		return id;
	}

	/** A vertical marker at x (a short, an event), drawn as a line over the whole y range of the left axis. */
	public ILineSeries<?> marker(String name, double x, double yLow, double yHigh) {
		ILineSeries<?> series = line(name, new double[] { x, x }, new double[] { yLow, yHigh });
		series.setLineColor(getDisplay().getSystemColor(SWT.COLOR_RED));
		series.setLineWidth(2);
		series.setLineStyle(org.eclipse.swtchart.LineStyle.DASH);
		return series;
	}

	/** The x axis in log scale (Bode plots). */
	public void logX() {
		chart.getAxisSet().getXAxis(0).enableLogScale(true);
	}

	/** The left y axis in log scale (|Z| of a Bode plot). */
	public void logY() {
		chart.getAxisSet().getYAxis(0).enableLogScale(true);
	}

	/**
	 * One unit as long on the x axis as on the left y axis, so a Nyquist plot's arcs are semicircles; kept on every
	 * reset and whenever the chart changes size.
	 */
	public void equalScale() {
		equalScale = true;
		chart.getPlotArea().getControl().addListener(SWT.Resize, e -> {
			if (!fitting) {
				fitAxes();
				chart.redraw();
			}
		});
	}

	/** Fits every axis to its data with a small margin; call once the series are in. */
	public void resetZoom() {
		chart.getAxisSet().adjustRange(); // then each axis exactly to its finite data: SWTChart pads a one-point series widely
		fitAxes();
		chart.redraw();
	}

	/**
	 * Each axis to its data, then, for equal scale, the axis that shows fewer units per pixel widened until both show
	 * the same. New ranges can change the tick labels' width and so the plot's size, hence a few passes; resizes
	 * they cause are not answered (that would recurse).
	 */
	private void fitAxes() {
		fitting = true;
		try {
			for (int pass = 0; pass < 3; pass++) {
				fit(chart.getAxisSet().getXAxis(0), true, -1);
				for (IAxis y : chart.getAxisSet().getYAxes()) {
					fit(y, false, y.getId());
				}
				org.eclipse.swt.graphics.Point size = chart.getPlotArea().getControl().getSize();
				if (!equalScale || size.x <= 0 || size.y <= 0) {
					return; // no equal scale asked for, or not laid out yet (the first resize does it)
				}
				IAxis x = chart.getAxisSet().getXAxis(0), y = chart.getAxisSet().getYAxis(0);
				org.eclipse.swtchart.Range xr = x.getRange(), yr = y.getRange();
				double perPixel = Math.max((xr.upper - xr.lower) / size.x, (yr.upper - yr.lower) / size.y);
				x.setRange(new org.eclipse.swtchart.Range(xr.lower, xr.lower + perPixel * size.x));
				y.setRange(new org.eclipse.swtchart.Range(yr.lower, yr.lower + perPixel * size.y));
				if (size.equals(chart.getPlotArea().getControl().getSize())) {
					return;
				}
			}
		} finally {
			fitting = false;
		}
	}

	/** Sets an axis to the range of the data drawn against it (x: every series; y: the series on that axis). */
	private void fit(IAxis axis, boolean x, int yAxisId) {
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			if (!x && s.getYAxisId() != yAxisId) {
				continue;
			}
			for (double v : x ? s.getXSeries() : s.getYSeries()) {
				if (Double.isFinite(v) && (!axis.isLogScaleEnabled() || v > 0)) {
					lo = Math.min(lo, v);
					hi = Math.max(hi, v);
				}
			}
		}
		if (!(lo <= hi)) {
			return; // nothing drawn against this axis
		}
		if (axis.isLogScaleEnabled()) {
			axis.setRange(new org.eclipse.swtchart.Range(lo / 1.2, hi * 1.2));
			return;
		}
		double margin = hi > lo ? 0.03 * (hi - lo) : Math.max(1e-12, 0.05 * Math.abs(hi));
		axis.setRange(new org.eclipse.swtchart.Range(lo - margin, hi + margin));
	}

	/** The chart, for tests and for pages that style it. */
	public Chart chart() {
		return chart;
	}

	/** The names of the series shown, in order. */
	public List<String> seriesNames() {
		List<String> names = new ArrayList<>();
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			names.add(s.getId());
		}
		return names;
	}

	private void navigation() {
		org.eclipse.swt.widgets.Control plot = chart.getPlotArea().getControl();
		plot.addListener(SWT.MouseVerticalWheel, this::zoom);
		plot.addListener(SWT.MouseDown, e -> dragStart = e.button == 1 ? e.x : -1);
		plot.addListener(SWT.MouseUp, e -> dragStart = -1);
		plot.addListener(SWT.MouseMove, this::pan);
		plot.addListener(SWT.MouseDoubleClick, e -> resetZoom());
	}

	private void zoom(Event e) {
		zoom(chart.getAxisSet().getXAxis(0), e.x, e.count > 0);
		if (equalScale) { // both axes by the same factor, so one unit stays as long on both
			zoom(chart.getAxisSet().getYAxis(0), e.y, e.count > 0);
		}
		chart.redraw();
	}

	private static void zoom(IAxis axis, int pixel, boolean in) {
		double at = axis.getDataCoordinate(pixel);
		if (in) {
			axis.zoomIn(at);
		} else {
			axis.zoomOut(at);
		}
	}

	private void pan(Event e) {
		if (dragStart < 0) {
			return;
		}
		IAxis x = chart.getAxisSet().getXAxis(0);
		double shift = x.getDataCoordinate(dragStart) - x.getDataCoordinate(e.x);
		if (!x.isLogScaleEnabled()) {
			x.setRange(new org.eclipse.swtchart.Range(x.getRange().lower + shift, x.getRange().upper + shift));
			dragStart = e.x;
			chart.redraw();
		}
	}

	private void export(String kind) {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*." + kind });
		dialog.setFileName(title.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(java.util.Locale.ROOT) + "." + kind);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		try {
			export(Path.of(file), kind);
		} catch (IOException ex) {
			MessageDialog.openError(getShell(), "Export failed", file + " could not be written: " + ex.getMessage());
		}
	}

	/** Writes the chart as PNG (as shown), SVG (drawn from its data) or CSV (x and y of each series). */
	public void export(Path file, String kind) throws IOException {
		switch (kind) {
		case "png" -> chart.save(file.toString(), SWT.IMAGE_PNG);
		case "svg" -> Plots.svg(file, title, chart.getAxisSet().getXAxis(0).getTitle().getText(),
				chart.getAxisSet().getYAxis(0).getTitle().getText(), curves());
		case "csv" -> writeCsv(file);
		default -> throw new IllegalArgumentException("unknown export " + kind);
		}
	}

	private List<Plots.Curve> curves() {
		List<Plots.Curve> curves = new ArrayList<>();
		for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
			curves.add(new Plots.Curve(s.getId(), s.getXSeries(), s.getYSeries()));
		}
		return curves;
	}

	/** One pair of columns per series ("series: x title", "series: y title"), rows padded where a series is shorter. */
	private void writeCsv(Path file) throws IOException {
		List<Plots.Curve> curves = curves();
		try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			List<String> header = new ArrayList<>();
			int rows = 0;
			for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
				header.add(quote(s.getId() + ": " + chart.getAxisSet().getXAxis(0).getTitle().getText()));
				header.add(quote(s.getId() + ": " + chart.getAxisSet().getYAxis(s.getYAxisId()).getTitle().getText()));
				rows = Math.max(rows, s.getXSeries().length);
			}
			w.write(String.join(",", header) + "\n");
			for (int r = 0; r < rows; r++) {
				double[] values = new double[2 * curves.size()];
				for (int c = 0; c < curves.size(); c++) {
					Plots.Curve curve = curves.get(c);
					values[2 * c] = r < curve.x().length ? curve.x()[r] : Double.NaN;
					values[2 * c + 1] = r < curve.y().length ? curve.y()[r] : Double.NaN;
				}
				w.write(ResultsWriter.row(values));
			}
		}
	}

	private static String quote(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}
}
