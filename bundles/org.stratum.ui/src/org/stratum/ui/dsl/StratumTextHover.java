package org.stratum.ui.dsl;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;

/** Hovers in .stratum editors: SI values of quantities, library entries of materials, resolved stacks. */
public class StratumTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		try {
			LspBridge bridge = new LspBridge(viewer.getDocument());
			Hover hover = StratumLanguage.injector().getInstance(IHoverService.class).hover(bridge.xtextDocument, bridge.resource,
					new HoverParams(bridge.id(), bridge.position(region.getOffset())), CancelIndicator.NullImpl);
			if (hover == null || hover.getContents() == null || !hover.getContents().isRight()) {
				return null;
			}
			String text = hover.getContents().getRight().getValue();
			return text == null || text.isBlank() ? null : text.replace("**", "");
		} catch (RuntimeException e) {
			return null;
		}
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
