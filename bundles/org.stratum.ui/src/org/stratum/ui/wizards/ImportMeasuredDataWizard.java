package org.stratum.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.osgi.framework.FrameworkUtil;
import org.stratum.engine.results.ColumnMapping;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.SummaryJson;

/**
 * File > Import > Stratum > Measured Cycler Data: a BDF CSV or a cycler's export (Neware, Arbin, BioLogic) read with
 * a column mapping (remembered per format) into {@code <project>/measured/<name>/}, a results-like folder that the
 * results editor opens and Compare Results overlays on simulated runs.
 */
public final class ImportMeasuredDataWizard extends Wizard implements IImportWizard {

	/** The folder of a project that imports go to. */
	public static final String FOLDER = "measured";

	private MeasuredFilePage filePage;
	private ColumnMappingPage mappingPage;
	private IContainer destination;
	private IFile imported;

	public ImportMeasuredDataWizard() {
		setWindowTitle("Import Measured Cycler Data");
		setNeedsProgressMonitor(false);
		setDialogSettings(PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(getClass())).getDialogSettings());
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		Object first = selection == null ? null : selection.getFirstElement();
		IResource resource = first == null ? null : org.eclipse.core.runtime.Adapters.adapt(first, IResource.class);
		destination = resource == null ? null : resource.getProject();
	}

	@Override
	public void addPages() {
		filePage = new MeasuredFilePage(destination);
		mappingPage = new ColumnMappingPage(filePage);
		addPage(filePage);
		addPage(mappingPage);
	}

	@Override
	public boolean performFinish() {
		CyclerFormat format = filePage.format();
		ColumnMapping mapping = mappingPage.mapping();
		IContainer project = filePage.project();
		try {
			MeasuredData data = MeasuredData.read(filePage.file(), format, mapping);
			Path out = project.getLocation().toFile().toPath().resolve(FOLDER);
			data.write(out, filePage.name(), filePage.area());
			remember(format, mapping);
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			imported = project.getFile(new org.eclipse.core.runtime.Path(FOLDER + "/" + filePage.name() + "/" + SummaryJson.FILE));
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), imported);
			return true;
		} catch (IOException e) {
			mappingPage.setErrorMessage(e.getMessage());
			return false;
		} catch (PartInitException e) {
			mappingPage.setErrorMessage("imported, but the results editor did not open: " + e.getMessage());
			return true;
		} catch (CoreException e) {
			mappingPage.setErrorMessage("imported, but " + project.getFullPath() + " could not be refreshed: " + e.getMessage());
			return true;
		}
	}

	/** The summary.json of the last import, or null. */
	public IFile imported() {
		return imported;
	}

	/** The mapping used last with a format, or the format's own columns. */
	ColumnMapping remembered(CyclerFormat format) {
		IDialogSettings s = getDialogSettings().getSection("mapping." + format.name());
		if (s == null) {
			return format.defaults();
		}
		return new ColumnMapping(s.get("time"), s.get("timeUnit"), s.get("voltage"), s.get("voltageUnit"), s.get("current"), s.get("currentUnit"),
				s.get("cycle"), s.getBoolean("invertCurrent"));
	}

	private void remember(CyclerFormat format, ColumnMapping m) {
		IDialogSettings s = getDialogSettings().addNewSection("mapping." + format.name());
		s.put("time", m.time());
		s.put("timeUnit", m.timeUnit());
		s.put("voltage", m.voltage());
		s.put("voltageUnit", m.voltageUnit());
		s.put("current", m.current());
		s.put("currentUnit", m.currentUnit());
		s.put("cycle", m.cycle());
		s.put("invertCurrent", m.invertCurrent());
	}

	public MeasuredFilePage filePage() {
		return filePage;
	}

	public ColumnMappingPage mappingPage() {
		return mappingPage;
	}
}
