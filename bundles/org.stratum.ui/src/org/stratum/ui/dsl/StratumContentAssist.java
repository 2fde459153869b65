package org.stratum.ui.dsl;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.util.CancelIndicator;

/** Content assist in .stratum editors: keywords, units, materials, stacks and protocols, as the language server offers them. */
public class StratumContentAssist implements IContentAssistProcessor {

	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		try {
			LspBridge bridge = new LspBridge(viewer.getDocument());
			CompletionParams params = new CompletionParams(bridge.id(), bridge.position(offset));
			CompletionList list = StratumLanguage.injector().getInstance(ContentAssistService.class)
					.createCompletionList(bridge.xtextDocument, bridge.resource, params, CancelIndicator.NullImpl);
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (CompletionItem item : list.getItems()) {
				TextEdit edit = item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft() : null;
				String text = edit != null ? edit.getNewText() : item.getInsertText() != null ? item.getInsertText() : item.getLabel();
				int[] range = edit != null ? bridge.offsets(edit.getRange()) : new int[] { offset, offset };
				proposals.add(new CompletionProposal(text, range[0], range[1] - range[0], text.length(), null,
						item.getLabel() + (item.getDetail() == null || item.getDetail().isEmpty() ? "" : " - " + item.getDetail()), null,
						item.getDocumentation() == null ? null : String.valueOf(item.getDocumentation().get())));
			}
			return proposals.toArray(new ICompletionProposal[0]);
		} catch (RuntimeException e) {
			error = "content assist failed: " + e.getMessage();
			return new ICompletionProposal[0];
		}
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
