package org.stratum.ui.results;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.stratum.engine.results.CsvTable;
import org.stratum.engine.results.CsvTable.CsvFormatException;
import org.stratum.ui.tables.Grids;

/**
 * A CSV file (a run's time series, impedance, measured data) as a table, with a plot of one column
 * against another below it: choose x and y and press <i>Plot</i>. The file is only read.
 */
public class CsvEditor extends FileViewer {

	public static final String ID = "org.stratum.ui.editors.csv";

	private CsvTable table;
	private String problem;
	private Combo x;
	private Combo y;
	private Chart chart;
	private SashForm sash;
	private NatTable natTable;

	@Override
	protected void load(IFile file) {
		try (Reader reader = new InputStreamReader(file.getContents(), StandardCharsets.UTF_8)) {
			table = CsvTable.parse(reader, file.getName());
		} catch (CsvFormatException e) {
			problem = e.getMessage();
		} catch (CoreException | IOException e) {
			problem = file.getName() + " cannot be read: " + e.getMessage();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(6, false));
		if (table == null) {
			Label message = new Label(parent, SWT.WRAP);
			message.setText(problem + "\nOpen it with the text editor (Open With > Text Editor) to fix it.");
			return;
		}
		List<String> numeric = new ArrayList<>();
		for (int i = 0; i < table.columns().size(); i++) {
			if (table.isNumeric(i)) {
				numeric.add(table.columns().get(i));
			}
		}
		new Label(parent, SWT.NONE).setText("x:");
		x = combo(parent, numeric, 0);
		new Label(parent, SWT.NONE).setText("y:");
		y = combo(parent, numeric, Math.min(1, numeric.size() - 1));
		Button plot = new Button(parent, SWT.PUSH);
		plot.setText("Plot");
		plot.setEnabled(!numeric.isEmpty());
		plot.addListener(SWT.Selection, e -> plot());
		Label size = new Label(parent, SWT.NONE);
		size.setText(table.rows().size() + " rows, " + table.columns().size() + " columns");
		size.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
		sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1));
		natTable = createTable(sash);
		chart = new Chart(sash, SWT.NONE);
		chart.getTitle().setVisible(false);
		sash.setMaximizedControl(natTable);
	}

	private static Combo combo(Composite parent, List<String> items, int selected) {
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setItems(items.toArray(new String[0]));
		if (!items.isEmpty()) {
			combo.select(selected);
		}
		return combo;
	}

	private NatTable createTable(Composite parent) {
		IColumnAccessor<List<String>> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(List<String> row, int column) {
				return row.get(column);
			}

			@Override
			public void setDataValue(List<String> row, int column, Object value) {
				// the file is only read
			}

			@Override
			public int getColumnCount() {
				return table.columns().size();
			}
		};
		DataLayer bodyData = new DataLayer(new ListDataProvider<>(table.rows(), accessor), 140, 20);
		NatTable nat = Grids.create(parent, bodyData, table.columns().toArray(new String[0]), header -> header);
		nat.addConfiguration(new DefaultNatTableStyleConfiguration());
		nat.configure();
		return nat;
	}

	/** Plots the chosen y column against the chosen x column (rows where either is empty are left out). */
	public void plot() {
		int xColumn = table.columns().indexOf(x.getText());
		int yColumn = table.columns().indexOf(y.getText());
		if (xColumn < 0 || yColumn < 0) {
			return;
		}
		double[] xs = table.numbers(xColumn);
		double[] ys = table.numbers(yColumn);
		int n = 0;
		for (int i = 0; i < xs.length; i++) {
			if (!Double.isNaN(xs[i]) && !Double.isNaN(ys[i])) {
				xs[n] = xs[i];
				ys[n] = ys[i];
				n++;
			}
		}
		for (ISeries<?> old : chart.getSeriesSet().getSeries()) {
			chart.getSeriesSet().deleteSeries(old.getId());
		}
		ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, y.getText());
		series.setXSeries(java.util.Arrays.copyOf(xs, n));
		series.setYSeries(java.util.Arrays.copyOf(ys, n));
		series.setSymbolType(ILineSeries.PlotSymbolType.NONE);
		chart.getAxisSet().getXAxis(0).getTitle().setText(x.getText());
		chart.getAxisSet().getYAxis(0).getTitle().setText(y.getText());
		chart.getLegend().setVisible(false);
		chart.getAxisSet().adjustRange();
		sash.setMaximizedControl(null);
		sash.setWeights(45, 55);
		chart.redraw();
	}

	/** The table read from the file, or null when it could not be read. */
	public CsvTable getTable() {
		return table;
	}

	/** Why the file is not shown as a table, or null. */
	public String getProblem() {
		return problem;
	}

	/** The plot (hidden until Plot is pressed). */
	public Chart getChart() {
		return chart;
	}

	/** Chooses the columns to plot, as the x and y combos do. */
	public void choose(String xColumn, String yColumn) {
		x.select(x.indexOf(xColumn));
		y.select(y.indexOf(yColumn));
	}

	@Override
	public void setFocus() {
		if (natTable != null) {
			natTable.setFocus();
		}
	}




}
