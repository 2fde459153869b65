package org.stratum.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The workbench's Stratum preferences (Window > Preferences > Stratum) and their defaults: where runs write, how
 * many run at once, whether curves are compressed to the screen's pixels, and the colours of the chart series.
 */
public final class StratumPreferences extends AbstractPreferenceInitializer {

	/** The preference node (the UI bundle's id). */
	public static final String NODE = "org.stratum.ui";
	/** Project-relative folder new launch configurations write to. */
	public static final String OUTPUT_FOLDER = "outputFolder";
	/** How many simulations run at once; the others wait in the Progress view. */
	public static final String PARALLEL_RUNS = "parallelRuns";
	/** Whether charts draw curves compressed to the screen's pixels (fluid with 10^6 samples) or every sample. */
	public static final String COMPRESS_CURVES = "compressCurves";
	/** The colours of chart series, a {@link Palette} name. */
	public static final String PALETTE = "palette";

	/** The colours of chart series in order, as RGB. */
	public enum Palette {
		/** Tableau's ten colours: distinct for several runs. */
		TABLEAU("Tableau 10", new int[][] { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 214, 39, 40 }, { 148, 103, 189 }, { 140, 86, 75 },
				{ 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 }, { 23, 190, 207 } }),
		/** Viridis sampled: ordered, readable in grey and by colour-blind readers. */
		VIRIDIS("Viridis", new int[][] { { 68, 1, 84 }, { 72, 40, 120 }, { 62, 74, 137 }, { 49, 104, 142 }, { 38, 130, 142 }, { 31, 158, 137 },
				{ 53, 183, 121 }, { 109, 205, 89 }, { 180, 222, 44 }, { 253, 231, 37 } }),
		/** Greys for print. */
		GREY("Greyscale", new int[][] { { 0, 0, 0 }, { 90, 90, 90 }, { 150, 150, 150 }, { 60, 60, 60 }, { 120, 120, 120 }, { 180, 180, 180 } });

		private final String label;
		private final int[][] colours;

		Palette(String label, int[][] colours) {
			this.label = label;
			this.colours = colours;
		}

		public String label() {
			return label;
		}

		/** The colour of the n-th series (repeating). */
		public int[] colour(int n) {
			return colours[n % colours.length];
		}
	}

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		defaults.put(OUTPUT_FOLDER, "results");
		defaults.putInt(PARALLEL_RUNS, Math.max(1, Runtime.getRuntime().availableProcessors()));
		defaults.putBoolean(COMPRESS_CURVES, true);
		defaults.put(PALETTE, Palette.TABLEAU.name());
	}

	/** The one store of these preferences (the page edits it; readers see its changes at once). */
	private static ScopedPreferenceStore store;

	/** The store the preference page edits. */
	public static synchronized ScopedPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, NODE);
		}
		return store;
	}

	/** Project-relative folder runs write to unless their launch configuration says otherwise. */
	public static String outputFolder() {
		String folder = store().getString(OUTPUT_FOLDER).strip();
		return folder.isEmpty() ? "results" : folder;
	}

	public static int parallelRuns() {
		return Math.max(1, store().getInt(PARALLEL_RUNS));
	}

	public static boolean compressCurves() {
		return store().getBoolean(COMPRESS_CURVES);
	}

	public static Palette palette() {
		String name = store().getString(PALETTE);
		for (Palette p : Palette.values()) {
			if (p.name().equals(name)) {
				return p;
			}
		}
		return Palette.TABLEAU;
	}
}
