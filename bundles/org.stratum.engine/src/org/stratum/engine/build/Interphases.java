package org.stratum.engine.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stratum.engine.results.ResultUnits;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.solver.cell.Electrode;

/**
 * How the interphase between Li and an electrolyte grows, from its phases' reactions with Li in the library. The
 * growth law is the one the measurement behind the constant shows, read from its unit: a parabolic rate constant
 * (Ohm2 cm4/h: {@code R^2 = R0^2 + k t}, at rest too) or a resistance per charge passed (Ohm cm2 per mAh/cm2).
 * <p>
 * Li meets each phase of a mixed electrolyte on its area fraction (taken as its volume fraction), so the phases'
 * interphases conduct in parallel. Parabolic films that start from nothing stay parabolic in parallel:
 * {@code 1/R = sum f_k / sqrt(k_k t)} gives {@code R = sqrt(k t)} with {@code k = (sum f_k / sqrt(k_k))^-2}; a phase
 * with a stable interphase keeps a path without one, so the face's interphase stays negligible.
 */
final class Interphases {

	private Interphases() {
	}

	/** How the interphase between Li and the electrolyte grows, with its constant in SI. */
	record Interphase(Electrode.InterphaseGrowth law, double constant) {
	}

	private static final Interphase STABLE = new Interphase(Electrode.InterphaseGrowth.STABLE, 0);

	/**
	 * The interphase of the face where Li meets the electrolyte's phases (volume fractions {@code phi}), unless an
	 * electron-blocking interlayer cuts the electrolyte off from Li. A reacting material without a growth constant
	 * keeps its interphase constant, and the run log says so.
	 */
	static Interphase interphase(Map<Component, Double> phi, boolean blocked, List<String> notes) throws EngineException {
		if (blocked) {
			return STABLE;
		}
		double total = 0;
		double parabolicSum = 0;
		Interphase perCharge = null;
		double perChargeFraction = 0;
		List<String> parts = new ArrayList<>();
		for (Map.Entry<Component, Double> e : phi.entrySet()) {
			Material m = e.getKey().getMaterial();
			double f = e.getValue();
			if (m == null || f <= 0 || m.getLiReaction() == null) {
				continue;
			}
			Interphase own = of(m, notes);
			total += f;
			switch (own.law()) {
			case STABLE -> parabolicSum = Double.POSITIVE_INFINITY; // a path without an interphase
			case PARABOLIC -> parabolicSum += f / Math.sqrt(own.constant());
			case PER_CHARGE -> {
				if (f > perChargeFraction) {
					perCharge = own;
					perChargeFraction = f;
				}
			}
			}
			parts.add(String.format(Locale.ROOT, "%s %.0f %%", m.getId(), ResultUnits.PERCENT.fromSI(f)));
		}
		if (total == 0) {
			return STABLE;
		}
		if (perCharge != null) {
			if (parts.size() > 1) {
				RunNotes.once(notes, "the electrolyte's phases meet Li in parallel (" + String.join(", ", parts)
						+ "); one interphase grows with the charge passed, so the face takes that one (the largest such phase's)");
			}
			return perCharge;
		}
		if (Double.isInfinite(parabolicSum)) {
			return STABLE;
		}
		if (parts.size() > 1) {
			RunNotes.once(notes, "the electrolyte's phases meet Li in parallel (" + String.join(", ", parts) + "): their parabolic interphases combine in parallel");
		}
		double mean = parabolicSum / total;
		return new Interphase(Electrode.InterphaseGrowth.PARABOLIC, 1 / (mean * mean));
	}

	/** One material's interphase with Li. */
	static Interphase of(Material electrolyte, List<String> notes) throws EngineException {
		LiReaction reaction = electrolyte.getLiReaction();
		if (reaction == null || reaction.getKind() == LiReactionKind.STABLE || reaction.getKind() == LiReactionKind.NOT_IN_CONTACT) {
			return STABLE;
		}
		Quantity k = reaction.getGrowthConstant();
		if (k == null) {
			String note = "material '" + electrolyte.getId() + "' reacts with Li (" + reaction.getKind().getLiteral().replace('_', '-')
					+ ") but the library gives no growth constant: its interphase is held constant";
			RunNotes.once(notes, note);
			return STABLE;
		}
		if (k.hasDimension(Dimension.PASSIVATING_INTERPHASE_GROWTH)) {
			return new Interphase(Electrode.InterphaseGrowth.PARABOLIC, k.toSI());
		}
		if (k.hasDimension(Dimension.MIXED_INTERPHASE_GROWTH)) {
			return new Interphase(Electrode.InterphaseGrowth.PER_CHARGE, k.toSI());
		}
		throw new EngineException("material '" + electrolyte.getId() + "': growth constant '" + k + "' has the wrong unit; expected "
				+ Dimension.PASSIVATING_INTERPHASE_GROWTH.describe() + " or " + Dimension.MIXED_INTERPHASE_GROWTH.describe(), electrolyte);
	}
}
