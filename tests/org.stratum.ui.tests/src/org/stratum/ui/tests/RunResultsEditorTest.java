package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.ui.Screenshots;
import org.stratum.ui.launch.SimulationJob;
import org.stratum.ui.launch.SimulationLaunch;
import org.stratum.ui.results.ResultChart;
import org.stratum.ui.results.ResultPages;
import org.stratum.ui.results.RunResultsEditor;
import org.stratum.ui.views.LiveFrontView;

/**
 * The results editor on runs made in the workbench: seed 000's CCD run shows its staircase with the short marked,
 * seed 003's LFP full cell its capacity, voltage-capacity, impedance and interfacial-resistance pages, charts export,
 * and a result whose input changed says it is stale. Every page is saved as a screenshot.
 */
public class RunResultsEditorTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("results-editor");

	@TempDir
	Path exports;

	private static RunResultsEditor run(String file, String simulation) throws Exception {
		SimulationLaunch.configurationFor(PROJECT.file(file), simulation).launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		SimulationLaunchTest.waitForSimulations(180_000);
		IFile summary = PROJECT.project().getFile("results/" + simulation + "/summary.json");
		assertTrue(summary.exists(), simulation + " wrote no summary");
		IEditorPart part = IDE.openEditor(SeedProject.page(), summary);
		StratumPerspectiveTest.flush();
		assertTrue(part instanceof RunResultsEditor, "summary.json opened in " + part.getClass().getName());
		return (RunResultsEditor) part;
	}

	/** Units per pixel of a chart's x and left y axis, as drawn. */
	private static double[] ohmPerPixel(ResultChart chart) {
		org.eclipse.swt.graphics.Point size = chart.chart().getPlotArea().getControl().getSize();
		org.eclipse.swtchart.Range x = chart.chart().getAxisSet().getXAxis(0).getRange();
		org.eclipse.swtchart.Range y = chart.chart().getAxisSet().getYAxis(0).getRange();
		assertTrue(size.x > 0 && size.y > 0, "the chart is laid out: " + size);
		return new double[] { (x.upper - x.lower) / size.x, (y.upper - y.lower) / size.y };
	}

	private static ISeries<?> series(ResultChart chart, String name) {
		return chart.chart().getSeriesSet().getSeries(name);
	}

	private static void screenshots(RunResultsEditor editor, String prefix) throws Exception {
		for (String title : editor.pageTitles()) {
			editor.showPage(title);
			StratumPerspectiveTest.flush();
			Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(),
					StratumPerspectiveTest.screenshotFolder().resolve(prefix + "-" + title.toLowerCase().replace(' ', '-') + ".png"));
		}
	}

	@Test
	void aCcdRunShowsItsStaircaseWithTheShortMarked() throws Exception {
		RunResultsEditor editor = run("examples/seed-000/seed-000.stratum", "CcdScNano");
		assertEquals(null, editor.getProblem());
		assertEquals(List.of(ResultPages.SUMMARY, ResultPages.VOLTAGE, ResultPages.CCD, ResultPages.LI_PLATED), editor.pageTitles());
		double ccd = editor.getRun().summary().metrics().criticalCurrentDensity() / 10; // mA/cm2
		assertTrue(ccd > 1, "CcdScNano shorts above 1 mA/cm2: " + ccd);
		ResultChart voltage = editor.charts(ResultPages.VOLTAGE).get(0);
		assertEquals(List.of("voltage", "current density", "short"), voltage.seriesNames());
		assertEquals(editor.getRun().series().size(), series(voltage, "voltage").getXSeries().length, "every sample is in the chart");
		assertEquals(editor.getRun().summary().metrics().shortTime() / 3600, series(voltage, "short").getXSeries()[0], 1e-9, "the short is marked");
		ResultChart staircase = editor.charts(ResultPages.CCD).get(0);
		ISeries<?> shortPoint = series(staircase, "short");
		assertEquals(ccd, shortPoint.getYSeries()[0], 1e-9, "the short sits on the staircase's step of the CCD");
		double[] steps = series(staircase, "current density").getYSeries();
		assertEquals(ccd, java.util.Arrays.stream(steps).max().orElseThrow(), 1e-6, "the staircase climbs to the CCD and no further");
		editor.showPage(ResultPages.VOLTAGE); // the export buttons are on the chart's page
		StratumPerspectiveTest.flush();
		voltage.export(exports.resolve("v.png"), "png");
		voltage.export(exports.resolve("v.svg"), "svg");
		voltage.export(exports.resolve("v.csv"), "csv");
		assertTrue(Files.size(exports.resolve("v.png")) > 5000, "the PNG export is an image of the chart");
		String svg = Files.readString(exports.resolve("v.svg"));
		assertTrue(svg.startsWith("<?xml") && svg.contains("current density") && svg.contains("time / h"), "the SVG has the legend and axes");
		List<String> csv = Files.readAllLines(exports.resolve("v.csv"));
		assertTrue(csv.get(0).startsWith("\"voltage: time / h\",\"voltage: voltage / mV\",\"current density: time / h\""), csv.get(0));
		assertEquals(editor.getRun().series().size() + 1, csv.size(), "one CSV row per sample of the longest series");
		screenshots(editor, "results-ccd");
	}

	/** A cell that fails at the protocol's voltage limit says so in its summary page and its headline. */
	@Test
	void aRunThatReachesItsVoltageLimitShowsHowAndWhenItFailed() throws Exception {
		RunResultsEditor editor = run("examples/seed-002/seed-002.stratum", "CyclingLgps");
		editor.showPage(ResultPages.SUMMARY);
		StratumPerspectiveTest.flush();
		org.eclipse.nebula.widgets.nattable.NatTable table = find(editor.page(ResultPages.SUMMARY), org.eclipse.nebula.widgets.nattable.NatTable.class);
		String failed = null;
		for (int row = 0; row < table.getRowCount(); row++) {
			for (int column = 0; column + 2 < table.getColumnCount(); column++) {
				if (String.valueOf(table.getDataValueByPosition(column, row)).startsWith("failed (voltage limit) at")) {
					failed = table.getDataValueByPosition(column + 1, row) + " " + table.getDataValueByPosition(column + 2, row);
				}
			}
		}
		assertTrue(failed != null && failed.endsWith(" h"), "the metrics table shows the failure: " + failed);
		double hours = Double.parseDouble(failed.substring(0, failed.indexOf(' ')));
		assertEquals(editor.getRun().summary().metrics().endTime() / 3600, hours, hours * 1e-3, "four figures");
		assertTrue(org.stratum.ui.results.Headlines.of(editor.getRun().summary()).contains("voltage limit at"),
				org.stratum.ui.results.Headlines.of(editor.getRun().summary()));
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("summary-voltage-limit.png"));
	}

	private static <T> T find(org.eclipse.swt.widgets.Control control, Class<T> type) {
		if (type.isInstance(control)) {
			return type.cast(control);
		}
		if (control instanceof org.eclipse.swt.widgets.Composite c) {
			for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
				T found = find(child, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void aFullCellRunShowsCapacityVoltageCapacityAndImpedance() throws Exception {
		RunResultsEditor editor = run("examples/seed-003/seed-003.stratum", "LfpCycling02Cuf2");
		assertEquals(List.of(ResultPages.SUMMARY, ResultPages.VOLTAGE, ResultPages.CAPACITY, ResultPages.VOLTAGE_CAPACITY, ResultPages.IMPEDANCE,
				ResultPages.INTERFACIAL_RESISTANCE, ResultPages.LI_PLATED), editor.pageTitles());
		int discharges = editor.getRun().summary().metrics().discharges().size();
		assertTrue(discharges >= 50, "100 cycles at 0.2C: " + discharges + " discharges");
		ResultChart capacity = editor.charts(ResultPages.CAPACITY).get(0);
		double[] q = series(capacity, "discharge capacity").getYSeries();
		assertEquals(discharges, q.length);
		assertTrue(q[q.length - 1] <= q[0] && q[0] > 0.1, "capacity in mAh/cm2 fades or holds: " + q[0] + " -> " + q[q.length - 1]);
		ResultChart curves = editor.charts(ResultPages.VOLTAGE_CAPACITY).get(0);
		List<String> names = curves.seriesNames();
		assertTrue(names.contains("cycle 1 discharge") && names.size() >= 3, "the first and the last cycle's curves: " + names);
		double[] v = series(curves, "cycle 1 discharge").getYSeries();
		assertTrue(v[0] > v[v.length - 1] && v[0] > 3, "an LFP discharge falls from about 3.4 V: " + v[0] + " -> " + v[v.length - 1]);
		List<ResultChart> impedance = editor.charts(ResultPages.IMPEDANCE);
		assertEquals(2, impedance.size(), "Nyquist and Bode side by side");
		assertTrue(impedance.get(0).seriesNames().size() >= 2, "a spectrum before and one after cycling: " + impedance.get(0).seriesNames());
		assertTrue(impedance.get(1).chart().getAxisSet().getXAxis(0).isLogScaleEnabled(), "Bode's frequency axis is logarithmic");
		editor.showPage(ResultPages.IMPEDANCE);
		StratumPerspectiveTest.flush();
		double[] ohmPerPixel = ohmPerPixel(impedance.get(0));
		assertEquals(ohmPerPixel[0], ohmPerPixel[1], ohmPerPixel[0] * 0.01, "Nyquist: one Ohm as long on both axes, an arc a semicircle");
		ResultChart resistance = editor.charts(ResultPages.INTERFACIAL_RESISTANCE).get(0);
		assertEquals(editor.getRun().summary().metrics().impedanceFit().size(), series(resistance, "R_int").getXSeries().length);
		screenshots(editor, "results-full-cell");
	}

	/** A small front-model file of seed 000's SC-nano cell: FrontSmall (0.01 mAh/cm2) and FrontLive (0.03 mAh/cm2). */
	private static void frontFile() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/front-small.stratum");
		if (file.exists()) {
			return;
		}
		String text = "stack Nano = \"sym-sc-nano20-llzto.stack\";\n"
				+ "protocol Plate5 { sign plating positive; temperature 55 degC; log every 2 s; plate at 5 mA/cm2 for 0.01 mAh/cm2; }\n"
				+ "protocol Plate5Longer { sign plating positive; temperature 55 degC; log every 2 s; plate at 5 mA/cm2 for 0.03 mAh/cm2; }\n"
				+ "simulation FrontSmall { cell Nano; protocol Plate5; model front { domain 4 um x 40 um; grid 0.25 um; seed 5; frames 6; } }\n"
				+ "simulation FrontLive { cell Nano; protocol Plate5Longer; model front { domain 4 um x 40 um; grid 0.25 um; seed 5; frames 8; } }\n";
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	/** A running front model opens the Dendrite Front (live) view, which shows each frame as the run takes it. */
	@Test
	void aRunningFrontModelShowsItsFrontWhileItRuns() throws Exception {
		frontFile();
		IWorkbenchPage page = SeedProject.page();
		if (page.findView(LiveFrontView.ID) != null) {
			page.hideView(page.findView(LiveFrontView.ID));
		}
		SimulationLaunch.configurationFor(PROJECT.file("examples/seed-000/front-small.stratum"), "FrontLive").launch(ILaunchManager.RUN_MODE,
				new NullProgressMonitor());
		long until = System.currentTimeMillis() + 180_000;
		int shownWhileRunning = 0;
		while (Job.getJobManager().find(SimulationJob.FAMILY).length > 0) {
			assertTrue(System.currentTimeMillis() < until, "the run did not end within 180 s");
			SimulationLaunchTest.dispatch();
			if (page.findView(LiveFrontView.ID) instanceof LiveFrontView live && Job.getJobManager().find(SimulationJob.FAMILY).length > 0) {
				shownWhileRunning = Math.max(shownWhileRunning, live.frameCount());
			}
		}
		SimulationLaunchTest.waitForSimulations(10_000);
		assertTrue(shownWhileRunning >= 1, "the view showed frames before the run ended: " + shownWhileRunning);
		LiveFrontView live = (LiveFrontView) page.findView(LiveFrontView.ID);
		assertTrue(live.frameCount() >= 3 && live.frameCount() >= shownWhileRunning, "every frame the run took: " + live.frameCount());
		assertTrue(live.status().startsWith("Simulating FrontLive: frame " + live.frameCount() + " at t = "), live.status());
		assertTrue(live.map().frame() != null && live.map().frame().nx() == 16, "the newest frame's map, 4 um at 0.25 um");
		page.activate(live);
		StratumPerspectiveTest.flush();
		Screenshots.capture(page.getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("dendrite-front-live.png"));
		page.setPartState(page.getReference(live), IWorkbenchPage.STATE_MAXIMIZED);
		StratumPerspectiveTest.flush();
		Screenshots.capture(page.getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("dendrite-front-live-maximised.png"));
		page.setPartState(page.getReference(live), IWorkbenchPage.STATE_RESTORED);
	}

	/** A front-model run opens on its Dendrite Front page: stepping the slider changes the frame, its time and the charts' cursor. */
	@Test
	void aFrontRunPlaysItsFramesOnTheDendriteFrontPage() throws Exception {
		frontFile();
		RunResultsEditor editor = run("examples/seed-000/front-small.stratum", "FrontSmall");
		assertTrue(editor.pageTitles().contains(ResultPages.DENDRITE_FRONT), editor.pageTitles().toString());
		editor.showPage(ResultPages.DENDRITE_FRONT);
		StratumPerspectiveTest.flush();
		org.stratum.ui.results.DendriteFrontPage front = (org.stratum.ui.results.DendriteFrontPage) editor.page(ResultPages.DENDRITE_FRONT);
		assertTrue(front.frameCount() >= 3, "frames over the run: " + front.frameCount());
		List<String> layers = front.stackDrawing().getBands().stream().map(b -> b.layer().getName()).toList();
		assertTrue(layers.size() >= 4 && layers.stream().anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("interlayer") || n.contains("SC")),
				"the cell's layers drawn beside the map: " + layers);
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("dendrite-front-first.png"));
		String first = front.timeText();
		double firstCursor = front.cursorHours();
		front.show(front.frameCount() - 1);
		StratumPerspectiveTest.flush();
		assertTrue(!front.timeText().equals(first), "the frame's time changes: " + first + " -> " + front.timeText());
		assertTrue(front.cursorHours() > firstCursor, "the charts' cursor moves with the slider");
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("dendrite-front-last.png"));
		SeedProject.page().setPartState(SeedProject.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		StratumPerspectiveTest.flush();
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("dendrite-front-maximised.png"));
		SeedProject.page().setPartState(SeedProject.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		front.export(exports.resolve("frame.png"));
		assertTrue(Files.size(exports.resolve("frame.png")) > 2000, "the frame exports as PNG");
		SeedProject.page().closeAllEditors(false);
	}

	/** The code minings above each simulation of a .stratum editor, as the viewer's annotations show them. */
	private static List<String> minings(org.eclipse.jface.text.source.ISourceViewer viewer) {
		List<String> labels = new java.util.ArrayList<>();
		for (org.eclipse.jface.text.source.IAnnotationModel model : new org.eclipse.jface.text.source.IAnnotationModel[] { viewer.getAnnotationModel(),
				((org.eclipse.jface.text.source.ISourceViewerExtension2) viewer).getVisualAnnotationModel() }) {
			if (model == null) {
				continue;
			}
			model.getAnnotationIterator().forEachRemaining(a -> {
				if (a instanceof org.eclipse.jface.text.source.inlined.AbstractInlinedAnnotation inlined) {
					for (org.eclipse.jface.text.codemining.ICodeMining m : inlined.getMinings()) {
						labels.add(m.getLabel());
					}
				}
			});
		}
		return labels;
	}

	/** After a run, the line above its simulation shows the headline; a click target opens the results. */
	@Test
	void theStratumEditorShowsEachSimulationsLatestRunAboveIt() throws Exception {
		run("examples/seed-000/seed-000.stratum", "CcdSc");
		SeedProject.page().closeAllEditors(false);
		IEditorPart editor = IDE.openEditor(SeedProject.page(), PROJECT.file("examples/seed-000/seed-000.stratum"));
		var viewer = (org.eclipse.jface.text.source.ISourceViewer) editor.getAdapter(org.eclipse.jface.text.ITextOperationTarget.class);
		StratumPerspectiveTest.waitFor(() -> minings(viewer).stream().anyMatch(l -> l.startsWith("CCD ")), 15_000);
		List<String> labels = minings(viewer);
		assertTrue(labels.stream().anyMatch(l -> l.matches("CCD [0-9.]+ mA/cm2 · short at [0-9.]+ h · (just now|\\d+ min ago)")),
				"the CcdSc line's mining: " + labels);
		var document = ((org.eclipse.ui.texteditor.ITextEditor) editor).getDocumentProvider().getDocument(editor.getEditorInput());
		((org.eclipse.ui.texteditor.ITextEditor) editor).selectAndReveal(document.get().indexOf("simulation CcdSc "), 0);
		StratumPerspectiveTest.flush();
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("stratum-editor-minings.png"));
		SeedProject.page().closeAllEditors(false);
	}

	@Test
	void aResultWhoseInputChangedIsStaleAndRunningAgainRefreshesTheEditor() throws Exception {
		RunResultsEditor editor = run("examples/seed-000/seed-000.stratum", "CcdBare");
		assertFalse(editor.banners().contains("stale"), "a fresh result is not stale");
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		file.appendContents(new ByteArrayInputStream("\n// a comment changes the file's hash\n".getBytes(StandardCharsets.UTF_8)), true, false, null);
		editor.reload();
		assertTrue(editor.banners().contains("stale"), "the input changed since the run: " + editor.banners());
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("results-stale.png"));
		SimulationLaunch.configurationFor(file, "CcdBare").launch(ILaunchManager.RUN_MODE, new NullProgressMonitor());
		SimulationLaunchTest.waitForSimulations(180_000);
		StratumPerspectiveTest.waitFor(() -> !editor.banners().contains("stale"), 10_000);
		assertFalse(editor.banners().contains("stale"), "the editor read the folder the new run wrote");
	}
}
