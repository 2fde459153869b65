package org.stratum.ui.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.model.units.Unit;

/** The first page of the measured-data import: which file, in which format, into which project, and the cell's area. */
public final class MeasuredFilePage extends WizardPage {

	private static final Unit CM2 = Unit.parse("cm2");

	private final IContainer initialProject;
	private Text file;
	private Combo format;
	private Combo project;
	private Text name;
	private Text area;

	MeasuredFilePage(IContainer project) {
		super("file");
		this.initialProject = project;
		setTitle("Measured cycler data");
		setDescription("A Battery Data Format CSV or a cycler's text export; it is imported into <project>/measured/<name>/.");
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		file = text(c, "File:");
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.csv;*.txt;*.mpt", "*" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		new Label(c, SWT.NONE).setText("Format:");
		format = new Combo(c, SWT.READ_ONLY);
		for (CyclerFormat f : CyclerFormat.values()) {
			format.add(f.label());
		}
		format.select(0);
		format.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(c, SWT.NONE).setText("Project:");
		project = new Combo(c, SWT.READ_ONLY);
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (p.isOpen()) {
				project.add(p.getName());
			}
		}
		project.select(Math.max(0, initialProject == null ? 0 : project.indexOf(initialProject.getProject().getName())));
		project.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		name = text(c, "Name:");
		new Label(c, SWT.NONE);
		area = text(c, "Cell area / cm2:");
		new Label(c, SWT.NONE);
		file.addListener(SWT.Modify, e -> {
			String stem = Path.of(file.getText()).getFileName() == null ? "" : Path.of(file.getText()).getFileName().toString();
			name.setText(stem.contains(".") ? stem.substring(0, stem.lastIndexOf('.')) : stem);
			validate();
		});
		name.addListener(SWT.Modify, e -> validate());
		area.addListener(SWT.Modify, e -> validate());
		setControl(c);
	}

	private static Text text(Composite c, String label) {
		new Label(c, SWT.NONE).setText(label);
		Text t = new Text(c, SWT.BORDER);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return t;
	}

	private void validate() {
		String problem = null;
		if (!Files.isRegularFile(Path.of(file.getText().strip()))) {
			problem = "Choose the file to import";
		} else if (!name.getText().strip().matches("[A-Za-z0-9_.-]+")) {
			problem = "The name becomes a folder: use letters, digits, '_', '-' and '.'";
		} else if (!(areaValue() > 0)) {
			problem = "Give the cell's area in cm2 (for example 0.785 for a 10 mm disc): current densities need it";
		} else if (project.getSelectionIndex() < 0) {
			problem = "Create or open a project to import into";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private double areaValue() {
		try {
			return Double.parseDouble(area.getText().strip());
		} catch (NumberFormatException e) {
			return Double.NaN; // not a number yet: the page says what it needs
		}
	}

	/** Fills the page as a user does (tests, and the file given on the command line). */
	public void fill(Path chosen, CyclerFormat chosenFormat, double areaCm2) {
		file.setText(chosen.toString());
		format.select(chosenFormat.ordinal());
		area.setText(Double.toString(areaCm2));
	}

	Path file() {
		return Path.of(file.getText().strip());
	}

	CyclerFormat format() {
		return CyclerFormat.values()[format.getSelectionIndex()];
	}

	IContainer project() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(project.getText());
	}

	String name() {
		return name.getText().strip();
	}

	/** The area in m2. */
	double area() {
		return CM2.toSI(areaValue());
	}
}
