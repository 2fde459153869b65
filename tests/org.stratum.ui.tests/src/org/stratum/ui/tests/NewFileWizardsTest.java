package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.model.stack.CellKind;
import org.stratum.ui.Screenshots;
import org.stratum.ui.dsl.StratumLanguage;
import org.stratum.ui.editor.StackEditor;
import org.stratum.ui.editor.StackMarkers;
import org.stratum.ui.wizards.NewStackFileWizard;
import org.stratum.ui.wizards.NewStratumFileWizard;

/** File > New > Cell Stack and Stratum File: each template gives a file that loads and validates cleanly and opens. */
public class NewFileWizardsTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("new-file-test");
	private static IFolder folder;

	@BeforeAll
	static void createFolder() throws Exception {
		folder = PROJECT.project().getFolder("my-cells");
		folder.create(true, true, null);
	}

	@Test
	public void everyStackTemplateGivesACleanCellNamedAfterItsFile() throws Exception {
		for (NewStackFileWizard.Template template : NewStackFileWizard.Template.values()) {
			NewStackFileWizard wizard = new NewStackFileWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(folder));
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.create();
			String name = "my " + template.name().toLowerCase() + " & co";
			((WizardNewFileCreationPage) wizard.getPages()[0]).setFileName(name + ".stack");
			wizard.setTemplate(template);
			dialog.setBlockOnOpen(false);
			dialog.open();
			StratumPerspectiveTest.flush();
			if (template == NewStackFileWizard.Template.FULL) {
				Screenshots.capture(dialog.getShell(), StratumPerspectiveTest.screenshotFolder().resolve("new-stack-wizard.png"));
			}
			assertTrue(wizard.canFinish());
			assertTrue(wizard.performFinish());
			dialog.close();
			IFile file = wizard.getCreatedFile();
			assertEquals(folder, file.getParent());
			StratumPerspectiveTest.flush();
			assertTrue(SeedProject.page().getActiveEditor() instanceof StackEditor, "the new cell did not open in the stack editor");
			StackEditor editor = (StackEditor) SeedProject.page().getActiveEditor();
			assertFalse(editor.isReadOnly(), "the template did not load cleanly");
			assertEquals(name, editor.getCell().getName());
			assertEquals(template == NewStackFileWizard.Template.FULL ? CellKind.FULL : CellKind.SYMMETRIC, editor.getCell().getKind());
			IMarker[] problems = file.findMarkers(StackMarkers.TYPE, false, IResource.DEPTH_ZERO);
			assertEquals(List.of(), Arrays.stream(problems).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList(), template + " has problems");
		}
	}

	@Test
	public void everyStratumTemplateValidatesAgainstAStackOfTheProject() throws Exception {
		IFile stack = PROJECT.file("examples/seed-000/sym-bare.stack");
		for (NewStratumFileWizard.Template template : NewStratumFileWizard.Template.values()) {
			NewStratumFileWizard wizard = new NewStratumFileWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(folder));
			WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.create();
			((WizardNewFileCreationPage) wizard.getPages()[0]).setFileName(template.name().toLowerCase() + ".stratum");
			IFile cell = template == NewStratumFileWizard.Template.FULL ? PROJECT.file("examples/seed-000/full-bare-0.2mAh.stack") : stack;
			wizard.choose(template, cell);
			dialog.setBlockOnOpen(false);
			dialog.open();
			StratumPerspectiveTest.flush();
			if (template == NewStratumFileWizard.Template.CCD) {
				Screenshots.capture(dialog.getShell(), StratumPerspectiveTest.screenshotFolder().resolve("new-stratum-wizard.png"));
			}
			assertTrue(wizard.performFinish());
			dialog.close();
			IFile file = wizard.getCreatedFile();
			String text = Files.readString(Path.of(file.getLocationURI()));
			assertTrue(text.contains("\"../examples/seed-000/" + cell.getName() + "\""), text);
			List<Issue> errors = StratumLanguage.validate(StratumLanguage.parse(file, text)).stream()
					.filter(i -> i.getSeverity() == Severity.ERROR).toList();
			assertEquals(List.of(), errors.stream().map(Issue::getMessage).toList(), template + " does not validate");
			StratumPerspectiveTest.flush();
			assertEquals("org.eclipse.ui.genericeditor.GenericEditor", SeedProject.page().getActiveEditor().getSite().getId());
		}
	}
}
