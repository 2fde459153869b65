package org.stratum.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.stratum.engine.results.FrontFrames;
import org.stratum.engine.results.ResultUnits;
import org.stratum.ui.results.FrontMapCanvas;
import org.stratum.ui.results.ResultChart;

/**
 * The Dendrite Front of a front-model run while it runs: the newest frame's field as a colour map and the front's
 * height (max, mean) and penetration so far, updated as the run takes each frame. It opens when a front run starts;
 * once the run has ended, its results editor's Dendrite Front page plays the whole run.
 */
public class LiveFrontView extends ViewPart {

	public static final String ID = "org.stratum.ui.views.liveFront";

	private static final String[] LINES = { "front height, max", "front height, mean", "penetration" };

	private Label status;
	private Combo field;
	private FrontMapCanvas map;
	private ResultChart chart;
	private String simulation;
	/** Per frame so far: time (h), then each of {@link #LINES} (um). */
	private final List<double[]> readings = new ArrayList<>();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(parent, SWT.NONE).setText("Field:");
		field = new Combo(parent, SWT.READ_ONLY);
		field.setItems(FrontMapCanvas.FIELDS);
		field.select(0);
		field.addListener(SWT.Selection, e -> map.field(FrontMapCanvas.FIELDS[field.getSelectionIndex()]));
		status.setText("No front-model run in progress: run a simulation with 'model front { ... }' and its front shows here as it grows");
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		map = new FrontMapCanvas(sash);
		chart = new ResultChart(sash, "front so far", "time / h", "height, depth / um");
		sash.setWeights(55, 45);
	}

	@Override
	public void setFocus() {
		field.setFocus();
	}

	/** Starts following a run: what the last one showed is cleared. */
	public void follow(String name) {
		simulation = name;
		readings.clear();
		clearChart();
		status.setText("Simulating " + name + ": waiting for its first frame");
	}

	private void clearChart() {
		for (String line : LINES) {
			if (chart.chart().getSeriesSet().getSeries(line) != null) {
				chart.chart().getSeriesSet().deleteSeries(line);
			}
		}
	}

	/** Shows a frame the run has just taken and adds what the front reads to the chart. */
	public void accept(FrontFrames.Taken taken) {
		readings.add(new double[] { ResultUnits.HOUR.fromSI(taken.time()), ResultUnits.MICROMETRE.fromSI(taken.heightMax()),
				ResultUnits.MICROMETRE.fromSI(taken.heightMean()), ResultUnits.MICROMETRE.fromSI(taken.penetration()) });
		map.show(taken.frame(), taken.layerRow(), taken.electrolyteRow());
		double[] t = readings.stream().mapToDouble(r -> r[0]).toArray();
		clearChart(); // all lines go before any comes back, so that each keeps its colour
		for (int k = 0; k < LINES.length; k++) {
			int column = k + 1;
			chart.line(LINES[k], t, readings.stream().mapToDouble(r -> r[column]).toArray());
		}
		chart.resetZoom();
		status.setText(String.format(Locale.ROOT, "Simulating %s: frame %d at t = %.4g h, front %.3g um high, %.3g um into the electrolyte", simulation,
				readings.size(), t[t.length - 1], readings.get(readings.size() - 1)[1], readings.get(readings.size() - 1)[3]));
		status.getParent().layout(true);
	}

	/** Frames shown since the run started. */
	public int frameCount() {
		return readings.size();
	}

	/** The status line: which run, which frame, how high the front is. */
	public String status() {
		return status.getText();
	}

	/** The map of the newest frame. */
	public FrontMapCanvas map() {
		return map;
	}

	/**
	 * What a front run tells of each frame it takes (on the run's thread): the frame goes to this view on the UI
	 * thread, which opens (without taking the focus) when the run's first frame arrives.
	 */
	public static Consumer<FrontFrames.Taken> follower(String simulation, Display display) {
		boolean[] started = { false };
		return taken -> display.asyncExec(() -> {
			LiveFrontView view = find(!started[0]);
			if (view == null) {
				return; // the workbench is closing, or the user closed the view during the run
			}
			if (!started[0]) {
				view.follow(simulation);
				started[0] = true;
			}
			view.accept(taken);
		});
	}

	/** The view in the active window, shown if {@code open} (null when there is no window or it is not open). */
	private static LiveFrontView find(boolean open) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return null;
		}
		if (!open) {
			return page.findView(ID) instanceof LiveFrontView view ? view : null;
		}
		try {
			return (LiveFrontView) page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(LiveFrontView.class).error("the Dendrite Front (live) view cannot be opened", e);
			return null;
		}
	}
}
