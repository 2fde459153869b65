package org.stratum.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;
import org.stratum.ui.library.MaterialLibraryView;
import org.stratum.ui.views.LiveFrontView;
import org.stratum.ui.views.SimulationResultsView;
import org.stratum.ui.wizards.NewStackFileWizard;
import org.stratum.ui.wizards.NewStratumFileWizard;
import org.stratum.ui.wizards.NewStratumProjectWizard;

/**
 * The Stratum perspective: Project Explorer on the left, the editor area in the middle, Outline on
 * the right, and Simulation Results, Problems, Properties, Console and Material Library below.
 */
public class StratumPerspective implements IPerspectiveFactory {

	public static final String ID = "org.stratum.ui.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);

		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors);
		right.addView(IPageLayout.ID_OUTLINE);

		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, editors);
		bottom.addView(SimulationResultsView.ID);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
		bottom.addView(MaterialLibraryView.ID);
		bottom.addPlaceholder(LiveFrontView.ID); // opens when a front-model run takes its first frame

		for (String view : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_OUTLINE,
				IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROP_SHEET, IConsoleConstants.ID_CONSOLE_VIEW,
				SimulationResultsView.ID, MaterialLibraryView.ID, LiveFrontView.ID }) {
			layout.addShowViewShortcut(view);
		}
		layout.addNewWizardShortcut(NewStratumProjectWizard.ID);
		layout.addNewWizardShortcut(NewStackFileWizard.ID);
		layout.addNewWizardShortcut(NewStratumFileWizard.ID);
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.project");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addPerspectiveShortcut(ID);
	}
}
