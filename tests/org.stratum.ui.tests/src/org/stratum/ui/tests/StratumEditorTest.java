package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.dsl.validation.StratumIssueCodes;
import org.stratum.ui.Screenshots;
import org.stratum.ui.dsl.FormatHandler;
import org.stratum.ui.dsl.StratumContentAssist;
import org.stratum.ui.dsl.StratumHyperlinks;
import org.stratum.ui.dsl.StratumMarkers;
import org.stratum.ui.dsl.StratumTextHover;
import org.stratum.ui.editor.StackEditor;

/**
 * The .stratum editor as a modeller uses it: markers while typing, a quick fix, content assist, hover,
 * go to definition, outline, folding and format, in the real workbench.
 */
public class StratumEditorTest {

	private static final String FILE = "examples/seed-000/seed-000.stratum";
	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("dsl-editor-test");

	private static IMarker[] markers(IFile file) throws Exception {
		return file.findMarkers(StratumMarkers.TYPE, false, IResource.DEPTH_ZERO);
	}

	private static List<IMarker> errors(IFile file, String code) throws Exception {
		return Arrays.stream(markers(file)).filter(m -> code.equals(m.getAttribute(StratumMarkers.CODE, ""))).toList();
	}

	@Test
	public void typeSeeAMarkerFixItAndUseTheEditor() throws Exception {
		IFile file = PROJECT.file(FILE);
		IEditorPart part = IDE.openEditor(SeedProject.page(), file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(), "a .stratum file opened in another editor");
		ITextEditor editor = (ITextEditor) part;
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StratumPerspectiveTest.waitFor(() -> false, 1500); // first reconcile
		assertEquals(0, Arrays.stream(markers(file)).filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).count(),
				() -> "the seed example has errors: " + Arrays.toString(Arrays.stream(safe(file)).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray()));

		// type a wrong unit: a marker appears while typing
		String good = "plate at 2 mA/cm2 for 2 mAh/cm2";
		int at = document.get().indexOf(good);
		assertTrue(at > 0);
		document.replace(at + "plate at 2 ".length(), "mA/cm2".length(), "mAh/cm2");
		StratumPerspectiveTest.waitFor(() -> !errorsQuietly(file, StratumIssueCodes.WRONG_UNIT).isEmpty(), 8000);
		List<IMarker> wrong = errors(file, StratumIssueCodes.WRONG_UNIT);
		assertEquals(1, wrong.size(), "no marker for the wrong unit");
		assertTrue(wrong.get(0).getAttribute(IMarker.MESSAGE, "").contains("expected a current density"));
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("stratum-editor.png");
		editor.selectAndReveal(at, 10);
		Screenshots.capture(editor.getSite().getShell(), shot);
		assertTrue(Files.size(shot) > 10_000);

		// quick fix from the marker
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(wrong.get(0));
		IMarkerResolution fix = Arrays.stream(fixes).filter(f -> f.getLabel().equals("Change unit to mA/cm2")).findFirst()
				.orElseThrow(() -> new AssertionError("no quick fix; got " + Arrays.toString(Arrays.stream(fixes).map(IMarkerResolution::getLabel).toArray())));
		fix.run(wrong.get(0));
		assertTrue(document.get().contains(good), "the quick fix did not restore the unit");
		StratumPerspectiveTest.waitFor(() -> errorsQuietly(file, StratumIssueCodes.WRONG_UNIT).isEmpty(), 8000);
		assertTrue(errors(file, StratumIssueCodes.WRONG_UNIT).isEmpty(), "the marker stayed after the fix");

		// content assist: statements at the start of a protocol line, units of the expected dimension after a number
		int protocolBody = document.get().indexOf("\tlog every 60 s;");
		List<String> statements = labels(new StratumContentAssist().computeCompletionProposals(viewer, protocolBody + 1));
		assertTrue(statements.containsAll(List.of("plate", "strip", "ccd", "repeat", "eis")), statements.toString());
		int afterNumber = document.get().indexOf("log every 60 ") + "log every 60 ".length();
		List<String> units = labels(new StratumContentAssist().computeCompletionProposals(viewer, afterNumber));
		assertTrue(units.containsAll(List.of("h", "min", "s")) && !units.contains("mA/cm2"), "a logging period is a time: " + units);
		// a stack declaration is offered the .stack files beside the file, as the relative paths it writes
		String probe = "stack Probe = ";
		int firstStack = document.get().indexOf("stack Bare");
		document.replace(firstStack, 0, probe + "\n");
		List<String> files = labels(new StratumContentAssist().computeCompletionProposals(viewer, firstStack + probe.length()));
		assertTrue(files.containsAll(List.of("\"sym-bare.stack\"", "\"sym-sc-nano20-llzto.stack\"")), files.toString());
		document.replace(firstStack, probe.length() + 1, "");

		// hover shows the SI value of a quantity
		String hover = new StratumTextHover().getHoverInfo(viewer, new Region(at + "plate at ".length(), 0));
		assertNotNull(hover);
		assertTrue(hover.contains("= 20 "), hover);

		// go to definition: a simulation's cell jumps to its stack declaration; a stack's file opens the stack editor
		int reference = document.get().indexOf("cell ScNano;") + "cell ".length();
		IHyperlink[] links = new StratumHyperlinks().detectHyperlinks(viewer, new Region(reference + 1, 0), false);
		assertNotNull(links, "no hyperlink on a stack reference");
		links[0].open();
		StratumPerspectiveTest.flush();
		int declaration = document.get().indexOf("stack ScNano =");
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(declaration, selection.getOffset(), "go to definition selected the wrong place");
		int path = document.get().indexOf("\"sym-bare.stack\"") + 3;
		IHyperlink[] fileLinks = new StratumHyperlinks().detectHyperlinks(viewer, new Region(path, 0), false);
		assertNotNull(fileLinks, "no hyperlink on a .stack file name");
		fileLinks[0].open();
		StratumPerspectiveTest.flush();
		assertTrue(SeedProject.page().getActiveEditor() instanceof StackEditor, "the .stack file did not open in the stack editor");
		SeedProject.page().activate(part);

		// outline and folding
		assertNotNull(editor.getAdapter(IContentOutlinePage.class), "no outline for .stratum files");
		ProjectionViewer projection = (ProjectionViewer) viewer;
		StratumPerspectiveTest.waitFor(() -> projection.getProjectionAnnotationModel() != null
				&& projection.getProjectionAnnotationModel().getAnnotationIterator().hasNext(), 5000);
		Iterator<?> folds = projection.getProjectionAnnotationModel().getAnnotationIterator();
		int count = 0;
		while (folds.hasNext()) {
			folds.next();
			count++;
		}
		assertTrue(count >= 5, "too few folding regions: " + count);

		// format: squeezed text comes back to the formatter's layout
		assertTrue(FormatHandler.format(document));
		String formatted = document.get();
		document.set(formatted.replace("\tsign plating positive;\n\ttemperature 55 degC;", "sign   plating positive ;temperature 55 degC;"));
		assertTrue(FormatHandler.format(document));
		assertEquals(formatted, document.get(), "format did not restore the layout");
		SeedProject.page().closeAllEditors(false);
	}

	private static IMarker[] safe(IFile file) {
		try {
			return markers(file);
		} catch (Exception e) {
			return new IMarker[0];
		}
	}

	private static List<IMarker> errorsQuietly(IFile file, String code) {
		try {
			return errors(file, code);
		} catch (Exception e) {
			return List.of();
		}
	}

	private static List<String> labels(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(p -> p.getDisplayString().split(" - ")[0]).toList();
	}
}
