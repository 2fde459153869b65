package org.stratum.ui.launch;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ListDialog;

/** Asks which of a file's runnable elements to run: a list of them all, the first selected (a filtered list showed none until typed into). */
final class RunChooser {

	private RunChooser() {
	}

	/** The element chosen, or null when the user cancelled. */
	static <T> T choose(Shell shell, String title, String message, List<T> items) {
		ListDialog dialog = new ListDialog(shell);
		dialog.setTitle(title);
		dialog.setMessage(message);
		dialog.setContentProvider(ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new LabelProvider());
		dialog.setInput(items);
		dialog.setInitialSelections(items.get(0));
		dialog.setHeightInChars(Math.min(20, items.size() + 1));
		if (dialog.open() != ListDialog.OK || dialog.getResult() == null || dialog.getResult().length == 0) {
			return null;
		}
		@SuppressWarnings("unchecked") // the dialog returns what it was given
		T chosen = (T) dialog.getResult()[0];
		return chosen;
	}
}
