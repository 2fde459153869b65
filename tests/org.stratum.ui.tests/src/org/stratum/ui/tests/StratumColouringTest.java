package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.dsl.ide.highlighting.StratumHighlighter;
import org.stratum.dsl.ide.highlighting.StyledRange;
import org.stratum.dsl.ide.highlighting.TokenStyle;
import org.stratum.ui.Screenshots;
import org.stratum.ui.dsl.StratumColours;
import org.stratum.ui.dsl.StratumLanguage;

/**
 * The colours a modeller sees in a .stratum editor are the language's token styles, everywhere in the
 * file, before and after typing and clicking around (no half-coloured state after a reconcile).
 */
public class StratumColouringTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("colouring-test");

	@Test
	public void theEditorShowsTheLanguagesTokenStylesBeforeAndAfterEditing() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/seed-000.stratum");
		ITextEditor editor = (ITextEditor) IDE.openEditor(SeedProject.page(), file);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StratumPerspectiveTest.waitFor(() -> false, 1500); // first reconcile
		assertMatchesTokenStyles(viewer, document, "after opening");

		// click into a name, type inside it and take it back, as a user fixing a typo would
		StyledText text = viewer.getTextWidget();
		int name = document.get().indexOf("Ccd000 {") + 3;
		text.setCaretOffset(name);
		text.insert("x");
		StratumPerspectiveTest.waitFor(() -> false, 1200);
		assertMatchesTokenStyles(viewer, document, "after typing inside a name");
		document.replace(name, 1, "");
		int string = document.get().indexOf("\"sym-bare.stack\"") + 10;
		text.setCaretOffset(string);
		text.insert(" ");
		StratumPerspectiveTest.waitFor(() -> false, 1200);
		assertMatchesTokenStyles(viewer, document, "after typing inside a string");
		document.replace(string, 1, "");
		StratumPerspectiveTest.waitFor(() -> false, 1200);
		assertMatchesTokenStyles(viewer, document, "after undoing both edits");

		editor.selectAndReveal(document.get().indexOf("stack ScNano30wt"), 0);
		StratumPerspectiveTest.flush();
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("stratum-colours.png");
		Screenshots.capture(editor.getSite().getShell(), shot);
		assertTrue(Files.size(shot) > 10_000);
		editor.doRevertToSaved();
	}

	/** Every character of the visible text has the colour and font style its token style gives it. */
	private static void assertMatchesTokenStyles(ITextViewer viewer, IDocument document, String when) {
		List<StyledRange> expected = StratumLanguage.injector().getInstance(StratumHighlighter.class).highlight(document.get());
		TokenStyle[] styleOf = new TokenStyle[document.getLength()];
		for (StyledRange r : expected) {
			for (int i = r.offset(); i < r.end(); i++) {
				styleOf[i] = r.style();
			}
		}
		StyledText text = viewer.getTextWidget();
		ITextViewerExtension5 mapping = (ITextViewerExtension5) viewer;
		List<String> wrong = new ArrayList<>();
		for (int offset = 0; offset < document.getLength() && wrong.size() < 5; offset++) {
			char c = document.get().charAt(offset);
			int widget = mapping.modelOffset2WidgetOffset(offset);
			if (Character.isWhitespace(c) || widget < 0) {
				continue;
			}
			StyleRange actual = text.getStyleRangeAtOffset(widget);
			Color foreground = actual == null ? null : actual.foreground;
			int font = actual == null ? SWT.NORMAL : actual.fontStyle;
			TokenStyle style = styleOf[offset];
			if (style == null) {
				if (foreground != null || font != SWT.NORMAL) {
					wrong.add(describe(document, offset, "plain", actual));
				}
			} else if (foreground == null || !foreground.getRGB().equals(StratumColours.foreground(style)) || font != StratumColours.fontStyle(style)) {
				wrong.add(describe(document, offset, style.toString(), actual));
			}
		}
		assertEquals(List.of(), wrong, when);
	}

	private static String describe(IDocument document, int offset, String expected, StyleRange actual) {
		String text = document.get();
		return "'" + text.substring(Math.max(0, offset - 8), offset) + "[" + text.charAt(offset) + "]"
				+ text.substring(offset + 1, Math.min(text.length(), offset + 8)) + "' expected " + expected + ", shown as " + actual;
	}
}
