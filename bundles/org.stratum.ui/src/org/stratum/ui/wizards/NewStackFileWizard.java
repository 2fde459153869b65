package org.stratum.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/**
 * File > New > Cell Stack: a .stack file from a template (a Li|LPSCl|Li symmetric cell or an
 * NCM811|LPSCl|Li full cell), named after the file, opened in the stack editor to be changed.
 */
public class NewStackFileWizard extends NewFileWizard {

	public static final String ID = "org.stratum.ui.wizards.newStack";

	/** The cells a new .stack file can start from. */
	public enum Template {
		SYMMETRIC("Symmetric cell: Li | LPSCl | Li (CCD, plating and stripping)", "templates/symmetric.stack"),
		FULL("Full cell: NCM811 composite | LPSCl | Li (charge and discharge)", "templates/full.stack");

		final String label;
		final String path;

		Template(String label, String path) {
			this.label = label;
			this.path = path;
		}

		/** The template's text with the cell named {@code name}. */
		public String text(String name) {
			return template(path).replace("${name}", Xml.attribute(name));
		}
	}

	public NewStackFileWizard() {
		super("New Cell Stack");
	}

	@Override
	protected Page createPage(IStructuredSelection selection) {
		return new Page(selection);
	}

	@Override
	protected Page page() {
		return (Page) super.page();
	}

	/** Lets tests and callers choose the template as the radio buttons do. */
	public void setTemplate(Template template) {
		page().template = template;
		if (page().buttons != null) {
			for (Button b : page().buttons) {
				b.setSelection(b.getData() == template);
			}
		}
	}

	/** Container and file name (Eclipse's own page), with the template below. */
	static final class Page extends WizardNewFileCreationPage {

		Template template = Template.SYMMETRIC;
		Button[] buttons;

		Page(IStructuredSelection selection) {
			super("newStack", selection);
			setTitle("Cell Stack");
			setDescription("A new .stack file from a template; change its layers and values in the stack editor.");
			setFileExtension("stack");
			setFileName("cell.stack");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite control = (Composite) getControl();
			Group group = new Group(control, SWT.NONE);
			group.setText("Start from");
			group.setLayout(new GridLayout(1, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			buttons = new Button[Template.values().length];
			for (Template t : Template.values()) {
				Button b = new Button(group, SWT.RADIO);
				b.setText(t.label);
				b.setData(t);
				b.setSelection(t == template);
				b.addListener(SWT.Selection, e -> {
					if (b.getSelection()) {
						template = t;
					}
				});
				buttons[t.ordinal()] = b;
			}
		}

		@Override
		protected InputStream getInitialContents() {
			String name = getFileName().replaceFirst("\\.stack$", "");
			return new ByteArrayInputStream(template.text(name).getBytes(StandardCharsets.UTF_8));
		}
	}
}
