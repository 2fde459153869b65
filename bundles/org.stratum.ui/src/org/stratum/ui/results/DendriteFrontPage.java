package org.stratum.ui.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.emf.ecore.resource.Resource;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunSummary;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Cell;
import org.stratum.ui.editor.StackDrawing;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.results.VtkImage;

/**
 * The Dendrite Front page of a front-model run: the field of a frame as a colour map ({@link FrontMapCanvas}); a
 * time slider with play/pause; the front height and the Li by region against
 * time with a cursor at the frame shown; the cell's stack drawn beside the map; the frame exported to PNG.
 */
public final class DendriteFrontPage extends Composite {

	/** Whether a run has front fields to show. */
	static boolean appliesTo(RunFolder run) {
		return Files.isRegularFile(run.folder().resolve("fields/front.pvd"));
	}

	private static final String[] FIELDS = FrontMapCanvas.FIELDS;
	private static final int PLAY_MILLIS = 250;

	private final List<Map.Entry<Double, Path>> frames;
	private final Combo field;
	private final Scale slider;
	private final Label time;
	private final FrontMapCanvas canvas;
	private final StackDrawing stack;
	private final ResultChart height;
	private final ResultChart lithium;
	private int shown = -1;
	private int layerRow;
	private int electrolyteRow;
	private boolean playing;

