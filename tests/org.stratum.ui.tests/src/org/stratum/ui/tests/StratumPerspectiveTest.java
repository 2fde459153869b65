package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.navigator.CommonNavigator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stratum.ui.Screenshots;
import org.stratum.ui.StratumPerspective;
import org.stratum.ui.views.SimulationResultsView;

/** The Stratum perspective in the running Stratum application: its views, its content, its looks. */
public class StratumPerspectiveTest {

	private static final String PROJECT = "perspective-test";

	@AfterEach
	public void deleteProject() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		if (project.exists()) {
			project.delete(true, true, new NullProgressMonitor());
		}
	}

	@Test
	public void stratumPerspectiveShowsItsViews() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window, "the Stratum application opened no workbench window");
		assertEquals("Stratum", window.getShell().getText());

		IWorkbenchPage page = PlatformUI.getWorkbench().showPerspective(StratumPerspective.ID, window);
		page.resetPerspective();
		assertEquals(StratumPerspective.ID, page.getPerspective().getId());
		assertEquals("Stratum", page.getPerspective().getLabel());

		for (String id : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
				IPageLayout.ID_PROP_SHEET, IPageLayout.ID_OUTLINE, IConsoleConstants.ID_CONSOLE_VIEW,
				SimulationResultsView.ID }) {
			assertNotNull(page.findViewReference(id), () -> "the Stratum perspective lacks view " + id + "; it has "
					+ Arrays.toString(Arrays.stream(page.getViewReferences()).map(r -> r.getId()).toArray()));
		}

		SimulationResultsView results = (SimulationResultsView) page.showView(SimulationResultsView.ID);
		assertEquals(List.of("Run", "Folder", "Status", "Headline", "Written"),
				Arrays.stream(results.viewer().getTable().getColumns()).map(c -> c.getText()).toList(), "the run history's columns");

		Path shot = screenshotFolder().resolve("stratum-perspective.png");
		Screenshots.capture(window.getShell(), shot);
		assertTrue(Files.size(shot) > 10_000, "screenshot is suspiciously small: " + shot);
	}

	/** Every menu text of the product and its about text are resolved from plugin.properties (no "%aboutText"). */
	@Test
	public void everyMenuTextAndTheAboutTextAreResolved() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		List<String> texts = new ArrayList<>();
		collect(window.getShell().getMenuBar(), texts);
		assertTrue(texts.size() > 10, "menu texts: " + texts);
		assertTrue(texts.stream().noneMatch(t -> t.contains("%")), "unresolved menu texts: " + texts);
		assertTrue(texts.stream().anyMatch(t -> t.replace("&", "").startsWith("About Stratum")), "no About Stratum in " + texts);
		IProduct product = Platform.getProduct();
		assertEquals("Stratum", product.getName());
		String about = product.getProperty("aboutText");
		assertTrue(about != null && about.startsWith("Stratum - a modelling workbench"), "about text: " + about);
	}

	private static void collect(Menu menu, List<String> texts) {
		if (menu == null) {
			return;
		}
		menu.notifyListeners(SWT.Show, new Event()); // JFace fills menus when they are shown
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(item.getText());
			}
			collect(item.getMenu(), texts);
		}
		menu.notifyListeners(SWT.Hide, new Event());
	}

	@Test
	public void projectExplorerShowsWorkspaceProjects() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());

		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IViewPart view = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
		CommonNavigator explorer = (CommonNavigator) view;
		explorer.getCommonViewer().refresh();
		flush();
		boolean shown = Arrays.stream(explorer.getCommonViewer().getTree().getItems())
				.anyMatch(item -> PROJECT.equals(item.getText()));
		assertTrue(shown, "Project Explorer does not show the workspace project " + PROJECT);
	}

	static Path screenshotFolder() {
		String folder = System.getProperty("stratum.screenshots");
		return Path.of(folder != null ? folder : "target/screenshots");
	}

	/** Runs the event loop until the condition holds or the time is up. */
	static void waitFor(java.util.function.BooleanSupplier condition, long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// run pending UI work
		}
	}
}
