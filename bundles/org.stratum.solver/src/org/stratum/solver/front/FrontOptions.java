package org.stratum.solver.front;

import java.util.Set;

/**
 * The front model's switchable mechanisms, so that competing hypotheses can be run side by side (physics.md
 * section 2). The defaults ({@link #DEFAULTS}) switch on what the phases' data already say: nucleation barriers,
 * reactive phases and cracking; no face interphase.
 *
 * @param nucleation whether bare electron conductors need their phase's nucleation barrier before Li forms on them
 * @param blockingInterphaseOn ion conductors whose faces with a bare electron conductor (not Li) carry an
 *        electron-blocking interphase: those faces do not react
 * @param reactivePhases whether phases with a product turn into it where Li touches them
 * @param cracks whether Li plated against a dense phase cracks it where the Griffith criterion is met
 * @param profileSpeed speed of the interface-profile term, m/s; NaN: four times the fastest face's plating speed
 */
public record FrontOptions(boolean nucleation, Set<Phase> blockingInterphaseOn, boolean reactivePhases, boolean cracks, double profileSpeed) {

	/** Every mechanism the phase data describe, no interphase, the default profile rate. */
	public static final FrontOptions DEFAULTS = new FrontOptions(true, Set.of(), true, true, Double.NaN);

	public FrontOptions {
		blockingInterphaseOn = Set.copyOf(blockingInterphaseOn);
	}

	public FrontOptions withNucleation(boolean on) {
		return new FrontOptions(on, blockingInterphaseOn, reactivePhases, cracks, profileSpeed);
	}

	public FrontOptions withBlockingInterphaseOn(Set<Phase> ionConductors) {
		return new FrontOptions(nucleation, ionConductors, reactivePhases, cracks, profileSpeed);
	}

	public FrontOptions withReactivePhases(boolean on) {
		return new FrontOptions(nucleation, blockingInterphaseOn, on, cracks, profileSpeed);
	}

	public FrontOptions withCracks(boolean on) {
		return new FrontOptions(nucleation, blockingInterphaseOn, reactivePhases, on, profileSpeed);
	}
}
