package org.stratum.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** A File > New wizard with one page that makes a file from a template and opens it in its editor. */
public abstract class NewFileWizard extends Wizard implements INewWizard {

	private IStructuredSelection selection;
	private IWorkbench workbench;
	private WizardNewFileCreationPage page;
	private IFile created;

	protected NewFileWizard(String title) {
		setWindowTitle(title);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
	}

	/** The page: Eclipse's folder and file name page with the template's choices below. */
	protected abstract WizardNewFileCreationPage createPage(IStructuredSelection selection);

	@Override
	public void addPages() {
		page = createPage(selection);
		addPage(page);
	}

	protected WizardNewFileCreationPage page() {
		return page;
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		if (created == null) {
			return false;
		}
		if (workbench != null && workbench.getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created);
			} catch (PartInitException e) {
				page.setErrorMessage("Created, but cannot open it: " + e.getMessage());
			}
		}
		return true;
	}

	/** The file made by the last finish. */
	public IFile getCreatedFile() {
		return created;
	}

	/** A template shipped in this bundle, as text. */
	static String template(String path) {
		try (InputStream in = NewFileWizard.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("template " + path + " is missing from the bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
