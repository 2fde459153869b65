package org.stratum.ui.dsl;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The editor calls the language's ide services in process, with the same requests a language client
 * sends: this converts between JFace documents and offsets and the services' documents and positions.
 */
final class LspBridge {

	final IDocument document;
	final IFile file;
	final XtextResource resource;
	final Document xtextDocument;

	LspBridge(IDocument document) {
		this.document = document;
		this.file = StratumLanguage.fileOf(document);
		this.resource = StratumLanguage.parse(file, document.get());
		this.xtextDocument = new Document(1, document.get());
	}

	TextDocumentIdentifier id() {
		return new TextDocumentIdentifier(resource.getURI().toString());
	}

	Position position(int offset) {
		return xtextDocument.getPosition(offset);
	}

	int offset(Position position) {
		return xtextDocument.getOffSet(position);
	}

	int[] offsets(Range range) {
		return new int[] { offset(range.getStart()), offset(range.getEnd()) };
	}

	static Range range(IDocument document, int start, int end) throws BadLocationException {
		return new Range(new Position(document.getLineOfOffset(start), start - document.getLineOffset(document.getLineOfOffset(start))),
				new Position(document.getLineOfOffset(end), end - document.getLineOffset(document.getLineOfOffset(end))));
	}
}
