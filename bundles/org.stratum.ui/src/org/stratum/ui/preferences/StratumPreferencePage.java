package org.stratum.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window > Preferences > Stratum. */
public final class StratumPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public StratumPreferencePage() {
		super(GRID);
		setPreferenceStore(StratumPreferences.store());
		setDescription("Simulation runs and result charts.");
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(StratumPreferences.OUTPUT_FOLDER, "Results folder of new runs (in the file's project):", getFieldEditorParent()));
		IntegerFieldEditor parallel = new IntegerFieldEditor(StratumPreferences.PARALLEL_RUNS, "Simulations running at once:", getFieldEditorParent());
		parallel.setValidRange(1, 256);
		addField(parallel);
		addField(new BooleanFieldEditor(StratumPreferences.COMPRESS_CURVES, "Draw curves compressed to the screen's pixels (fluid with a million samples)",
				getFieldEditorParent()));
		String[][] palettes = new String[StratumPreferences.Palette.values().length][];
		for (StratumPreferences.Palette p : StratumPreferences.Palette.values()) {
			palettes[p.ordinal()] = new String[] { p.label(), p.name() };
		}
		addField(new ComboFieldEditor(StratumPreferences.PALETTE, "Colours of chart series:", palettes, getFieldEditorParent()));
	}

	@Override
	public void init(IWorkbench workbench) {
		// the store is set in the constructor
	}
}
