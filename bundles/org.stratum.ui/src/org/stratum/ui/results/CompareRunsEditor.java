package org.stratum.ui.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.CycleCurves;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.solver.program.Discharge;
import org.stratum.ui.tables.Grids;

/**
 * Several runs side by side: their curves overlaid on one chart (the user picks which quantity) and their metrics
 * in one table, a column per run. When one of them is measured data, each simulated voltage curve gets its residual
 * (simulated minus measured, at the measured times) on a second axis and its RMS in the table.
 */
public final class CompareRunsEditor extends EditorPart {

	public static final String ID = "org.stratum.ui.editors.compareRuns";

	/** What the chart can overlay. */
	public enum View {
		VOLTAGE("Voltage vs time"), CURRENT("Current density vs time"), CAPACITY("Discharge capacity vs cycle"),
		EFFICIENCY("Coulombic efficiency vs cycle"), FIRST_CYCLE("Voltage vs capacity, first cycle"), LAST_CYCLE("Voltage vs capacity, last cycle"),
		RESISTANCE("Interfacial resistance vs time");

		private final String label;

		View(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	private final List<RunFolder> runs = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();
	private Composite chartHolder;
	private ResultChart chart;
	private Combo chooser;

	/** Opens a comparison of these runs' summary files. */
	public static void open(IWorkbenchPage page, List<IFile> summaries) {
		try {
			page.openEditor(new RunsInput(summaries), ID);
		} catch (PartInitException e) {
			MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Compare Results", e.getMessage());
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof RunsInput runsInput)) {
			throw new PartInitException("the compare editor shows runs chosen in the workbench, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		for (IFile summary : runsInput.summaries()) {
			try {
				runs.add(RunFolder.read(summary.getLocation().toFile().toPath().getParent()));
			} catch (IOException e) {
				problems.add(e.getMessage());
			}
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		new Label(parent, SWT.NONE).setText("Show:");
		chooser = new Combo(parent, SWT.READ_ONLY);
		for (View v : View.values()) {
			chooser.add(v.label());
		}
		chooser.addListener(SWT.Selection, e -> show(View.values()[chooser.getSelectionIndex()]));
		if (!problems.isEmpty()) {
			Label problem = new Label(parent, SWT.WRAP);
			problem.setText("Not compared: " + String.join("\n", problems));
			problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		}
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		chartHolder = new Composite(sash, SWT.NONE);
		chartHolder.setLayout(new FillLayout());
		table(sash);
		sash.setWeights(65, 35);
		chooser.select(0);
		show(View.VOLTAGE);
	}

	/** Overlays the runs' curves of one quantity. */
	public void show(View view) {
		chooser.select(view.ordinal());
		for (Control c : chartHolder.getChildren()) {
			c.dispose();
		}
		boolean volts = runs.stream().anyMatch(r -> ResultPages.inVolts(r.series()));
		chart = switch (view) {
		case VOLTAGE -> voltage(volts);
		case CURRENT -> perRun(view, "time / h", "current density / mA/cm2", r -> ResultPages.hours(r.series()),
				r -> ResultPages.in(r.series().values(SeriesColumn.CURRENT_DENSITY), ResultUnits.MA_PER_CM2));
		case CAPACITY -> perDischarge(view, "capacity / mAh/cm2", d -> ResultUnits.MAH_PER_CM2.fromSI(d.charge()));
		case EFFICIENCY -> perDischarge(view, "Coulombic efficiency / %", d -> ResultUnits.PERCENT.fromSI(d.coulombicEfficiency()));
		case FIRST_CYCLE, LAST_CYCLE -> cycle(view);
		case RESISTANCE -> resistance();
		};
		chart.resetZoom();
		chartHolder.layout(true, true);
	}

	private ResultChart voltage(boolean volts) {
		ResultChart c = new ResultChart(chartHolder, View.VOLTAGE.label(), "time / h", volts ? "voltage / V" : "voltage / mV");
		RunFolder measured = runs.stream().filter(CompareRunsEditor::isMeasured).findFirst().orElse(null);
		int residualAxis = measured == null ? -1 : c.secondAxis("residual / mV");
		for (RunFolder r : runs) {
			double[] v = r.series().values(SeriesColumn.VOLTAGE);
			c.line(name(r), ResultPages.hours(r.series()), volts ? v : ResultPages.in(v, ResultUnits.MILLIVOLT));
		}
		if (measured != null) {
			for (RunFolder r : runs) {
				if (r != measured) {
					double[] residual = residual(r, measured);
					c.line("residual " + name(r), ResultPages.hours(measured.series()), ResultPages.in(residual, ResultUnits.MILLIVOLT), residualAxis);
				}
			}
		}
		return c;
	}

	private static double[] residual(RunFolder simulated, RunFolder measured) {
		return Residuals.of(simulated.series().values(SeriesColumn.TIME), simulated.series().values(SeriesColumn.VOLTAGE),
				measured.series().values(SeriesColumn.TIME), measured.series().values(SeriesColumn.VOLTAGE));
	}

	private ResultChart perRun(View view, String x, String y, java.util.function.Function<RunFolder, double[]> xs,
			java.util.function.Function<RunFolder, double[]> ys) {
		ResultChart c = new ResultChart(chartHolder, view.label(), x, y);
		for (RunFolder r : runs) {
			c.line(name(r), xs.apply(r), ys.apply(r));
		}
		return c;
	}

	private ResultChart perDischarge(View view, String y, java.util.function.ToDoubleFunction<Discharge> value) {
		ResultChart c = new ResultChart(chartHolder, view.label(), "discharge", y);
		for (RunFolder r : runs) {
			List<Discharge> d = r.summary().metrics().discharges();
			double[] n = new double[d.size()], v = new double[d.size()];
			for (int k = 0; k < n.length; k++) {
				n[k] = k + 1;
				v[k] = value.applyAsDouble(d.get(k));
			}
			c.points(name(r), n, v, 0);
		}
		return c;
	}

	private ResultChart cycle(View view) {
		ResultChart c = new ResultChart(chartHolder, view.label(), "capacity / mAh/cm2", "voltage / V");
		for (RunFolder r : runs) {
			List<Integer> cycles = CycleCurves.cycles(r.series());
			if (cycles.isEmpty()) {
				continue;
			}
			int cycle = view == View.FIRST_CYCLE ? cycles.get(0) : cycles.get(cycles.size() - 1);
			for (CycleCurves.Curve curve : CycleCurves.of(r.series(), cycle)) {
				c.line(name(r) + " " + curve.half().name().toLowerCase(java.util.Locale.ROOT), ResultPages.in(curve.capacity(), ResultUnits.MAH_PER_CM2),
						curve.voltage());
			}
		}
		return c;
	}

	private ResultChart resistance() {
		ResultChart c = new ResultChart(chartHolder, View.RESISTANCE.label(), "time / h", "R_int / Ohm cm2");
		for (RunFolder r : runs) {
			List<RunMetrics.CircuitFit> fits = r.summary().metrics().impedanceFit();
			c.points(name(r), fits.stream().mapToDouble(f -> ResultUnits.HOUR.fromSI(f.time())).toArray(),
					fits.stream().mapToDouble(f -> ResultUnits.OHM_CM2.fromSI(f.interfacial())).toArray(), 0);
		}
		return c;
	}

	private static boolean isMeasured(RunFolder r) {
		return MeasuredData.MODEL.equals(r.summary().model());
	}

	/** A run's name in legends and columns: its folder's name (unique where the simulation's name may not be). */
	private static String name(RunFolder r) {
		return r.folder().getFileName().toString() + (isMeasured(r) ? " (measured)" : "");
	}

	/** Metrics side by side: a row per quantity any run has, a column per run. */
	private void table(Composite parent) {
		Map<String, String[]> rows = new LinkedHashMap<>();
		for (int k = 0; k < runs.size(); k++) {
			for (MetricRow m : MetricRow.of(runs.get(k).summary())) {
				String quantity = m.quantity() + (m.unit().isEmpty() ? "" : " / " + m.unit());
				rows.computeIfAbsent(quantity, q -> new String[runs.size()])[k] = m.value();
			}
		}
		RunFolder measured = runs.stream().filter(CompareRunsEditor::isMeasured).findFirst().orElse(null);
		if (measured != null) {
			String[] rms = new String[runs.size()];
			for (int k = 0; k < runs.size(); k++) {
				if (runs.get(k) != measured) {
					rms[k] = MetricRow.format(ResultUnits.MILLIVOLT.fromSI(Residuals.rms(residual(runs.get(k), measured))));
				}
			}
			rows.put("RMS voltage residual against " + measured.folder().getFileName() + " / mV", rms);
		}
		List<String[]> lines = new ArrayList<>();
		rows.forEach((q, values) -> {
			String[] line = new String[runs.size() + 1];
			line[0] = q;
			System.arraycopy(values, 0, line, 1, values.length);
			lines.add(line);
		});
		metrics = lines;
		String[] columns = new String[runs.size() + 1];
		columns[0] = "Quantity";
		for (int k = 0; k < runs.size(); k++) {
			columns[k + 1] = name(runs.get(k));
		}
		IColumnAccessor<String[]> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(String[] row, int column) {
				return row[column] == null ? "" : row[column];
			}

			@Override
			public void setDataValue(String[] row, int column, Object value) {
				// runs are read only
			}

			@Override
			public int getColumnCount() {
				return columns.length;
			}
		};
		NatTable nat = Grids.create(parent, new DataLayer(new ListDataProvider<>(lines, accessor), 200, 22), columns, header -> header);
		nat.addConfiguration(new DefaultNatTableStyleConfiguration());
		nat.configure();
	}

	/** The metrics table's rows: quantity, then a value per run (null where a run has none). */
	private List<String[]> metrics;

	public List<String[]> metrics() {
		return metrics;
	}

	/** The runs compared. */
	public List<RunFolder> runs() {
		return List.copyOf(runs);
	}

	/** The chart shown. */
	public ResultChart chart() {
		return chart;
	}

	@Override
	public void setFocus() {
		chooser.setFocus();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// a comparison changes nothing
	}

	@Override
	public void doSaveAs() {
		// a comparison changes nothing
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
