package org.stratum.ui.dsl;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.formatting2.FormattedText;

/** Source > Format (Ctrl+Shift+F) in a .stratum editor: lays the file out as the formatter does; one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor && StratumOutlineAdapters.isStratum(editor)) {
			format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		}
		return null;
	}

	/** Formats the document; leaves it alone when it does not parse, so nothing is lost. */
	public static boolean format(IDocument document) {
		XtextResource resource = StratumLanguage.parse(StratumLanguage.fileOf(document), document.get());
		if (!resource.getErrors().isEmpty()) {
			return false;
		}
		String formatted = FormattedText.of(resource);
		if (!formatted.equals(document.get())) {
			document.set(formatted);
		}
		return true;
	}
}
