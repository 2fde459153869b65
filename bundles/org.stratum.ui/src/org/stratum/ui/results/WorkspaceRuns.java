package org.stratum.ui.results;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.stratum.engine.results.ResultsFormatException;
import org.stratum.engine.results.RunSummary;
import org.stratum.engine.results.SummaryJson;

/** The runs of the workspace: every results folder (a folder with a Stratum summary.json), newest first. */
public final class WorkspaceRuns {

	/**
	 * A run found in the workspace.
	 *
	 * @param summary its summary.json
	 * @param run what the summary says
	 * @param modified when the summary was written (epoch ms)
	 */
	public record Entry(IFile summary, RunSummary run, long modified) {
	}

	private WorkspaceRuns() {
	}

	/** Every run of the open projects, newest first; a summary.json that is not Stratum's is not a run and is left out. */
	public static List<Entry> all() {
		List<Entry> entries = new ArrayList<>();
		try {
			ResourcesPlugin.getWorkspace().getRoot().accept(proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().equals(SummaryJson.FILE)) {
					Entry e = entry((IFile) proxy.requestResource());
					if (e != null) {
						entries.add(e);
					}
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			throw new IllegalStateException("the workspace could not be walked: " + e.getMessage(), e);
		}
		entries.sort(Comparator.comparingLong(Entry::modified).reversed());
		return entries;
	}

	/** The run of a summary file, or null when the file is not a readable Stratum summary. */
	public static Entry entry(IFile summary) {
		if (summary.getLocation() == null) {
			return null;
		}
		java.nio.file.Path file = summary.getLocation().toFile().toPath();
		try {
			return new Entry(summary, SummaryJson.read(file), file.toFile().lastModified());
		} catch (ResultsFormatException e) {
			return null; // another tool's summary.json: not a run
		} catch (IOException e) {
			return null; // removed or being replaced by a run right now: the next change lists it
		}
	}

	/** Whether a workspace change wrote, replaced or removed a run's summary. */
	public static boolean touchesRuns(org.eclipse.core.resources.IResourceChangeEvent event) {
		boolean[] runs = { false };
		if (event.getDelta() == null) {
			return false;
		}
		try {
			event.getDelta().accept(delta -> {
				if (delta.getResource() instanceof IFile f && f.getName().equals(SummaryJson.FILE)) {
					runs[0] = true;
				}
				return !runs[0];
			});
		} catch (CoreException e) {
			return true; // look again rather than miss a run
		}
		return runs[0];
	}

	/** The summary of a selected resource: a summary.json itself, or the results folder holding one. */
	public static IFile summaryOf(IResource resource) {
		if (resource instanceof IFile file && file.getName().equals(SummaryJson.FILE)) {
			return file;
		}
		if (resource instanceof IContainer folder) {
			IFile file = folder.getFile(new Path(SummaryJson.FILE));
			return file.exists() ? file : null;
		}
		return null;
	}
}
