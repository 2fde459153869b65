package org.stratum.ui.dsl;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives the generic text editor an Outline when it shows a .stratum file. */
public class StratumOutlineAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor && isStratum(editor)) {
			return adapterType.cast(new StratumOutlinePage(editor));
		}
		return null;
	}

	static boolean isStratum(ITextEditor editor) {
		return editor.getEditorInput() instanceof IFileEditorInput input && "stratum".equals(input.getFile().getFileExtension());
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
