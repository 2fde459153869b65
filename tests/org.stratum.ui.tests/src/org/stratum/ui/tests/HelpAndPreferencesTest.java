package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.ui.Screenshots;
import org.stratum.ui.help.FirstSteps;
import org.stratum.ui.help.HelpPage;
import org.stratum.ui.help.ShowHelpHandler;
import org.stratum.ui.help.StratumHelpView;
import org.stratum.ui.launch.SimulationJob;
import org.stratum.ui.launch.SimulationLaunch;
import org.stratum.ui.preferences.StratumPreferences;
import org.stratum.ui.results.ResultChart;

/**
 * The Help menu's Stratum pages and first steps, and the preferences a modeller sets: each page shows in the Stratum
 * Help view from its menu command, the cheat sheet opens, the preference page opens, one run at a time when the
 * preferences say so, and charts take the chosen palette.
 */
public class HelpAndPreferencesTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("help-and-preferences");

	@AfterEach
	void restorePreferences() {
		StratumPreferences.store().setToDefault(StratumPreferences.PARALLEL_RUNS);
		StratumPreferences.store().setToDefault(StratumPreferences.PALETTE);
	}

	private static void screenshot(String name) throws Exception {
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve(name));
	}

	@Test
	void theHelpMenuShowsEachStratumPage() throws Exception {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		MenuItem help = Arrays.stream(bar.getItems()).filter(i -> i.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		List<String> items = Arrays.stream(help.getMenu().getItems()).map(i -> i.getText().replace("&", "")).toList();
		help.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		assertTrue(items.containsAll(List.of("First Steps with Stratum", "Tutorial: Reproduce Seed 000", "Stratum User Guide", "Stratum Language Reference")),
				"the Help menu: " + items);
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		Map<HelpPage, String> expected = Map.of(HelpPage.TUTORIAL, "Right-click seed-000.stratum", HelpPage.USER_GUIDE, "Compare Selected",
				HelpPage.LANGUAGE_REFERENCE, "short below 1 mV");
		for (HelpPage page : HelpPage.values()) {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(ShowHelpHandler.COMMAND), Map.of(ShowHelpHandler.PAGE, page.name())),
					null);
			StratumPerspectiveTest.flush();
			StratumHelpView view = (StratumHelpView) SeedProject.page().findView(StratumHelpView.ID);
			assertNotNull(view, "the help view opens");
			assertEquals(page, view.shown());
			assertTrue(view.shownText().contains(expected.get(page)), page + " shows its text: " + view.shownText().substring(0, 200));
			screenshot("help-" + page.name().toLowerCase().replace('_', '-') + ".png");
		}
		SeedProject.page().hideView(SeedProject.page().findView(StratumHelpView.ID));
	}

	@Test
	void theFirstStepsCheatSheetOpens() throws Exception {
		FirstSteps.open();
		StratumPerspectiveTest.flush();
		assertNotNull(SeedProject.page().findView("org.eclipse.ui.cheatsheets.views.CheatSheetView"), "the cheat sheet view is open");
		screenshot("first-steps-cheat-sheet.png");
		SeedProject.page().hideView(SeedProject.page().findView("org.eclipse.ui.cheatsheets.views.CheatSheetView"));
	}

	@Test
	void thePreferencePageOpensWithItsFields() throws Exception {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(shell, "org.stratum.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		StratumPerspectiveTest.flush();
		Screenshots.capture(dialog.getShell(), StratumPerspectiveTest.screenshotFolder().resolve("preferences-stratum.png"));
		assertEquals("Stratum", dialog.getSelectedPage() == null ? null : ((org.eclipse.jface.preference.IPreferencePage) dialog.getSelectedPage()).getTitle());
		dialog.close();
	}

	@Test
	void oneRunAtATimeWhenThePreferencesSaySo() throws Exception {
		StratumPreferences.store().setValue(StratumPreferences.PARALLEL_RUNS, 1);
		IFile file = PROJECT.file("examples/seed-000/two-long.stratum");
		String text = """
				stack Sc = "sym-sc.stack";
				protocol Endless2 { sign plating positive; temperature 55 degC; log every 1 h;
					repeat 100000000 { plate at 0.1 mA/cm2 for 0.01 mAh/cm2; rest for 1 h; strip at 0.1 mA/cm2 for 0.01 mAh/cm2; rest for 1 h; } }
				simulation LongA { cell Sc; protocol Endless2; model stack; }
				simulation LongB { cell Sc; protocol Endless2; model stack; }
				""";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, new NullProgressMonitor());
		SimulationLaunch.configurationFor(file, "LongA").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		SimulationLaunch.configurationFor(file, "LongB").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		long until = System.currentTimeMillis() + 2000;
		while (System.currentTimeMillis() < until) {
			if (!Display.getCurrent().readAndDispatch()) {
				Thread.sleep(10);
			}
		}
		Job[] jobs = Job.getJobManager().find(SimulationJob.FAMILY);
		long running = Arrays.stream(jobs).filter(j -> j.getState() == Job.RUNNING).count();
		Job.getJobManager().cancel(SimulationJob.FAMILY);
		SimulationLaunchTest.waitForSimulations(60_000);
		assertEquals(2, jobs.length, "both runs were scheduled");
		assertEquals(1, running, "one runs, the other waits its turn");
	}

	@Test
	void chartsTakeThePaletteOfThePreferences() {
		StratumPreferences.store().setValue(StratumPreferences.PALETTE, StratumPreferences.Palette.VIRIDIS.name());
		Shell shell = new Shell(Display.getCurrent());
		try {
			ResultChart chart = new ResultChart(shell, "palette", "x", "y");
			var series = chart.line("first", new double[] { 0, 1 }, new double[] { 0, 1 });
			int[] rgb = StratumPreferences.Palette.VIRIDIS.colour(0);
			assertEquals(new org.eclipse.swt.graphics.RGB(rgb[0], rgb[1], rgb[2]), series.getLineColor().getRGB());
		} finally {
			shell.dispose();
		}
	}
}
