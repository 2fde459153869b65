package org.stratum.ui.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ISetSelectionTarget;

/**
 * File > New > Stratum Project: a project with every seed cell of the five papers under examples/,
 * ready to open, change and (later) simulate.
 */
public class NewStratumProjectWizard extends Wizard implements INewWizard {

	public static final String ID = "org.stratum.ui.wizards.newProject";
	/** The example opened after creation, so the user sees a cell at once. */
	static final String FIRST_EXAMPLE = StratumProjects.EXAMPLES_FOLDER + "/seed-000/sym-sc-nano20-llzto.stack";

	private WizardNewProjectCreationPage page;
	private IWorkbench workbench;
	private IProject created;
	private String initialName = "stratum-cells";

	public NewStratumProjectWizard() {
		setWindowTitle("New Stratum Project");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	/** The name proposed on the first page. */
	public void setInitialProjectName(String name) {
		this.initialName = name;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("stratumProject");
		page.setTitle("Stratum Project");
		page.setDescription("A project with every seed cell of papers 000-004 under examples/, as .stack files.");
		page.setInitialProjectName(initialName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		try {
			getContainer().run(true, false, monitor -> {
				try {
					created = StratumProjects.create(name, location, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			ErrorDialog.openError(getShell(), "Project not created", "The project could not be created.",
					cause instanceof CoreException ce ? ce.getStatus() : org.eclipse.core.runtime.Status.error(String.valueOf(cause), cause));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
		revealAndOpen();
		return true;
	}

	private void revealAndOpen() {
		if (workbench == null || workbench.getActiveWorkbenchWindow() == null) {
			return;
		}
		var page = workbench.getActiveWorkbenchWindow().getActivePage();
		IFile first = created.getFile(FIRST_EXAMPLE);
		try {
			if (page.findView(org.eclipse.ui.IPageLayout.ID_PROJECT_EXPLORER) instanceof ISetSelectionTarget target) {
				target.selectReveal(new StructuredSelection(created));
			}
			if (first.exists()) {
				IDE.openEditor(page, first);
			}
		} catch (PartInitException e) {
			ErrorDialog.openError(getShell(), "Cannot open example", e.getMessage(), e.getStatus());
		}
	}

	/** The project made by the last finish. */
	public IProject getCreatedProject() {
		return created;
	}
}
