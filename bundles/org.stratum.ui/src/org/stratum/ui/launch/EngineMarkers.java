package org.stratum.ui.launch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.engine.build.EngineException;
import org.stratum.model.stack.Cell;

/**
 * Puts what the engine refused on the file and line it concerns, as a problem marker: the declaration in the .stratum
 * file, the element of the .stack file (found by its name), or, for a shipped library's material, the simulation's
 * cell line. Markers of a file's previous runs go when it runs again.
 */
public final class EngineMarkers {

	/** The marker type (plugin.xml): a problem and a text marker. */
	public static final String TYPE = "org.stratum.ui.engineProblem";

	private EngineMarkers() {
	}

	/** The marker attribute naming the simulation whose run was refused. */
	public static final String SIMULATION = "simulation";

	/** Removes the markers earlier runs of this simulation left (on its file and on the .stack files it uses). */
	public static void clear(IFile file, String simulation) throws CoreException {
		String key = file.getFullPath() + "#" + simulation;
		for (IMarker m : file.getProject().findMarkers(TYPE, false, IResource.DEPTH_INFINITE)) {
			if (key.equals(m.getAttribute(SIMULATION, ""))) {
				m.delete();
			}
		}
	}

	/** Marks the engine's refusal to run a simulation; returns the marked file. */
	public static IFile mark(Simulation simulation, IFile stratumFile, EngineException e) throws CoreException {
		EObject where = e.where();
		IFile target = stratumFile;
		int line = line(simulation.getCell() != null ? simulation.getCell() : simulation);
		if (where != null && NodeModelUtils.findActualNodeFor(where) != null) {
			line = line(where); // a declaration of the language
		} else if (where != null && EcoreUtil.getRootContainer(where) instanceof Cell && source(simulation.getCell()) != null) {
			IFile stack = workspaceFile(StackResolver.location(source(simulation.getCell())));
			if (stack != null) { // an element of the cell as resolved from its .stack file
				target = stack;
				line = lineOfName(stack, name(where));
			}
		}
		IMarker marker = target.createMarker(TYPE);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		marker.setAttribute(IMarker.MESSAGE, "simulation " + simulation.getName() + " cannot run: " + e.getMessage());
		marker.setAttribute(IMarker.LINE_NUMBER, Math.max(1, line));
		marker.setAttribute(SIMULATION, stratumFile.getFullPath() + "#" + simulation.getName());
		return target;
	}

	/** The declaration that names the .stack file a declaration's cell comes from (following 'X with ...' to X). */
	private static StackDeclaration source(StackDeclaration declaration) {
		StackDeclaration d = declaration;
		while (d != null && d.getSource() == null) {
			d = d.getBase();
		}
		return d;
	}

	private static int line(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? 1 : node.getStartLine();
	}

	private static IFile workspaceFile(URI uri) {
		if (uri.isPlatformResource()) {
			return ResourcesPlugin.getWorkspace().getRoot().getFile(new org.eclipse.core.runtime.Path(uri.toPlatformString(true)));
		}
		if (uri.isFile()) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(java.net.URI.create(uri.toString()));
			return files.length == 0 ? null : files[0];
		}
		return null;
	}

	private static String name(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? null : String.valueOf(element.eGet(name));
	}

	/** The line of a .stack file that declares an element of this name (name="..."), or 1. */
	private static int lineOfName(IFile stack, String name) throws CoreException {
		if (name == null) {
			return 1;
		}
		try (InputStream in = stack.getContents(true)) {
			String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
			String attribute = "name=\"" + name.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;") + "\"";
			for (int k = 0; k < lines.length; k++) {
				if (lines[k].contains(attribute)) {
					return k + 1;
				}
			}
			return 1;
		} catch (IOException ex) {
			return 1; // the file is unreadable; the marker's message still names the element
		}
	}
}
