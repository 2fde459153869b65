package org.stratum.ui.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.MultiPageEditorPart;
import org.stratum.engine.results.RunFolder;

/**
 * The results editor: opens on a run's {@code summary.json} and shows the run's folder as pages (summary and
 * metrics, voltage and current, the CCD staircase, capacity, voltage vs capacity, impedance, interfacial
 * resistance, Li plated by location; see {@link ResultPages}). It reads the folder through the typed results
 * model and reads it again whenever a run rewrites it. It never changes a file.
 */
public final class RunResultsEditor extends MultiPageEditorPart implements IResourceChangeListener {

	public static final String ID = "org.stratum.ui.editors.runResults";

	private IFile summary;
	private RunFolder run;
	private String problem;
	/** Titles of the pages shown, in order. */
	private final List<String> titles = new ArrayList<>();

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput file)) {
			throw new PartInitException("the results editor opens a run's summary.json in the workspace, not " + input.getName());
		}
		super.init(site, input);
		summary = file.getFile();
		setPartName(summary.getParent().getName());
		load();
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	private void load() {
		run = null;
		problem = null;
		if (summary.getLocation() == null) {
			problem = summary.getFullPath() + " is not on this computer's disk";
			return;
		}
		try {
			run = RunFolder.read(summary.getLocation().toFile().toPath().getParent());
			setTitleToolTip(run.summary().simulation() + ": " + run.summary().status().name().toLowerCase(java.util.Locale.ROOT));
		} catch (IOException e) {
			problem = "This run's results cannot be shown: " + e.getMessage()
					+ "\nRun the simulation again to rewrite its folder, or open summary.json with the text editor (Open With > Text Editor).";
		}
	}

	@Override
	protected void createPages() {
		titles.clear();
		if (run == null) {
			Composite page = new Composite(getContainer(), SWT.NONE);
			page.setLayout(new FillLayout());
			Label message = new Label(page, SWT.WRAP);
			message.setText(problem);
			addPage(page);
			setPageText(0, "Problem");
			titles.add("Problem");
			return;
		}
		for (ResultPage page : ResultPages.ALL) {
			if (page.appliesTo().test(run)) {
				Control control = page.create().apply(getContainer(), run);
				int index = addPage(control);
				setPageText(index, page.title());
				titles.add(page.title());
			}
		}
	}

	/** Reads the folder again and rebuilds the pages, keeping the page the user was on. */
	public void reload() {
		String current = getActivePage() >= 0 && getActivePage() < titles.size() ? titles.get(getActivePage()) : null;
		while (getPageCount() > 0) {
			removePage(0);
		}
		load();
		createPages();
		int index = titles.indexOf(current);
		setActivePage(Math.max(0, index));
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		IContainer folder = summary.getParent();
		IResourceDelta delta = event.getDelta() == null ? null : event.getDelta().findMember(folder.getFullPath());
		if (delta == null || !summary.exists()) {
			return; // a deleted folder keeps what was shown until a run writes it again
		}
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (getContainer() != null && !getContainer().isDisposed()) {
				reload();
			}
		});
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		super.dispose();
	}

	/** The run shown, or null when it could not be read. */
	public RunFolder getRun() {
		return run;
	}

	/** Why the run is not shown, or null. */
	public String getProblem() {
		return problem;
	}

	/** Titles of the pages, in tab order. */
	public List<String> pageTitles() {
		return List.copyOf(titles);
	}

	/** Shows the page with this title. */
	public void showPage(String title) {
		setActivePage(titles.indexOf(title));
	}

	/** The control of the page with this title (a {@link DendriteFrontPage} for the front's page). */
	public org.eclipse.swt.widgets.Control page(String title) {
		return getControl(titles.indexOf(title));
	}

	/** The charts of the page with this title, in order. */
	public List<ResultChart> charts(String title) {
		List<ResultChart> charts = new ArrayList<>();
		collect(getControl(titles.indexOf(title)), charts);
		return charts;
	}

	/** The banners of the summary page ("partial", "stale"). */
	public List<String> banners() {
		return getControl(0) instanceof SummaryPage page ? page.banners() : List.of();
	}

	private static void collect(Control control, List<ResultChart> charts) {
		if (control instanceof ResultChart chart) {
			charts.add(chart);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, charts);
			}
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// results are written by runs only
	}

	@Override
	public void doSaveAs() {
		// results are written by runs only
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
