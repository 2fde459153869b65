package org.stratum.ui.dsl;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The problems of a .stratum file as markers of type {@value #TYPE} (Problems view, editor ruler),
 * replaced at every reconcile, so they follow the text as it is typed. Each marker keeps its issue code
 * and data, which the quick fixes read.
 */
public final class StratumMarkers {

	public static final String TYPE = "org.stratum.ui.stratumProblem";
	public static final String CODE = "code";
	public static final String DATA = "data";
	public static final String COLUMN = "column";
	static final String SEPARATOR = "\u001f";

	private StratumMarkers() {
	}

	public static void update(IFile file, List<Issue> issues) {
		IWorkspaceRunnable update = monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				if (issue.getSeverity() == Severity.IGNORE) {
					continue;
				}
				IMarker marker = file.createMarker(TYPE);
				marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
				case ERROR -> IMarker.SEVERITY_ERROR;
				case WARNING -> IMarker.SEVERITY_WARNING;
				default -> IMarker.SEVERITY_INFO;
				});
				marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
				if (issue.getLineNumber() != null) {
					marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
				}
				if (issue.getOffset() != null && issue.getLength() != null) {
					marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
					marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
				}
				if (issue.getColumn() != null) {
					marker.setAttribute(COLUMN, issue.getColumn().intValue());
				}
				if (issue.getCode() != null) {
					marker.setAttribute(CODE, issue.getCode());
				}
				if (issue.getData() != null && issue.getData().length > 0) {
					marker.setAttribute(DATA, String.join(SEPARATOR, issue.getData()));
				}
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(update, file, IResource.NONE, null);
		} catch (CoreException e) {
			ILog.of(StratumMarkers.class).log(e.getStatus());
		}
	}
}
