package org.stratum.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;
import org.stratum.ui.results.CompareRunsEditor;
import org.stratum.ui.results.Headlines;
import org.stratum.ui.results.WorkspaceRuns;
import org.stratum.ui.results.WorkspaceRuns.Entry;

/**
 * The run history of the workspace: every results folder with its status, headline and age, newest first, kept
 * current as runs write. Double-click opens a run's results editor; select several and Compare overlays them.
 */
public class SimulationResultsView extends ViewPart implements IResourceChangeListener {

	public static final String ID = "org.stratum.ui.views.simulationResults";

	private TableViewer viewer;
	private Action compare;
	/** Whether a rescan is already queued (changes come in bursts while a run writes). */
	private boolean queued;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Run", 170, e -> e.run().simulation());
		column("Folder", 220, e -> e.summary().getParent().getFullPath().toString());
		column("Status", 90, e -> e.run().status().name().toLowerCase(java.util.Locale.ROOT) + (e.run().partial() ? " (partial)" : ""));
		column("Headline", 380, e -> Headlines.of(e.run()));
		column("Written", 100, e -> Headlines.ago(e.modified(), System.currentTimeMillis()));
		viewer.addDoubleClickListener(event -> selected().forEach(SimulationResultsView::open));
		compare = new Action("Compare Selected") {
			@Override
			public void run() {
				CompareRunsEditor.open(getSite().getPage(), selected().stream().map(Entry::summary).toList());
			}
		};
		compare.setToolTipText("Overlay the selected runs' curves and put their metrics side by side");
		compare.setEnabled(false);
		viewer.addSelectionChangedListener(e -> compare.setEnabled(selected().size() >= 2));
		getViewSite().getActionBars().getToolBarManager().add(compare);
		getSite().setSelectionProvider(viewer);
		refresh();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	private void column(String title, int width, java.util.function.Function<Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Entry) element);
			}
		});
	}

	/** The runs selected in the table. */
	public List<Entry> selected() {
		List<Entry> entries = new ArrayList<>();
		for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
			entries.add((Entry) o);
		}
		return entries;
	}

	/** Lists the workspace's runs again. */
	public void refresh() {
		queued = false;
		if (!viewer.getControl().isDisposed()) {
			viewer.setInput(WorkspaceRuns.all());
		}
	}

	/** The runs listed, newest first. */
	@SuppressWarnings("unchecked")
	public List<Entry> runs() {
		return (List<Entry>) viewer.getInput();
	}

	/** The table, for tests that select and compare. */
	public TableViewer viewer() {
		return viewer;
	}

	/** The Compare Selected action. */
	public Action compareAction() {
		return compare;
	}

	private static void open(Entry entry) {
		try {
			IDE.openEditor(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), entry.summary());
		} catch (PartInitException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(null, "Results cannot be opened", null, e.getStatus());
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (WorkspaceRuns.touchesRuns(event) && !queued && !viewer.getControl().isDisposed()) {
			queued = true;
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}
}
