package org.stratum.ui.help;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.cheatsheets.OpenCheatSheetAction;
import org.stratum.ui.preferences.StratumPreferences;

/**
 * The newcomer's first page: the "First Steps with Stratum" cheat sheet, opened by itself on the first start in a
 * workspace without projects, and from the Help menu any time.
 */
public final class FirstSteps {

	/** The cheat sheet's id (plugin.xml). */
	public static final String CHEAT_SHEET = "org.stratum.ui.cheatsheets.firstRun";
	/** Preference: whether the first steps were offered in this workspace. */
	static final String SHOWN = "firstStepsShown";

	private FirstSteps() {
	}

	/** Opens the first steps when this workspace has no project and they were never offered in it. */
	public static void showIfNew() {
		var store = StratumPreferences.store();
		if (store.getBoolean(SHOWN) || ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
			return;
		}
		store.setValue(SHOWN, true);
		try {
			store.save();
		} catch (java.io.IOException e) {
			org.eclipse.core.runtime.ILog.of(FirstSteps.class).error("the first steps will be offered again: the preference could not be saved", e);
		}
		open();
	}

	/** Opens the cheat sheet in its view. */
	public static void open() {
		new OpenCheatSheetAction(CHEAT_SHEET).run();
	}
}
