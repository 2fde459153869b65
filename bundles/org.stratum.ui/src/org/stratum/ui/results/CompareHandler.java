package org.stratum.ui.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Compare Results on a selection in Project Explorer: the results folders (or their summary.json files) chosen. */
public final class CompareHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IFile> summaries = new ArrayList<>();
		List<String> notRuns = new ArrayList<>();
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object o : selection.toList()) {
				IResource resource = org.eclipse.core.runtime.Adapters.adapt(o, IResource.class);
				IFile summary = resource == null ? null : WorkspaceRuns.summaryOf(resource);
				if (summary == null) {
					notRuns.add(resource == null ? String.valueOf(o) : resource.getName());
				} else {
					summaries.add(summary);
				}
			}
		}
		var window = HandlerUtil.getActiveWorkbenchWindow(event);
		if (!notRuns.isEmpty() || summaries.isEmpty()) {
			MessageDialog.openInformation(window.getShell(), "Compare Results", "Select results folders (or their summary.json) to compare; "
					+ String.join(", ", notRuns) + (notRuns.size() == 1 ? " is" : " are") + " not the results of a run.");
			return null;
		}
		CompareRunsEditor.open(window.getActivePage(), summaries);
		return null;
	}
}
