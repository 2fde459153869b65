package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.debug.internal.ui.DebugUIPlugin;
import org.eclipse.debug.internal.ui.launchConfigurations.LaunchShortcutExtension;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.ui.Screenshots;
import org.stratum.ui.launch.SimulationJob;
import org.stratum.ui.launch.StudyJob;
import org.stratum.ui.launch.StudyLaunch;
import org.stratum.ui.launch.StudyLaunchDelegate;
import org.stratum.ui.launch.StudyLaunchShortcut;

/**
 * Sweeps and fits from the workbench as a modeller runs them: right-click a sweep or a fit in the Outline of its
 * .stratum editor, Run Sweep / Run Fit runs it as a Job with the engine of {@code stratum sweep} and {@code stratum fit},
 * reports in a console, refreshes the results and opens the sweep's table or the fit's overlay.
 */
public class StudyJobTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("studies");

	@Test
	void theOutlineRunsASweepAndOpensItsTable() throws Exception {
		runFromOutline("sweep CcdDesign", "Run Sweep CcdDesign");
		IFile table = PROJECT.project().getFile("results/CcdDesign/sweep.csv");
		assertTrue(table.exists(), "sweep.csv is in the workspace without a manual refresh");
		String csv = SimulationLaunchTest.read(table);
		assertTrue(csv.lines().count() == 21 && csv.startsWith("point,interlayer.thickness / um,"), csv);
		String log = console("sweep CcdDesign (seed-000.stratum)");
		assertTrue(log.contains("sweep CcdDesign: 20 points, 20 done, 0 failed") && log.contains("passed at every point that ran"), log);
		IEditorPart opened = waitForEditor("sweep.csv");
		assertTrue(opened != null, "the sweep's table is opened");
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("sweep-from-outline.png"));
		SeedProject.page().closeAllEditors(false);
	}

	@Test
	void theOutlineRunsAFitAndOpensItsOverlay() throws Exception {
		runFromOutline("fit BareSpectrum", "Run Fit BareSpectrum");
		assertTrue(PROJECT.project().getFile("results/BareSpectrum/fit.json").exists(), "fit.json is in the workspace");
		String log = console("fit BareSpectrum (seed-000.stratum)");
		assertTrue(log.contains("material LPSCl.exchange_current_density") && log.contains("(95 %: ") && log.contains("Ohm RMS over 114 points"), log);
		assertTrue(waitForEditor("overlay.png") != null, "the measured-and-fitted overlay is opened");
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("fit-from-outline.png"));
		SeedProject.page().closeAllEditors(false);
	}

	/** Run As > Stratum Sweep or Fit on a .stratum file: it lists the file's sweeps and fits, and runs the one chosen. */
	@Test
	void runAsListsTheSweepsAndFitsAndRunsTheOneChosen() throws Exception {
		LaunchShortcutExtension ours = DebugUIPlugin.getDefault().getLaunchConfigurationManager().getLaunchShortcuts().stream()
				.filter(s -> s.getId().equals("org.stratum.ui.launch.studyShortcut")).findFirst().orElseThrow();
		assertEquals("Stratum Sweep or Fit", ours.getLabel());
		for (String path : new String[] { "examples/seed-000/seed-000.stratum", "examples/seed-000/sym-sc.stack" }) {
			java.util.List<Object> selection = java.util.List.of(PROJECT.file(path));
			EvaluationContext context = new EvaluationContext(null, selection);
			context.addVariable("selection", selection);
			assertEquals(path.endsWith(".stratum"), ours.evalEnablementExpression(context, ours.getContextualLaunchEnablementExpression()), path);
		}
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		java.util.List<String> listed = new java.util.ArrayList<>();
		Display display = Display.getCurrent();
		display.timerExec(2000, () -> {
			Shell dialog = display.getActiveShell();
			Table table = find(dialog, Table.class, t -> true);
			for (TableItem item : table.getItems()) {
				listed.add(item.getText());
			}
			table.setSelection(listed.indexOf("fit BareKinetics"));
			table.notifyListeners(SWT.Selection, new Event());
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event()); // OK
		});
		new StudyLaunchShortcut().launch(new StructuredSelection(file), ILaunchManager.RUN_MODE);
		assertEquals(java.util.List.of("sweep CcdDesign", "fit BareKinetics", "fit BareSpectrum"), listed);
		long until = System.currentTimeMillis() + 200;
		while (System.currentTimeMillis() < until) {
			SimulationLaunchTest.dispatch();
		}
		SimulationLaunchTest.waitForSimulations(180_000);
		assertTrue(PROJECT.project().getFile("results/BareKinetics/fit.json").exists(), "the chosen fit ran");
		ILaunchConfiguration made = StudyLaunch.configurationFor(file, new StudyLaunch.Study(StudyJob.Kind.FIT, "BareKinetics"));
		assertEquals(1, Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()).filter(made::equals).count(),
				"Run As made the fit's configuration once (Run Configurations..., the Run menu's history)");
		assertTrue(Arrays.stream(DebugPlugin.getDefault().getLaunchManager().getLaunches()).anyMatch(l -> made.equals(l.getLaunchConfiguration())),
				"the run was launched through it");
		SeedProject.page().closeAllEditors(false);
	}

	/**
	 * Run Configurations... shows a sweep-or-fit configuration with the file's sweeps and fits to choose from; launching
	 * the configuration again runs its study again, and one that names no study is refused with what to fix.
	 */
	@Test
	void aSweepOrFitConfigurationIsEditedInRunConfigurationsAndRelaunched() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		ILaunchConfiguration configuration = StudyLaunch.configurationFor(file, new StudyLaunch.Study(StudyJob.Kind.FIT, "BareSpectrum"));
		java.util.List<String> offered = new java.util.ArrayList<>();
		String[] shown = new String[1];
		Display display = Display.getCurrent();
		display.timerExec(3000, () -> {
			Shell dialog = display.getActiveShell();
			Combo combo = find(dialog, Combo.class, c -> c.isVisible() && c.getItemCount() > 0);
			offered.addAll(java.util.List.of(combo.getItems()));
			shown[0] = combo.getText();
			try {
				Screenshots.capture(dialog, StratumPerspectiveTest.screenshotFolder().resolve("run-configurations-study.png"));
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			display.timerExec(1500, () -> answerNo(display, dialog)); // should closing ask to save changes
			dialog.close();
		});
		DebugUITools.openLaunchConfigurationDialogOnGroup(SeedProject.page().getWorkbenchWindow().getShell(), new StructuredSelection(configuration),
				IDebugUIConstants.ID_RUN_LAUNCH_GROUP);
		assertEquals(java.util.List.of("sweep CcdDesign", "fit BareKinetics", "fit BareSpectrum"), offered);
		assertEquals("fit BareSpectrum", shown[0]);
		IFile result = PROJECT.project().getFile("results/BareSpectrum/fit.json");
		if (result.exists()) {
			result.delete(true, null);
		}
		DebugUITools.launch(configuration, ILaunchManager.RUN_MODE);
		long until = System.currentTimeMillis() + 200;
		while (System.currentTimeMillis() < until) {
			SimulationLaunchTest.dispatch();
		}
		SimulationLaunchTest.waitForSimulations(180_000);
		assertTrue(result.exists(), "the configuration ran its fit");
		ILaunchConfigurationWorkingCopy nothing = configuration.getWorkingCopy();
		nothing.setAttribute(StudyLaunch.NAME, "");
		CoreException refused = org.junit.jupiter.api.Assertions.assertThrows(CoreException.class,
				() -> new StudyLaunchDelegate().launch(nothing, ILaunchManager.RUN_MODE, null, new NullProgressMonitor()));
		assertTrue(refused.getMessage().contains("names no sweep or fit of seed-000.stratum"), refused.getMessage());
		SeedProject.page().closeAllEditors(false);
	}

	/** Answers "No" to a question the dialog asks as it closes (unsaved changes), so the test never hangs on it. */
	private static void answerNo(Display display, Shell dialog) {
		Shell prompt = display.getActiveShell();
		if (prompt == null || prompt == dialog || prompt.isDisposed() || prompt == SeedProject.page().getWorkbenchWindow().getShell()) {
			return;
		}
		org.eclipse.swt.widgets.Button no = find(prompt, org.eclipse.swt.widgets.Button.class, b -> b.getText().replace("&", "").equals("No"));
		if (no != null) {
			no.notifyListeners(SWT.Selection, new Event());
		}
	}

	/** The first control under {@code control} (itself included) of the type that passes the test, or null. */
	private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Control control, Class<T> type,
			java.util.function.Predicate<T> test) {
		if (type.isInstance(control) && test.test(type.cast(control))) {
			return type.cast(control);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite c) {
			for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
				T found = find(child, type, test);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Opens seed 000's file, right-clicks the element in the Outline, chooses the action and waits for the job. */
	private static void runFromOutline(String element, String action) throws Exception {
		IDE.openEditor(SeedProject.page(), PROJECT.file("examples/seed-000/seed-000.stratum"));
		PageBookView outline = (PageBookView) SeedProject.page().showView(IPageLayout.ID_OUTLINE);
		for (int k = 0; k < 100; k++) {
			SimulationLaunchTest.dispatch(); // the outline is filled from the parsed text
		}
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		TreeItem item = Arrays.stream(tree.getItems()).filter(i -> i.getText().equals(element)).findFirst().orElseThrow(() -> new AssertionError(
				"no " + element + " in the outline: " + Arrays.stream(tree.getItems()).map(TreeItem::getText).toList()));
		tree.setSelection(item);
		Menu menu = tree.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem run = Arrays.stream(menu.getItems()).filter(i -> i.getText().equals(action)).findFirst().orElseThrow(
				() -> new AssertionError("no " + action + " in " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList()));
		run.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		long until = System.currentTimeMillis() + 200;
		while (System.currentTimeMillis() < until) {
			SimulationLaunchTest.dispatch(); // the job is scheduled
		}
		SimulationLaunchTest.waitForSimulations(180_000);
		assertTrue(Job.getJobManager().find(SimulationJob.FAMILY).length == 0);
	}

	private static IEditorPart waitForEditor(String name) {
		long until = System.currentTimeMillis() + 10_000;
		while (System.currentTimeMillis() < until) {
			IEditorPart active = SeedProject.page().getActiveEditor();
			if (active != null && active.getEditorInput().getName().equals(name)) {
				return active;
			}
			SimulationLaunchTest.dispatch();
		}
		return null;
	}

	private static String console(String name) {
		for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
			if (c instanceof MessageConsole m && c.getName().equals(name)) {
				return m.getDocument().get();
			}
		}
		throw new AssertionError("no console " + name);
	}
}
