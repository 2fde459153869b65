package org.stratum.ui.results;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.RunSummary;
import org.stratum.ui.launch.SimulationLaunchShortcut;
import org.stratum.ui.tables.Grids;

/**
 * The results editor's first page: what ran and how it ended, a banner when the result is partial (cancelled or
 * failed) or stale (an input changed since, by the hashes in summary.json, with Run Again), the metrics as a
 * table and the run's notes.
 */
final class SummaryPage extends Composite {

	private static final String[] COLUMNS = { "Quantity", "Value", "Unit" };

	/** The banners shown, for tests: "partial", "stale". */
	private final java.util.List<String> banners = new java.util.ArrayList<>();

	SummaryPage(Composite parent, RunFolder run) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(2, false));
		RunSummary s = run.summary();
		Label heading = new Label(this, SWT.WRAP);
		heading.setText(s.simulation() + ": " + s.status().name().toLowerCase(java.util.Locale.ROOT) + (s.reason() == null ? "" : " - " + s.reason()));
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		Label what = new Label(this, SWT.NONE);
		what.setText("cell " + s.cell() + ", protocol " + s.protocol() + ", " + s.model() + " model, Stratum " + s.stratumVersion());
		what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		if (s.partial()) {
			banner("partial", "Partial result: the run was " + s.status().name().toLowerCase(java.util.Locale.ROOT)
					+ " before its protocol's end; its curves and metrics stop there.", null);
		}
		List<RunSummary.InputFile> changed = s.inputs().stream().filter(RunSummary.InputFile::changedSince).toList();
		if (!changed.isEmpty()) {
			banner("stale", "Stale: " + String.join(", ", changed.stream().map(f -> Path.of(f.file()).getFileName().toString()).toList())
					+ " changed since this run; its results may no longer match the inputs.", s);
		}
		NatTable table = table(MetricRow.of(s));
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		if (!s.notes().isEmpty()) {
			Text notes = new Text(this, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
			notes.setText(String.join("\n", s.notes()));
			GridData data = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
			data.heightHint = 80;
			notes.setLayoutData(data);
		}
	}

	/** A coloured line across the page; a stale result offers to run again. */
	private void banner(String kind, String text, RunSummary rerun) {
		banners.add(kind);
		Label label = new Label(this, SWT.WRAP);
		label.setText(text);
		label.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, rerun == null ? 2 : 1, 1));
		if (rerun != null) {
			IFile source = source(rerun);
			Button again = new Button(this, SWT.PUSH);
			again.setText("Run Again");
			again.setEnabled(source != null);
			again.addListener(SWT.Selection, e -> SimulationLaunchShortcut.launch(null, source, rerun.simulation(), "run"));
		}
	}

	/** The workspace file of the run's .stratum input (its first input), or null when it is not in the workspace. */
	private static IFile source(RunSummary s) {
		if (s.inputs().isEmpty()) {
			return null;
		}
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Path.of(s.inputs().get(0).file()).toUri());
		return files.length == 0 ? null : files[0];
	}

	private NatTable table(List<MetricRow> rows) {
		IColumnAccessor<MetricRow> accessor = new IColumnAccessor<>() {
			@Override
			public Object getDataValue(MetricRow row, int column) {
				return switch (column) {
				case 0 -> row.quantity();
				case 1 -> row.value();
				default -> row.unit();
				};
			}

			@Override
			public void setDataValue(MetricRow row, int column, Object value) {
				// a run's metrics are read only
			}

			@Override
			public int getColumnCount() {
				return COLUMNS.length;
			}
		};
		DataLayer body = new DataLayer(new ListDataProvider<>(rows, accessor), 220, 22);
		NatTable nat = Grids.create(this, body, COLUMNS, header -> header);
		nat.addConfiguration(new DefaultNatTableStyleConfiguration());
		nat.configure();
		return nat;
	}

	/** The banners shown ("partial", "stale"). */
	List<String> banners() {
		return banners;
	}
}
