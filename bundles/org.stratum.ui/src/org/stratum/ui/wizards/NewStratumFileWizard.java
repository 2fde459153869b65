package org.stratum.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File > New > Stratum File: a .stratum file with a stack declaration of a chosen .stack file of the
 * project, a protocol from a template (CCD, symmetric cycling, full-cell cycling) and a simulation that
 * runs it, opened in the editor.
 */
public class NewStratumFileWizard extends NewFileWizard {

	public static final String ID = "org.stratum.ui.wizards.newStratum";
	/** Written when the project has no .stack file yet; the editor then marks the declaration. */
	static final String NO_STACK = "cell.stack";

	/** The protocols a new .stratum file can start from. */
	public enum Template {
		CCD("Critical current density of a symmetric cell", "templates/ccd.stratum"),
		CYCLING("Plating and stripping cycles of a symmetric cell", "templates/cycling.stratum"),
		FULL("Charge and discharge cycles of a full cell", "templates/full.stratum");

		final String label;
		final String path;

		Template(String label, String path) {
			this.label = label;
			this.path = path;
		}

		/** The template's text for a file called {@code name} that declares the stack at {@code stackPath}. */
		public String text(String name, String stackPath) {
			return template(path).replace("${name}", name).replace("${stack}", stackPath.replace("\\", "\\\\").replace("\"", "\\\""));
		}
	}

	public NewStratumFileWizard() {
		super("New Stratum File");
	}

	@Override
	protected Page createPage(IStructuredSelection selection) {
		return new Page(selection);
	}

	@Override
	protected Page page() {
		return (Page) super.page();
	}

	/** Chooses the template and the stack as the page's combos do (tests, callers). */
	public void choose(Template template, IFile stack) {
		page().templates.select(template.ordinal());
		page().stacks.select(Math.max(0, page().stackFiles.indexOf(stack)));
	}

	/** Container and file name (Eclipse's own page), with the protocol template and the cell below. */
	static final class Page extends WizardNewFileCreationPage {

		Combo templates;
		Combo stacks;
		final List<IFile> stackFiles = new ArrayList<>();
		/** The folder the stack list was made for. */
		private IPath listedFor;

		Page(IStructuredSelection selection) {
			super("newStratum", selection);
			setTitle("Stratum File");
			setDescription("Stacks, a protocol and a simulation that runs it, from a template.");
			setFileExtension("stratum");
			setFileName("simulations.stratum");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Group group = new Group((Composite) getControl(), SWT.NONE);
			group.setText("Start from");
			group.setLayout(new GridLayout(2, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(group, SWT.NONE).setText("Protocol:");
			templates = new Combo(group, SWT.READ_ONLY);
			for (Template t : Template.values()) {
				templates.add(t.label);
			}
			templates.select(0);
			templates.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			new Label(group, SWT.NONE).setText("Cell:");
			stacks = new Combo(group, SWT.READ_ONLY);
			stacks.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			fillStacks();
		}

		@Override
		public void handleEvent(org.eclipse.swt.widgets.Event event) {
			super.handleEvent(event);
			if (stacks != null && !java.util.Objects.equals(listedFor, getContainerFullPath())) {
				fillStacks(); // the folder changed; typing the file name does not walk the project again
			}
		}

		/** The .stack files of the chosen folder's project, nearest first. */
		private void fillStacks() {
			IPath folder = getContainerFullPath();
			listedFor = folder;
			IResource container = folder == null ? null : ResourcesPlugin.getWorkspace().getRoot().findMember(folder);
			String chosen = stacks.getSelectionIndex() >= 0 ? stacks.getItem(stacks.getSelectionIndex()) : null;
			stackFiles.clear();
			stacks.removeAll();
			if (container != null) {
				try {
					container.getProject().accept(r -> {
						if (r instanceof IFile f && "stack".equals(f.getFileExtension())) {
							stackFiles.add(f);
						}
						return !r.getName().startsWith(".") && !"results".equals(r.getName());
					});
				} catch (CoreException e) {
					setErrorMessage("Cannot list the project's .stack files: " + e.getMessage());
				}
				IPath base = container.getFullPath();
				stackFiles.sort((a, b) -> Integer.compare(relative(a, base).segmentCount(), relative(b, base).segmentCount()));
				for (IFile f : stackFiles) {
					stacks.add(relative(f, base).toString());
				}
			}
			if (stackFiles.isEmpty()) {
				stacks.add(NO_STACK + " (none in this project yet: create one with File > New > Cell Stack)");
			}
			int again = chosen == null ? -1 : stacks.indexOf(chosen);
			stacks.select(Math.max(0, again));
		}

		private static IPath relative(IFile file, IPath base) {
			return file.getFullPath().makeRelativeTo(base);
		}

		@Override
		protected InputStream getInitialContents() {
			String name = getFileName();
			IPath base = getContainerFullPath();
			int index = stacks.getSelectionIndex();
			String stack = stackFiles.isEmpty() || index < 0 ? NO_STACK : relative(stackFiles.get(index), base).toString();
			Template template = Template.values()[Math.max(0, templates.getSelectionIndex())];
			return new ByteArrayInputStream(template.text(name, stack).getBytes(StandardCharsets.UTF_8));
		}
	}
}
