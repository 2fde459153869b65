package org.stratum.ui.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.action.Action;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/** Undo and Redo over an EMF command stack, labelled with the command they undo or redo. */
final class CommandStackActions {

	final Action undo;
	final Action redo;
	private final CommandStack stack;

	CommandStackActions(CommandStack stack) {
		this.stack = stack;
		ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
		undo = new Action() {
			@Override
			public void run() {
				stack.undo();
			}
		};
		undo.setId(ActionFactory.UNDO.getId());
		undo.setActionDefinitionId("org.eclipse.ui.edit.undo");
		undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
		redo = new Action() {
			@Override
			public void run() {
				stack.redo();
			}
		};
		redo.setId(ActionFactory.REDO.getId());
		redo.setActionDefinitionId("org.eclipse.ui.edit.redo");
		redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
		update();
	}

	void update() {
		Command next = stack.getUndoCommand();
		undo.setEnabled(stack.canUndo());
		undo.setText("&Undo" + (next != null && next.getLabel() != null ? " " + next.getLabel() : ""));
		Command again = stack.getRedoCommand();
		redo.setEnabled(stack.canRedo());
		redo.setText("&Redo" + (again != null && again.getLabel() != null ? " " + again.getLabel() : ""));
	}
}
