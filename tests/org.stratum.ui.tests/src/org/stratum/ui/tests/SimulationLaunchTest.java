package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.expressions.EvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.internal.ui.DebugUIPlugin;
import org.eclipse.debug.internal.ui.launchConfigurations.LaunchShortcutExtension;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.PageBookView;
import org.eclipse.ui.progress.IProgressConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.ui.Screenshots;
import org.stratum.ui.launch.EngineMarkers;
import org.stratum.ui.launch.SimulationJob;
import org.stratum.ui.launch.SimulationLaunch;
import org.stratum.ui.results.RunResultsEditor;

/**
 * Running a simulation from the workbench as a modeller does: a "Stratum Simulation" launch configuration of seed
 * 000's CCD example runs as a Job, writes the same results folder as {@code stratum run}, which appears in the
 * workspace, and reports in a console; cancelling a long run keeps its partial result, marked as such.
 */
public class SimulationLaunchTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("launching");

	@Test
	void aLaunchConfigurationRunsSeed000sCcdAndTheResultsAppearInTheWorkspace() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		ILaunchConfiguration configuration = SimulationLaunch.configurationFor(file, "CcdScNano");
		assertEquals(configuration, SimulationLaunch.configurationFor(file, "CcdScNano"), "the same configuration is found again");
		configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()); // what Run does, without its launching job
		waitForSimulations(120_000);
		IFile summary = PROJECT.project().getFile("results/CcdScNano/summary.json");
		assertTrue(summary.exists(), "summary.json is in the workspace without a manual refresh");
		String json = read(summary);
		assertTrue(json.contains("\"status\": \"shorted\""), json);
		assertTrue(json.contains("\"partial\": false"), json);
		MessageConsole console = console("CcdScNano (seed-000.stratum)");
		assertNotNull(console, "a console for the run");
		String log = console.getDocument().get();
		assertTrue(log.contains("CcdScNano: shorted") && log.contains("critical current density"), log);
		screenshot("simulation-run-console.png");
	}

	@Test
	void cancellingALongRunKeepsItsPartialResultMarked() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/long.stratum");
		String text = """
				stack Sc = "sym-sc.stack";
				protocol EndlessCycling { sign plating positive; temperature 55 degC; log every 1 h;
					repeat 100000000 { plate at 0.1 mA/cm2 for 0.01 mAh/cm2; rest for 1 h; strip at 0.1 mA/cm2 for 0.01 mAh/cm2; rest for 1 h; } }
				simulation Endless { cell Sc; protocol EndlessCycling; model stack; outputs voltage, summary; }
				""";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		SimulationLaunch.configurationFor(file, "Endless").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		long until = System.currentTimeMillis() + 3000;
		while (System.currentTimeMillis() < until) {
			dispatch();
		}
		IFile summary = PROJECT.project().getFile("results/Endless/summary.json");
		assertEquals(1, Job.getJobManager().find(SimulationJob.FAMILY).length, () -> "the run is still going: " + (summary.exists() ? read(summary) : "no summary"));
		Job.getJobManager().cancel(SimulationJob.FAMILY);
		waitForSimulations(60_000);
		assertTrue(summary.exists(), "the partial result is written");
		String json = read(summary);
		assertTrue(json.contains("\"status\": \"cancelled\"") && json.contains("\"partial\": true"), json);
		RunResultsEditor editor = (RunResultsEditor) IDE.openEditor(SeedProject.page(), summary);
		StratumPerspectiveTest.flush();
		assertTrue(editor.banners().contains("partial"), "the results editor marks the cancelled run as partial: " + editor.banners());
		screenshot("results-cancelled-partial.png");
		SeedProject.page().closeAllEditors(false);
	}

	/** Right-click on a simulation in the Outline of its .stratum editor: Run Simulation runs it. */
	@Test
	void theOutlineRunsASimulationFromItsContextMenu() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		IDE.openEditor(SeedProject.page(), file);
		PageBookView outline = (PageBookView) SeedProject.page().showView(IPageLayout.ID_OUTLINE);
		for (int k = 0; k < 100; k++) {
			dispatch(); // the outline is filled from the parsed text
		}
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		TreeItem simulation = Arrays.stream(tree.getItems()).filter(item -> item.getText().equals("simulation CcdBare")).findFirst().orElseThrow();
		tree.setSelection(simulation);
		Menu menu = tree.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem run = Arrays.stream(menu.getItems()).filter(item -> item.getText().equals("Run Simulation CcdBare")).findFirst().orElseThrow();
		run.notifyListeners(SWT.Selection, new Event());
		menu.notifyListeners(SWT.Hide, new Event());
		IFile summary = PROJECT.project().getFile("results/CcdBare/summary.json");
		long until = System.currentTimeMillis() + 120_000;
		while (!summary.exists() || Job.getJobManager().find(SimulationJob.FAMILY).length > 0) {
			assertTrue(System.currentTimeMillis() < until, "CcdBare did not run from the Outline within 120 s");
			dispatch();
		}
		assertTrue(read(summary).contains("\"status\": \"shorted\""), read(summary));
		SeedProject.page().closeAllEditors(false);
	}

	/** A simulation the engine refuses ends the job with the engine's words, in its status, its console and a marker on the line to fix. */
	@Test
	void aRefusedSimulationSaysWhyInItsStatusAndConsole() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/short-domain.stratum");
		String text = "stack Nano = \"sym-sc-nano20-llzto.stack\";\nprotocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }\n"
				+ "simulation TooShort {\n\tcell Nano;\n\tprotocol P;\n\tmodel front { domain 10 um x 20 um; grid 0.25 um; }\n}\n";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IFolder results = PROJECT.project().getFolder("results");
		if (!results.exists()) {
			results.create(true, true, null);
		}
		SimulationJob job = new SimulationJob(file, "TooShort", results);
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE); // no dialog in the test
		job.schedule();
		waitForSimulations(60_000);
		assertEquals(IStatus.ERROR, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("does not fit in the front model's domain"), job.getResult().getMessage());
		String log = console("TooShort (short-domain.stratum)").getDocument().get();
		assertTrue(log.contains("make the domain taller"), log);
		assertTrue(!log.contains("Exception") && !log.contains("\tat "), "no trace in the console: " + log);
		IMarker[] markers = file.findMarkers(EngineMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length, "the refusal is marked on the file");
		assertEquals(6, markers[0].getAttribute(IMarker.LINE_NUMBER, -1), "on the line of 'model front', where the domain is set");
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").startsWith("simulation TooShort cannot run: "));
	}

	/** A cell the engine cannot simulate (no temperature) is marked on its .stack file, on the cell's line. */
	@Test
	void aCellTheEngineRefusesIsMarkedInItsStackFile() throws Exception {
		IFile stack = PROJECT.file("examples/seed-000/no-temperature.stack");
		String text = read(PROJECT.file("examples/seed-000/sym-bare.stack")).replaceFirst(" temperature=\"[^\"]*\"", "");
		stack.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IFile file = PROJECT.file("examples/seed-000/no-temperature.stratum");
		String stratum = "stack Cold = \"no-temperature.stack\";\nprotocol Plate { plate at 0.1 mA/cm2 for 1 h; }\nsimulation ColdRun { cell Cold; protocol Plate; model stack; }\n";
		file.create(new ByteArrayInputStream(stratum.getBytes(StandardCharsets.UTF_8)), true, null);
		SimulationJob job = new SimulationJob(file, "ColdRun", PROJECT.project().getFolder("results"));
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.schedule();
		waitForSimulations(60_000);
		assertEquals(IStatus.ERROR, job.getResult().getSeverity(), job.getResult().getMessage());
		IMarker[] onStack = stack.findMarkers(EngineMarkers.TYPE, false, IResource.DEPTH_ZERO);
		IMarker[] onStratum = file.findMarkers(EngineMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, onStack.length + onStratum.length, "one marker: " + job.getResult().getMessage());
		IMarker marker = onStack.length == 1 ? onStack[0] : onStratum[0];
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("temperature"), marker.getAttribute(IMarker.MESSAGE, ""));
		assertEquals(1, onStack.length, "the cell's problem is marked in its .stack file, not in " + file.getName());
		assertEquals(2, marker.getAttribute(IMarker.LINE_NUMBER, -1), "on the cell's line of the .stack file");
		job = new SimulationJob(file, "ColdRun", PROJECT.project().getFolder("results"));
		job.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		job.schedule();
		waitForSimulations(60_000);
		assertEquals(1, stack.findMarkers(EngineMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "running again replaces the marker, not adds one");
	}

	/** A launch configuration's overrides change the simulated cell, go into the summary's notes, and leave the file as it was. */
	@Test
	void launchOverridesChangeTheCellAndNotTheFile() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		String before = read(file);
		IFolder results = PROJECT.project().getFolder("results");
		if (!results.exists()) {
			results.create(true, true, null);
		}
		new SimulationJob(file, "CcdSc", results).schedule();
		waitForSimulations(120_000);
		var type = org.eclipse.debug.core.DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(SimulationLaunch.TYPE);
		var copy = type.newInstance(null, "CcdSc with a thick layer");
		copy.setAttribute(SimulationLaunch.FILE, file.getFullPath().toString());
		copy.setAttribute(SimulationLaunch.SIMULATION, "CcdSc");
		copy.setAttribute(SimulationLaunch.OUTPUT, "results-thick");
		copy.setAttribute(SimulationLaunch.OVERRIDES, List.of("interlayer.thickness = 60 um"));
		copy.doSave().launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		waitForSimulations(120_000);
		var plain = org.stratum.engine.results.SummaryJson.parse(read(PROJECT.project().getFile("results/CcdSc/summary.json")), "plain");
		var thick = org.stratum.engine.results.SummaryJson.parse(read(PROJECT.project().getFile("results-thick/CcdSc/summary.json")), "thick");
		assertTrue(thick.notes().stream().anyMatch(n -> n.contains("interlayer.thickness = 60 um")), "the override is in the notes: " + thick.notes());
		assertTrue(plain.notes().stream().noneMatch(n -> n.contains("60 um")), plain.notes().toString());
		// twice the layer's ionic path raises the first sample's overpotential (the CCD step it cracks at may stay the same)
		assertTrue(thick.metrics().initialOverpotential() > plain.metrics().initialOverpotential(),
				"a 60 um layer changes the CCD run: " + plain.metrics() + " vs " + thick.metrics());
		assertEquals(before, read(file), "the file stays as written");
		SimulationJob bad = new SimulationJob(file, "CcdSc", results, List.of("interlayer.thikness = 60 um"));
		bad.setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
		bad.schedule();
		waitForSimulations(60_000);
		assertEquals(IStatus.ERROR, bad.getResult().getSeverity());
		assertTrue(bad.getResult().getMessage().contains("override: "), bad.getResult().getMessage());
	}

	/** Run As on a file with several simulations lists them all at once (the first selected), as a user sees it. */
	@Test
	void runAsOnAFileWithSeveralSimulationsListsThemAll() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		List<String> listed = new java.util.ArrayList<>();
		Display display = Display.getCurrent();
		display.timerExec(2000, () -> {
			org.eclipse.swt.widgets.Shell dialog = display.getActiveShell();
			collect(dialog, listed);
			screenshotOf(dialog, "run-as-choose-simulation.png");
			dialog.close();
		});
		new org.stratum.ui.launch.SimulationLaunchShortcut().launch(new org.eclipse.jface.viewers.StructuredSelection(file), ILaunchManager.RUN_MODE);
		assertTrue(listed.size() >= 10 && listed.contains("CcdScNano") && listed.get(0).equals("CcdBare"), "the chooser lists: " + listed);
		assertEquals(0, Job.getJobManager().find(SimulationJob.FAMILY).length, "closing the chooser runs nothing");
	}

	private static void collect(org.eclipse.swt.widgets.Control control, List<String> items) {
		if (control instanceof org.eclipse.swt.widgets.Table table) {
			for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
				items.add(item.getText());
			}
		} else if (control instanceof org.eclipse.swt.widgets.Composite c) {
			for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
				collect(child, items);
			}
		}
	}

	private static void screenshotOf(org.eclipse.swt.widgets.Shell shell, String name) {
		try {
			Screenshots.capture(shell, StratumPerspectiveTest.screenshotFolder().resolve(name));
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	/** Run As on a .stratum file offers "Stratum Simulation" (the shortcut's enablement), on a .stack file it does not. */
	@Test
	void runAsOffersStratumSimulationOnStratumFilesOnly() throws Exception {
		LaunchShortcutExtension ours = DebugUIPlugin.getDefault().getLaunchConfigurationManager().getLaunchShortcuts().stream()
				.filter(s -> s.getId().equals("org.stratum.ui.launch.simulationShortcut")).findFirst().orElseThrow();
		assertEquals("Stratum Simulation", ours.getLabel());
		for (String path : new String[] { "examples/seed-000/seed-000.stratum", "examples/seed-000/sym-sc.stack" }) {
			List<Object> selection = List.of(PROJECT.file(path));
			EvaluationContext context = new EvaluationContext(null, selection);
			context.addVariable("selection", selection);
			boolean enabled = ours.evalEnablementExpression(context, ours.getContextualLaunchEnablementExpression());
			assertEquals(path.endsWith(".stratum"), enabled, "Run As > Stratum Simulation on " + path);
		}
	}

	private static void screenshot(String name) throws Exception {
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve(name));
	}

	static String read(IFile file) {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (Exception e) {
			throw new AssertionError(file + " cannot be read", e);
		}
	}

	private static MessageConsole console(String name) {
		for (IConsole c : ConsolePlugin.getDefault().getConsoleManager().getConsoles()) {
			if (c instanceof MessageConsole m && c.getName().equals(name)) {
				return m;
			}
		}
		return null;
	}

	/** Lets the UI run until no simulation job is left, or fails after the timeout. */
	static void waitForSimulations(long millis) {
		long until = System.currentTimeMillis() + millis;
		while (Job.getJobManager().find(SimulationJob.FAMILY).length > 0) {
			assertTrue(System.currentTimeMillis() < until, "the simulation did not end within " + millis / 1000 + " s");
			dispatch();
		}
		for (int k = 0; k < 50; k++) {
			dispatch(); // the console's document is filled asynchronously
		}
	}

	static void dispatch() {
		Display display = Display.getCurrent();
		if (!display.readAndDispatch()) {
			try {
				Thread.sleep(10);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
