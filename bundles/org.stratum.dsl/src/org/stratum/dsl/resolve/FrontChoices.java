package org.stratum.dsl.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.stratum.model.stack.Morphology;

/**
 * The names a front model's {@code morphology} and {@code interphase} take in the language, read alike by its checks
 * (which suggest the closest name for an unknown one) and by the engine that builds the model.
 */
public final class FrontChoices {

	/** Which faces with a bare electron conductor carry an electron-blocking interphase (they do not react). */
	public enum Interphase {
		/** No face: every face of an electron conductor with an ion conductor reacts. */
		NONE,
		/** The dense solid electrolyte's faces (the interlayer/electrolyte face and any carbon reaching into it). */
		ELECTROLYTE,
		/** The faces of the interlayer's ion-conducting particles. */
		PARTICLES,
		/** Both. */
		ALL;

		/** The name as written: "electrolyte". */
		public String literal() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private FrontChoices() {
	}

	/** The morphologies by name: random, segregated, chains. */
	public static List<String> morphologies() {
		return Morphology.VALUES.stream().map(Morphology::getLiteral).toList();
	}

	/** The morphology a name means, if any. */
	public static Optional<Morphology> morphology(String name) {
		return Optional.ofNullable(name == null ? null : Morphology.get(name));
	}

	/** The interphase choices by name: none, electrolyte, particles, all. */
	public static List<String> interphases() {
		return java.util.Arrays.stream(Interphase.values()).map(Interphase::literal).toList();
	}

	/** The interphase choice a name means, if any. */
	public static Optional<Interphase> interphase(String name) {
		return java.util.Arrays.stream(Interphase.values()).filter(i -> i.literal().equals(name)).findFirst();
	}
}
