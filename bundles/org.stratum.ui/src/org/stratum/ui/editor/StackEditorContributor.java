package org.stratum.ui.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects the workbench's Undo and Redo to the active .stack editor's command stack. */
public class StackEditorContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		if (part instanceof StackEditor editor && bars != null) {
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.actions().undo);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.actions().redo);
			bars.updateActionBars();
		}
	}
}
