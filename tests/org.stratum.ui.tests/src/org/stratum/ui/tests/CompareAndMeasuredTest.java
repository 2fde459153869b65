package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.ui.Screenshots;
import org.stratum.ui.launch.SimulationLaunch;
import org.stratum.ui.results.CompareRunsEditor;
import org.stratum.ui.results.ResultPages;
import org.stratum.ui.results.RunResultsEditor;
import org.stratum.ui.views.SimulationResultsView;
import org.stratum.ui.wizards.ImportMeasuredDataWizard;

/**
 * Comparing runs and measured data as a modeller does: the Simulation Results view lists the workspace's runs, two
 * selected and compared overlay their curves with their metrics side by side; a Neware export imported with the
 * wizard opens as a run and, compared with the simulation it was measured against, shows its residual.
 */
public class CompareAndMeasuredTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("comparing");

	@TempDir
	Path dir;

	private static IFile run(String simulation) throws Exception {
		SimulationLaunch.configurationFor(PROJECT.file("examples/seed-000/seed-000.stratum"), simulation).launch(ILaunchManager.RUN_MODE,
				new NullProgressMonitor());
		SimulationLaunchTest.waitForSimulations(180_000);
		IFile summary = PROJECT.project().getFile("results/" + simulation + "/summary.json");
		assertTrue(summary.exists(), simulation + " wrote no summary");
		return summary;
	}

	private static void screenshot(String name) throws Exception {
		Screenshots.capture(SeedProject.page().getWorkbenchWindow().getShell(), StratumPerspectiveTest.screenshotFolder().resolve(name));
	}

	@Test
	void theResultsViewListsRunsAndComparesTwo() throws Exception {
		run("CcdBare");
		run("CcdScNano");
		SimulationResultsView view = (SimulationResultsView) SeedProject.page().showView(SimulationResultsView.ID);
		StratumPerspectiveTest.waitFor(() -> view.runs().stream().filter(e -> e.run().simulation().startsWith("Ccd")).count() >= 2, 10_000);
		var ccd = view.runs().stream().filter(e -> e.run().simulation().startsWith("Ccd")).toList();
		assertEquals(2, ccd.size(), "both CCD runs are listed: " + view.runs());
		String table = Arrays.stream(view.viewer().getTable().getItems()).map(i -> i.getText(0) + " | " + i.getText(3)).toList().toString();
		assertTrue(table.contains("CcdScNano | CCD "), "the headline names the CCD: " + table);
		view.viewer().setSelection(new StructuredSelection(ccd));
		assertTrue(view.compareAction().isEnabled(), "Compare Selected is offered for two runs");
		view.compareAction().run();
		StratumPerspectiveTest.flush();
		CompareRunsEditor compare = (CompareRunsEditor) SeedProject.page().getActiveEditor();
		assertEquals(2, compare.runs().size());
		assertTrue(compare.chart().seriesNames().containsAll(List.of("CcdBare", "CcdScNano")), compare.chart().seriesNames().toString());
		String[] ccdRow = compare.metrics().stream().filter(r -> r[0].equals("critical current density / mA/cm2")).findFirst().orElseThrow();
		assertEquals(3.0, Double.parseDouble(ccdRow[ccd.get(0).run().simulation().equals("CcdBare") ? 1 : 2]), 1e-6, "bare Li's CCD side by side");
		screenshot("compare-runs.png");
		compare.show(CompareRunsEditor.View.CURRENT);
		assertEquals(2, compare.chart().seriesNames().size());
		SeedProject.page().closeAllEditors(false);
	}

	/** A Neware export of the rate test, 10 mV above the simulation, imported and compared: the residual is -10 mV. */
	@Test
	void aMeasuredNewareExportImportsAndOverlaysWithItsResidual() throws Exception {
		IFile simulatedSummary = run("RateScNano");
		RunFolder simulated = RunFolder.read(simulatedSummary.getLocation().toFile().toPath().getParent());
		double area = simulated.series().value(SeriesColumn.CURRENT, 1) / simulated.series().value(SeriesColumn.CURRENT_DENSITY, 1); // m2
		StringBuilder csv = new StringBuilder("Cycle Index,Total Time,Current(mA),Voltage(V)\n");
		for (int k = 0; k < simulated.series().size(); k++) {
			double t = simulated.series().value(SeriesColumn.TIME, k);
			csv.append(String.format(Locale.ROOT, "%d,%d:%02d:%06.3f,%.6f,%.6f%n", (int) simulated.series().value(SeriesColumn.CYCLE, k), (int) (t / 3600),
					(int) (t % 3600 / 60), t % 60, simulated.series().value(SeriesColumn.CURRENT, k) * 1000, simulated.series().value(SeriesColumn.VOLTAGE, k) + 0.010));
		}
		Path export = dir.resolve("cell-7.csv");
		Files.writeString(export, csv);

		ImportMeasuredDataWizard wizard = new ImportMeasuredDataWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(PROJECT.project()));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.setBlockOnOpen(false);
		dialog.open();
		wizard.filePage().fill(export, CyclerFormat.NEWARE, area * 1e4);
		assertTrue(wizard.filePage().isPageComplete(), wizard.filePage().getErrorMessage());
		dialog.showPage(wizard.mappingPage());
		StratumPerspectiveTest.flush();
		assertEquals(CyclerFormat.NEWARE.defaults(), wizard.mappingPage().mapping(), "Neware's own columns are chosen");
		screenshot("import-measured-mapping.png");
		assertTrue(wizard.performFinish(), wizard.mappingPage().getErrorMessage());
		dialog.close();
		IFile imported = wizard.imported();
		assertNotNull(imported);
		assertTrue(imported.exists(), "the import is in the workspace: " + imported);
		IEditorPart opened = SeedProject.page().getActiveEditor();
		assertTrue(opened instanceof RunResultsEditor, "the import opens in the results editor");
		RunResultsEditor measured = (RunResultsEditor) opened;
		assertTrue(measured.pageTitles().containsAll(List.of(ResultPages.VOLTAGE, ResultPages.CAPACITY)), measured.pageTitles().toString());
		assertEquals(simulated.summary().metrics().discharges().size(), measured.getRun().summary().metrics().discharges().size(),
				"a discharge per unbroken run of negative current, as the executor counts them");

		CompareRunsEditor.open(SeedProject.page(), List.of(simulatedSummary, imported));
		StratumPerspectiveTest.flush();
		CompareRunsEditor compare = (CompareRunsEditor) SeedProject.page().getActiveEditor();
		double[] residual = compare.chart().chart().getSeriesSet().getSeries("residual RateScNano").getYSeries();
		double[] sorted = residual.clone();
		Arrays.sort(sorted);
		assertEquals(-10, sorted[sorted.length / 2], 0.05, "simulated minus measured is -10 mV at the measured times");
		String[] rms = compare.metrics().stream().filter(r -> r[0].startsWith("RMS voltage residual")).findFirst().orElseThrow();
		assertTrue(rms[1] != null && Double.parseDouble(rms[1]) >= 9.9 && Double.parseDouble(rms[1]) < 15, "RMS residual in mV: " + rms[1]);
		screenshot("compare-measured-residual.png");
		SeedProject.page().closeAllEditors(false);
	}
}
