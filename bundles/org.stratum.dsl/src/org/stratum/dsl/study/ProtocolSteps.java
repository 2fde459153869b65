package org.stratum.dsl.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.stratum.dsl.stratum.CcCv;
import org.stratum.dsl.stratum.Control;
import org.stratum.dsl.stratum.Environment;
import org.stratum.dsl.stratum.PlateStrip;
import org.stratum.dsl.stratum.Protocol;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.Repeat;
import org.stratum.dsl.stratum.StratumPackage;

/**
 * The steps of a protocol a sweep can vary, by the word that starts them ({@code ccd}, {@code plate},
 * {@code charge}, ...), and their quantities by property name ({@code ccd.increment}, {@code plate.current}).
 * A sweep replaces the value of every such step of the protocol; {@code repeat.count} replaces the count of every
 * repeat block.
 */
public final class ProtocolSteps {

	/** The step words, in the order content assist proposes them. */
	public static final List<String> WORDS = List.of("ccd", "plate", "strip", "charge", "discharge", "current", "rest", "hold", "cccv", "eis",
			"every", "log", "temperature", "pressure", "repeat");

	/** The step word of a repeat block, whose count a sweep can vary ({@code vary protocol repeat.count = 50, 100;}). */
	public static final String REPEAT = "repeat";
	/** The count of a repeat block, a whole number. */
	public static final String COUNT = "count";

	private ProtocolSteps() {
	}

	/** The class of the steps a word starts (empty for a word that starts none). */
	public static Optional<EClass> stepClass(String word) {
		StratumPackage p = StratumPackage.eINSTANCE;
		return Optional.ofNullable(word == null ? null : switch (word) {
		case "ccd" -> p.getCcdRamp();
		case "plate", "strip" -> p.getPlateStrip();
		case "charge", "discharge", "current" -> p.getControl();
		case "rest" -> p.getRest();
		case "hold" -> p.getHold();
		case "cccv" -> p.getCcCv();
		case "eis" -> p.getEis();
		case "every" -> p.getEvery();
		case "log" -> p.getLogging();
		case "temperature", "pressure" -> p.getEnvironment();
		case REPEAT -> p.getRepeat();
		default -> null;
		});
	}

	/** The quantities a step of that word has, by the names the language gives them (a repeat block: its count). */
	public static List<String> properties(String word) {
		List<String> names = new ArrayList<>();
		if (REPEAT.equals(word)) {
			return List.of(COUNT);
		}
		stepClass(word).ifPresent(c -> {
			for (EReference r : c.getEAllContainments()) {
				if (r.getEReferenceType() == StratumPackage.Literals.QUANTITY && !r.isMany()) {
					names.add(r.getName());
				}
			}
		});
		return names;
	}

	/** Whether the factor varies the count of repeat blocks (whole numbers) rather than a quantity. */
	public static boolean isCount(String word, String property) {
		return REPEAT.equals(word) && COUNT.equals(property);
	}

	/**
	 * What a protocol factor of that word and property replaces in the protocol: the repeat blocks for
	 * {@code repeat.count}, else the quantities written for it ({@link #written}).
	 */
	public static List<? extends EObject> targets(Protocol protocol, String word, String property) {
		return isCount(word, property) ? repeats(protocol) : written(protocol, word, property);
	}

	/** Every repeat block of the protocol (inside others too), whose counts a count factor replaces. */
	public static List<Repeat> repeats(Protocol protocol) {
		List<Repeat> found = new ArrayList<>();
		protocol.eAllContents().forEachRemaining(o -> {
			if (o instanceof Repeat r) {
				found.add(r);
			}
		});
		return found;
	}

	/**
	 * The quantities written for that property in every step of that word in the protocol (steps inside repeat
	 * and every blocks too); empty when no such step writes it.
	 */
	public static List<Quantity> written(Protocol protocol, String word, String property) {
		List<Quantity> found = new ArrayList<>();
		Optional<EClass> kind = stepClass(word);
		if (kind.isEmpty() || !properties(word).contains(property)) {
			return found;
		}
		EReference feature = (EReference) kind.get().getEStructuralFeature(property);
		for (var it = protocol.eAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (kind.get().isInstance(o) && startsWith(o, word) && o.eGet(feature) instanceof Quantity q) {
				found.add(q);
			}
		}
		return found;
	}

	/** Whether a step of the word's class is one that word starts (a strip is no plate, a charge no discharge). */
	private static boolean startsWith(EObject step, String word) {
		return switch (step) {
		case PlateStrip p -> p.getKind().getLiteral().equals(word);
		case Control c -> c.getDirection().getLiteral().equals(word);
		case CcCv c -> true;
		case Environment e -> word.equals(e.getVariable());
		default -> true;
		};
	}
}
