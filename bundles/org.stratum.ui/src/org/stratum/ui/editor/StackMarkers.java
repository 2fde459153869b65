package org.stratum.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stratum.model.derive.Labels;
import org.stratum.model.resource.StackFileProblems;
import org.stratum.model.resource.StratumResources;

/**
 * Puts the validation problems of a .stack file into the Problems view as markers of type
 * {@value #TYPE}, with the element they concern as location, and replaces them on every validation.
 */
public final class StackMarkers {

	public static final String TYPE = "org.stratum.ui.stackProblem";
	/** Marker attribute holding the URI of the model element a problem is about. */
	public static final String ELEMENT_URI = "elementUri";

	private StackMarkers() {
	}

	/** Validates the resource's contents and its load errors, and writes markers on the file. */
	public static Diagnostic update(IFile file, Resource resource) {
		StratumResources.init();
		try {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Resource.Diagnostic error : resource.getErrors()) {
				StackFileProblems.Problem problem = StackFileProblems.describe(error);
				create(file, IMarker.SEVERITY_ERROR, problem.message(), null, problem.line());
			}
			Diagnostic all = Diagnostic.OK_INSTANCE;
			for (EObject root : resource.getContents()) {
				all = Diagnostician.INSTANCE.validate(root);
				mark(file, all);
			}
			return all;
		} catch (CoreException e) {
			ILog.of(StackMarkers.class).log(e.getStatus());
			return Diagnostic.CANCEL_INSTANCE;
		}
	}

	private static void mark(IFile file, Diagnostic diagnostic) throws CoreException {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() == Diagnostic.ERROR || diagnostic.getSeverity() == Diagnostic.WARNING) {
				EObject element = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject o) ? null : o;
				create(file, diagnostic.getSeverity() == Diagnostic.ERROR ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING,
						diagnostic.getMessage(), element, 0);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			mark(file, child);
		}
	}

	private static void create(IFile file, int severity, String message, EObject element, int line) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.SEVERITY, severity);
		marker.setAttribute(IMarker.MESSAGE, message);
		if (line > 0) {
			marker.setAttribute(IMarker.LINE_NUMBER, line);
		}
		if (element != null) {
			marker.setAttribute(IMarker.LOCATION, Labels.of(element));
			marker.setAttribute(ELEMENT_URI, EcoreUtil.getURI(element).toString());
		}
	}
}
