package org.stratum.ui.results;

import java.util.function.BiFunction;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.stratum.engine.results.RunFolder;

/**
 * A page of the results editor: its tab title, which runs it applies to, and how it draws a run. The editor
 * shows every page of {@link ResultPages#ALL} that applies; a model with results of its own (the front model's
 * Dendrite Front page) adds its page there.
 *
 * @param title the tab's title
 * @param appliesTo whether a run has what the page shows
 * @param create draws the page for a run into its parent
 */
public record ResultPage(String title, Predicate<RunFolder> appliesTo, BiFunction<Composite, RunFolder, Control> create) {
}
