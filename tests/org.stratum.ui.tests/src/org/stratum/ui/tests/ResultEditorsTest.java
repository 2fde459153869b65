package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swtchart.ISeries;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.ui.Screenshots;
import org.stratum.ui.results.CsvEditor;
import org.stratum.ui.results.ImageViewer;
import org.stratum.ui.results.RunOutputTextEditor;
import org.stratum.ui.results.RunResultsEditor;

/** A run's folder opened from Project Explorer: plots as images, tables with a plot, summary and log read-only. */
public class ResultEditorsTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("results-test");
	private static IFolder run;

	@BeforeAll
	static void createRunFolder() throws Exception {
		IFolder results = PROJECT.project().getFolder("results");
		results.create(true, true, null);
		run = results.getFolder("CcdRun");
		run.create(true, true, null);
		run.getFolder("plots").create(true, true, null);
		StringBuilder csv = new StringBuilder(String.join(",", ResultsWriter.COLUMNS)).append('\n');
		for (int i = 0; i <= 100; i++) {
			csv.append(i * 10);
			csv.append(',').append(String.format(Locale.ROOT, "%.5f", 0.01 * Math.sin(i / 10.0)));
			for (int c = 2; c < ResultsWriter.COLUMNS.size(); c++) {
				csv.append(",0");
			}
			csv.append('\n');
		}
		write(run.getFile("timeseries.bdf.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
		write(run.getFile("summary.json"), "{\n  \"simulation\": \"CcdRun\",\n  \"status\": \"completed\"\n}\n".getBytes(StandardCharsets.UTF_8));
		write(run.getFile("run.log"), "run started\n".getBytes(StandardCharsets.UTF_8));
		write(run.getFile("plots/voltage.png"), png(640, 400));
		write(PROJECT.file("settings.json"), "{ \"mine\": true }\n".getBytes(StandardCharsets.UTF_8));
	}

	private static void write(IFile file, byte[] bytes) throws Exception {
		file.create(new ByteArrayInputStream(bytes), true, null);
	}

	private static byte[] png(int width, int height) {
		Display display = Display.getCurrent();
		Image image = new Image(display, width, height);
		GC gc = new GC(image);
		gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
		gc.fillRectangle(0, 0, width, height);
		gc.setForeground(display.getSystemColor(SWT.COLOR_BLUE));
		gc.drawLine(0, height, width, 0);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		loader.save(out, SWT.IMAGE_PNG);
		image.dispose();
		return out.toByteArray();
	}

	@Test
	public void aPlotOpensAsAnImage() throws Exception {
		IEditorPart part = IDE.openEditor(SeedProject.page(), run.getFile("plots/voltage.png"));
		StratumPerspectiveTest.flush();
		assertTrue(part instanceof ImageViewer, "a PNG opened in " + part.getClass().getName());
		ImageViewer viewer = (ImageViewer) part;
		assertNull(viewer.getProblem());
		assertEquals(640, viewer.getImage().getBounds().width);
		assertFalse(viewer.isDirty() || viewer.isSaveAsAllowed(), "an image viewer offers to save");
		Screenshots.capture(part.getSite().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("image-viewer.png"));
	}

	@Test
	public void aTimeSeriesOpensAsATableAndPlots() throws Exception {
		IEditorPart part = IDE.openEditor(SeedProject.page(), run.getFile("timeseries.bdf.csv"));
		StratumPerspectiveTest.flush();
		assertTrue(part instanceof CsvEditor, "a CSV opened in " + part.getClass().getName());
		CsvEditor editor = (CsvEditor) part;
		assertNotNull(editor.getTable(), editor.getProblem());
		assertEquals(101, editor.getTable().rows().size());
		assertEquals(ResultsWriter.COLUMNS, editor.getTable().columns());
		editor.choose("Test Time / s", "Voltage / V");
		editor.plot();
		StratumPerspectiveTest.flush();
		ISeries<?>[] series = editor.getChart().getSeriesSet().getSeries();
		assertEquals(1, series.length);
		assertEquals(101, series[0].getYSeries().length);
		assertEquals(0.01 * Math.sin(5), series[0].getYSeries()[50], 1e-5);
		assertEquals("Voltage / V", editor.getChart().getAxisSet().getYAxis(0).getTitle().getText());
		Screenshots.capture(part.getSite().getShell(), StratumPerspectiveTest.screenshotFolder().resolve("csv-editor.png"));
	}

	@Test
	public void aBrokenTableSaysWhichLine() throws Exception {
		IFile broken = PROJECT.file("measured.csv");
		write(broken, "time,voltage\n0,1\n1,2,3\n".getBytes(StandardCharsets.UTF_8));
		CsvEditor editor = (CsvEditor) IDE.openEditor(SeedProject.page(), broken);
		StratumPerspectiveTest.flush();
		assertEquals("measured.csv:3: the line has 3 fields, the header names 2 columns", editor.getProblem());
	}

	@Test
	public void theSummaryAndLogAreReadOnlyOtherJsonIsNot() throws Exception {
		IEditorPart log = IDE.openEditor(SeedProject.page(), run.getFile("run.log"));
		StratumPerspectiveTest.flush();
		assertTrue(log instanceof RunOutputTextEditor, "run.log opened in " + log.getClass().getName());
		assertFalse(((ITextEditor) log).isEditable(), "run.log of a run is editable");
		IEditorPart results = IDE.openEditor(SeedProject.page(), run.getFile("summary.json"));
		StratumPerspectiveTest.flush();
		assertTrue(results instanceof RunResultsEditor, "a run's summary.json opens the results editor, not " + results.getClass().getName());
		IEditorPart text = SeedProject.page().openEditor(new org.eclipse.ui.part.FileEditorInput(run.getFile("summary.json")), RunOutputTextEditor.ID, true,
				org.eclipse.ui.IWorkbenchPage.MATCH_ID | org.eclipse.ui.IWorkbenchPage.MATCH_INPUT);
		StratumPerspectiveTest.flush();
		assertTrue(text instanceof RunOutputTextEditor && !((ITextEditor) text).isEditable(), "summary.json opened as text is read-only");
		IEditorPart mine = IDE.openEditor(SeedProject.page(), PROJECT.file("settings.json"));
		StratumPerspectiveTest.flush();
		assertTrue(((ITextEditor) mine).isEditable(), "a JSON file outside a run folder is read-only");
	}
}
