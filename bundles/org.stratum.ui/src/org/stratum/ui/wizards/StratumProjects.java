package org.stratum.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.stratum.examples.Examples;

/** Creates Stratum projects: a workspace project holding the seed examples under {@code examples/}. */
public final class StratumProjects {

	public static final String EXAMPLES_FOLDER = "examples";

	private StratumProjects() {
	}

	/**
	 * Creates and opens the project (at {@code location}, or in the workspace when null) and copies every
	 * seed example into it. Fails, without touching anything, if the project already exists.
	 */
	public static IProject create(String name, URI location, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (project.exists()) {
			throw new CoreException(Status.error("A project named '" + name + "' already exists"));
		}
		var examples = Examples.all();
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + name, 2 + examples.size());
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocationURI(location);
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		for (String path : examples) {
			IFile file = project.getFile(IPath.fromPortableString(EXAMPLES_FOLDER + "/" + path));
			ensureFolders(file.getParent(), progress.split(0));
			try (InputStream in = Examples.open(path)) {
				file.create(in, true, progress.split(1));
			} catch (IOException e) {
				throw new CoreException(Status.error("Could not copy example " + path + ": " + e.getMessage(), e));
			}
		}
		return project;
	}

	private static void ensureFolders(IContainer container, IProgressMonitor monitor) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			ensureFolders(folder.getParent(), monitor);
			folder.create(true, true, monitor);
		}
	}
}
