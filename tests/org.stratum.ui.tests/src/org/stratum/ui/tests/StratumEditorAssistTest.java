package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.ISourceViewerExtension3;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.dsl.validation.StratumIssueCodes;
import org.stratum.ui.dsl.StratumContentAssist;
import org.stratum.ui.dsl.StratumMarkers;
import org.stratum.ui.dsl.StratumTextHover;

/**
 * Help while typing a .stratum file in the workbench: units of the expected dimension, a material's values
 * on hover, Ctrl+1 anywhere on a problem's line; and the preferences tree without stray top-level pages.
 */
public class StratumEditorAssistTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("assist-test");

	@Test
	public void unitsHoverAndQuickFixAnywhereOnTheLine() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		ITextEditor editor = (ITextEditor) IDE.openEditor(SeedProject.page(), file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StratumPerspectiveTest.waitFor(() -> false, 1500);

		// units after "plate at 2 ": currents and current densities, no times or voltages
		String plate = "plate at 2 mA/cm2 for 2 mAh/cm2;";
		int at = document.get().indexOf(plate);
		document.replace(at + "plate at 2 ".length(), "mA/cm2".length(), "");
		List<String> units = Arrays.stream(new StratumContentAssist().computeCompletionProposals(viewer, at + "plate at 2 ".length()))
				.map(p -> p.getDisplayString().split(" - ")[0]).toList();
		assertTrue(units.containsAll(List.of("mA/cm2", "mA", "A")), units.toString());
		assertFalse(units.contains("h") || units.contains("V") || units.contains("mAh/cm2"), units.toString());
		document.replace(at + "plate at 2 ".length(), 0, "mA/cm2");

		// hovering a material names its values and their sources
		int material = document.get().indexOf("of LLZTO-nano") + "of LLZ".length();
		String hover = new StratumTextHover().getHoverInfo(viewer, new Region(material, 0));
		assertNotNull(hover, "no hover on a material name");
		assertTrue(hover.contains("LLZTO-nano") && hover.contains("ionic conductivity") && hover.matches("(?s).*\\[[A-Z]+\\d*].*"), hover);

		// a wrong unit: Ctrl+1 offers the fix at the start, inside and at the end of the marked unit, and elsewhere on its line
		document.replace(at + "plate at 2 ".length(), "mA/cm2".length(), "mAh/cm2");
		// the marker of this text, not one left by the validation of the text before it (a busy machine lags)
		StratumPerspectiveTest.waitFor(() -> marks(wrongUnit(file), document.get(), "mAh/cm2"), 8000);
		IMarker marker = wrongUnit(file);
		assertNotNull(marker, "no marker for the wrong unit");
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, -1);
		assertEquals("mAh/cm2", document.get().substring(start, end));
		int lineStart = document.getLineOffset(document.getLineOfOffset(start));
		// the editor's annotations follow the markers a moment later (resource change events)
		StratumPerspectiveTest.waitFor(() -> quickFixes(viewer, start).contains("Change unit to mA/cm2"), 5000);
		for (int caret : new int[] { start, start + 3, end, lineStart + 1, document.get().indexOf(";", end) }) {
			List<String> fixes = quickFixes(viewer, caret);
			assertEquals(1, fixes.stream().filter("Change unit to mA/cm2"::equals).count(),
					"Ctrl+1 at " + (caret - lineStart) + " of '" + document.get(lineStart, 40) + "' offers " + fixes);
		}
		assertEquals(List.of(), quickFixes(viewer, document.get().indexOf("protocol Ccd000")), "a fix offered on a line without problem");
		editor.doRevertToSaved();
	}

	/** A front model's grid too coarse for the cell's particles is marked, and Ctrl+1 sets it to d/2.4. */
	@Test
	public void aCoarseFrontGridIsMarkedAndTheFixSetsItToDOver24() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		ITextEditor editor = (ITextEditor) IDE.openEditor(SeedProject.page(), file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int grid = document.get().indexOf("grid 0.125 um; seed 42");
		document.replace(grid + "grid ".length(), "0.125".length(), "0.25"); // as a user types a coarser grid
		StratumPerspectiveTest.waitFor(() -> marker(file, StratumIssueCodes.FRONT_GRID_TOO_COARSE) != null, 8000);
		IMarker marker = marker(file, StratumIssueCodes.FRONT_GRID_TOO_COARSE);
		assertNotNull(marker, "no marker for the coarse grid of FrontScNano");
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("too coarse for the LLZTO-nano particles of 0.3 um: at most d/2.4 = 0.125 um"),
				marker.getAttribute(IMarker.MESSAGE, ""));
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		assertEquals("0.25 um", document.get().substring(start, marker.getAttribute(IMarker.CHAR_END, -1)));
		StratumPerspectiveTest.waitFor(() -> quickFixes(viewer, start).contains("Change grid to 0.125 um"), 5000);
		ISourceViewer source = (ISourceViewer) viewer;
		ICompletionProposal fix = Arrays.stream(((ISourceViewerExtension3) source).getQuickAssistAssistant().getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(source, start, 0))).filter(p -> p.getDisplayString().equals("Change grid to 0.125 um"))
				.findFirst().orElseThrow();
		fix.apply(document);
		assertTrue(document.get().contains("grid 0.125 um; seed 42"), "the fix sets the grid");
		editor.doRevertToSaved();
	}

	private static IMarker marker(IFile file, String code) {
		try {
			return Arrays.stream(file.findMarkers(StratumMarkers.TYPE, false, IResource.DEPTH_ZERO)).filter(m -> code.equals(m.getAttribute(StratumMarkers.CODE, "")))
					.findFirst().orElse(null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return null;
		}
	}

	private static List<String> quickFixes(ITextViewer viewer, int caret) {
		ISourceViewer source = (ISourceViewer) viewer;
		ICompletionProposal[] proposals = ((ISourceViewerExtension3) source).getQuickAssistAssistant().getQuickAssistProcessor()
				.computeQuickAssistProposals(new TextInvocationContext(source, caret, 0));
		return proposals == null ? List.of() : Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
	}

	/** Whether a marker spans the given text of the document. */
	private static boolean marks(IMarker marker, String text, String marked) {
		int start = marker == null ? -1 : marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker == null ? -1 : marker.getAttribute(IMarker.CHAR_END, -1);
		return start >= 0 && end <= text.length() && end > start && text.substring(start, end).equals(marked);
	}

	private static IMarker wrongUnit(IFile file) {
		try {
			return Arrays.stream(file.findMarkers(StratumMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> StratumIssueCodes.WRONG_UNIT.equals(m.getAttribute(StratumMarkers.CODE, ""))).findFirst().orElse(null);
		} catch (org.eclipse.core.runtime.CoreException e) {
			return null;
		}
	}

	/** The console's "ANSI Support" page sits under Run/Debug > Console, not at the top of the tree. */
	@Test
	public void preferencePagesSitUnderTheirCategories() {
		PreferenceManager preferences = PlatformUI.getWorkbench().getPreferenceManager();
		List<String> top = Arrays.stream(preferences.getRootSubNodes()).map(IPreferenceNode::getLabelText).toList();
		assertFalse(top.contains("ANSI Support"), "top-level preference pages: " + top);
		assertNotNull(preferences.find("org.eclipse.debug.ui.DebugPreferencePage/org.eclipse.debug.ui.ConsolePreferencePage/"
				+ "org.eclipse.ui.internal.console.ansi.preferences.AnsiConsolePreferencePage"), "ANSI Support is not under Run/Debug > Console");
	}
}
