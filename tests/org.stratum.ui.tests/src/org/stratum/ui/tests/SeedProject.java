package org.stratum.ui.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.stratum.ui.wizards.StratumProjects;

/**
 * A workspace project with every seed example, as File > New > Stratum Project makes it: created before
 * a test class, deleted after it with every editor closed unsaved. Register it with
 * {@code @RegisterExtension static final SeedProject PROJECT = new SeedProject("name");}.
 */
final class SeedProject implements BeforeAllCallback, AfterAllCallback {

	private final String name;
	private IProject project;

	SeedProject(String name) {
		this.name = name;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws Exception {
		project = StratumProjects.create(name, null, new NullProgressMonitor());
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		page().closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	IProject project() {
		return project;
	}

	/** A file of the project by its project-relative path. */
	IFile file(String path) {
		return project.getFile(path);
	}

	/** The workbench page tests open editors and views in. */
	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