	DendriteFrontPage(Composite parent, RunFolder run) {
		super(parent, SWT.NONE);
		List<Map.Entry<Double, Path>> read;
		try {
			read = VtkImage.frames(run.folder().resolve("fields/front.pvd"));
		} catch (IOException e) {
			read = List.of();
			MessageDialog.openError(parent.getShell(), "Dendrite Front", "The run's fields cannot be read: " + e.getMessage());
		}
		frames = read;
		setLayout(new GridLayout(7, false));
		new Label(this, SWT.NONE).setText("Field:");
		field = new Combo(this, SWT.READ_ONLY);
		field.setItems(FIELDS);
		field.select(0);
		field.addListener(SWT.Selection, e -> showField());
		Button play = new Button(this, SWT.PUSH);
		play.setText("Play");
		play.addListener(SWT.Selection, e -> {
			playing = !playing;
			play.setText(playing ? "Pause" : "Play");
			if (playing) {
				tick();
			}
		});
		slider = new Scale(this, SWT.HORIZONTAL);
		slider.setMinimum(0);
		slider.setMaximum(Math.max(1, frames.size() - 1));
		GridData sliderData = new GridData(SWT.FILL, SWT.CENTER, true, false);
		sliderData.minimumWidth = 200;
		slider.setLayoutData(sliderData);
		slider.addListener(SWT.Selection, e -> show(slider.getSelection()));
		time = new Label(this, SWT.NONE);
		time.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false));
		Button export = new Button(this, SWT.PUSH);
		export.setText("PNG...");
		export.setToolTipText("Export the frame shown as a PNG image");
		export.addListener(SWT.Selection, e -> export());
		new Label(this, SWT.NONE);
		SashForm sash = new SashForm(this, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
		stack = new StackDrawing(sash);
		stack.setLogScale(true); // the map's few um of Li and interlayer beside the whole pellet
		stack.setToolTipText("The cell the run simulated, as its .stack file is now: the map is a window of its working side");
		Cell cell = cell(run);
		if (cell != null) {
			stack.setCell(cell);
		}
		canvas = new FrontMapCanvas(sash);
		SashForm charts = new SashForm(sash, SWT.VERTICAL);
		double[] t = ResultPages.hours(run.series());
		height = new ResultChart(charts, "front height", "time / h", "height, depth / um");
		height.line("front height, max", t, ResultPages.in(run.series().values(SeriesColumn.FRONT_HEIGHT_MAX), ResultUnits.MICROMETRE));
		height.line("front height, mean", t, ResultPages.in(run.series().values(SeriesColumn.FRONT_HEIGHT_MEAN), ResultUnits.MICROMETRE));
		height.line("penetration", t, ResultPages.in(run.series().values(SeriesColumn.FILAMENT_WORKING), ResultUnits.MICROMETRE));
		height.resetZoom();
		lithium = new ResultChart(charts, "Li plated by region", "time / h", "Li / mAh/cm2");
		for (RunMetrics.Location l : RunMetrics.Location.values()) {
			lithium.line(l.label(), t, ResultPages.in(run.series().values(SeriesColumn.plated(l)), ResultUnits.MAH_PER_CM2));
		}
		lithium.resetZoom();
		sash.setWeights(20, 42, 38);
		addDisposeListener(e -> playing = false);
		if (!frames.isEmpty()) {
			show(0);
		}
	}

	/** The cell the run simulated, read from the .stack file its summary names (null when there is none to read). */
	private static Cell cell(RunFolder run) {
		for (RunSummary.InputFile input : run.summary().inputs()) {
			if (input.file().endsWith(".stack") && Files.isRegularFile(Path.of(input.file()))) {
				try {
					Resource resource = StratumResources.createResourceSet().getResource(URI.createFileURI(input.file()), true);
					return resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Cell c) ? null : c;
				} catch (WrappedException e) {
					return null; // edited since the run into something that does not load: the map and charts still show
				}
			}
		}
		return null;
	}

	/** The stack drawing beside the map (its bands name the layers). */
	public StackDrawing stackDrawing() {
		return stack;
	}

	private void tick() {
		if (!playing || isDisposed()) {
			return;
		}
		show((shown + 1) % frames.size());
		getDisplay().timerExec(PLAY_MILLIS, this::tick);
	}

	private void showField() {
		canvas.field(FIELDS[field.getSelectionIndex()]);
	}

	/** Shows frame k: the map, the time and the charts' cursors. */
	public void show(int k) {
		VtkImage.Frame frame;
		try {
			frame = VtkImage.read(frames.get(k).getValue());
		} catch (IOException e) {
			time.setText("frame " + k + " cannot be read: " + e.getMessage());
			return;
		}
		shown = k;
		if (k == 0) {
			regions(frame);
		}
		slider.setSelection(k);
		double hours = ResultUnits.HOUR.fromSI(frames.get(k).getKey());
		time.setText(String.format(Locale.ROOT, "frame %d of %d, t = %.4g h", k + 1, frames.size(), hours));
		time.getParent().layout(new org.eclipse.swt.widgets.Control[] { time });
		cursor(height, hours);
		cursor(lithium, hours);
		canvas.show(frame, layerRow, electrolyteRow);
	}

	/** The first rows of the interlayer and the electrolyte, from the first frame's phases (Li below, electrolyte on top). */
	private void regions(VtkImage.Frame f) {
		int[] phase = f.fields().get("phase").labels();
		int top = phase[(f.ny() - 1) * f.nx()];
		layerRow = 0;
		while (layerRow < f.ny() && phase[layerRow * f.nx()] == -1) {
			layerRow++;
		}
		electrolyteRow = f.ny() - 1;
		while (electrolyteRow > layerRow && rowIs(phase, f.nx(), electrolyteRow - 1, top)) {
			electrolyteRow--;
		}
	}

	private static boolean rowIs(int[] phase, int nx, int row, int label) {
		for (int i = 0; i < nx; i++) {
			if (phase[row * nx + i] != label) {
				return false;
			}
		}
		return true;
	}

	private static void cursor(ResultChart chart, double hours) {
		var series = chart.chart().getSeriesSet().getSeries("now");
		double[] range = { chart.chart().getAxisSet().getYAxis(0).getRange().lower, chart.chart().getAxisSet().getYAxis(0).getRange().upper };
		if (series == null) {
			ILineSeries<?> marker = chart.marker("now", hours, range[0], range[1]);
			marker.setVisibleInLegend(false);
		} else {
			series.setXSeries(new double[] { hours, hours });
			series.setYSeries(range);
		}
		chart.chart().redraw();
	}

	/** The time of the frame shown, as the label says it. */
	public String timeText() {
		return time.getText();
	}

	/** The frame's time cursor on the front-height chart, h (for tests). */
	public double cursorHours() {
		return height.chart().getSeriesSet().getSeries("now").getXSeries()[0];
	}

	public int shown() {
		return shown;
	}

	public int frameCount() {
		return frames.size();
	}

	private void export() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setOverwrite(true);
		dialog.setFilterExtensions(new String[] { "*.png" });
		dialog.setFileName(String.format(Locale.ROOT, "front-%s-%04d.png", FIELDS[field.getSelectionIndex()], shown));
		String file = dialog.open();
		if (file != null) {
			export(Path.of(file));
		}
	}

	/** Writes the map as shown (its canvas) as PNG. */
	public void export(Path file) {
		canvas.export(file);
	}
}
