package org.stratum.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.ISeries;
import org.stratum.engine.results.CycleCurves;
import org.stratum.engine.results.RunFolder;

/** Voltage against capacity for the cycles the user picks (the first and the last at first). */
final class VoltageCapacityPage extends Composite {

	private final org.eclipse.swt.widgets.List picker;
	private final ResultChart chart;
	private final RunFolder run;
	private final List<Integer> cycles;

	VoltageCapacityPage(Composite parent, RunFolder run) {
		super(parent, SWT.NONE);
		this.run = run;
		setLayout(new GridLayout(2, false));
		Label label = new Label(this, SWT.NONE);
		label.setText("Cycles (Ctrl+click for several):");
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 2, 1));
		picker = new org.eclipse.swt.widgets.List(this, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		picker.setLayoutData(new GridData(SWT.FILL, SWT.FILL, false, true));
		cycles = CycleCurves.cycles(run.series());
		for (Integer c : cycles) {
			picker.add("cycle " + c);
		}
		chart = new ResultChart(this, run.summary().simulation() + ": voltage vs capacity", "capacity / mAh/cm2", "voltage / V");
		chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		if (!cycles.isEmpty()) {
			picker.select(0);
			picker.select(cycles.size() - 1);
		}
		picker.addListener(SWT.Selection, e -> redraw(selected()));
		redraw(selected());
	}

	private List<Integer> selected() {
		List<Integer> chosen = new ArrayList<>();
		for (int i : picker.getSelectionIndices()) {
			chosen.add(cycles.get(i));
		}
		return chosen;
	}

	/** Shows the curves of these cycles. */
	void redraw(List<Integer> chosen) {
		for (ISeries<?> s : chart.chart().getSeriesSet().getSeries()) {
			chart.chart().getSeriesSet().deleteSeries(s.getId());
		}
		ResultPages.cycleCurves(chart, run.series(), chosen);
		chart.resetZoom();
	}

	ResultChart chart() {
		return chart;
	}
}
