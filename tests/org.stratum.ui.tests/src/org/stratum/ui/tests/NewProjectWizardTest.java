package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.stratum.examples.Examples;
import org.stratum.ui.Screenshots;
import org.stratum.ui.editor.StackEditor;
import org.stratum.ui.wizards.NewStratumProjectWizard;

/** File > New > Stratum Project: the wizard makes a project with every seed example and opens one. */
public class NewProjectWizardTest {

	@Test
	public void createsAProjectWithTheSeedExamples() throws Exception {
		NewStratumProjectWizard wizard = new NewStratumProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		wizard.setInitialProjectName("wizard-test");
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		StratumPerspectiveTest.flush();
		assertTrue(wizard.canFinish(), "the wizard cannot finish with the proposed name");
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("new-project-wizard.png");
		Screenshots.capture(dialog.getShell(), shot);
		assertTrue(wizard.performFinish());
		dialog.close();
		StratumPerspectiveTest.flush();

		IProject project = wizard.getCreatedProject();
		try {
			List<String> stacks = new ArrayList<>();
			project.accept(r -> {
				if (r.getType() == IResource.FILE && r.getName().endsWith(".stack")) {
					stacks.add(r.getProjectRelativePath().toString());
				}
				return true;
			});
			assertEquals(Examples.list("stack").size(), stacks.size());
			assertTrue(stacks.contains("examples/seed-003/sym-cuf2-15um-latp.stack"), stacks.toString());
			IEditorPart editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			assertTrue(editor instanceof StackEditor, "the wizard opened no stack editor");
			assertTrue(Files.size(shot) > 5_000);
		} finally {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
			project.delete(true, true, new NullProgressMonitor());
		}
	}
}
