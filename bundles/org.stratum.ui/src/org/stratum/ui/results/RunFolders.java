package org.stratum.ui.results;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;

/** What a run of {@code stratum run} (or of the workbench) leaves in a folder: its outputs are read-only. */
public final class RunFolders {

	/** The file every run writes into its results folder. */
	public static final String RUN_LOG = "run.log";

	private RunFolders() {
	}

	/** Whether the file is an output of a run: it lies in a run's folder or in that folder's plots/. */
	public static boolean isRunOutput(IFile file) {
		for (IContainer folder = file.getParent(); folder != null && folder.getType() != IContainer.ROOT; folder = folder.getParent()) {
			if (folder.getFile(new org.eclipse.core.runtime.Path(RUN_LOG)).exists()) {
				return true;
			}
			if (!"plots".equals(folder.getName())) {
				return false;
			}
		}
		return false;
	}
}
