package org.stratum.engine.build;

import java.util.List;

import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.solver.cell.Electrode;

/** How the interphase between Li and an electrolyte grows, from the material's reaction with Li in the library. */
final class Interphases {

	private Interphases() {
	}

	/** How the interphase between Li and the electrolyte grows, with its constant in SI. */
	record Interphase(Electrode.InterphaseGrowth law, double constant) {
	}

	private static final Interphase STABLE = new Interphase(Electrode.InterphaseGrowth.STABLE, 0);

	/**
	 * The electrolyte's reaction with Li, unless an electron-blocking interlayer cuts the electrolyte off from Li. A
	 * reacting material without a growth constant keeps its interphase constant, and the run log says so.
	 */
	static Interphase interphase(Material electrolyte, boolean blocked, List<String> notes) throws EngineException {
		LiReaction reaction = electrolyte.getLiReaction();
		if (blocked || reaction == null || reaction.getKind() == LiReactionKind.STABLE) {
			return STABLE;
		}
		Electrode.InterphaseGrowth law = reaction.getKind() == LiReactionKind.MIXED_CONDUCTING ? Electrode.InterphaseGrowth.MIXED_CONDUCTING
				: Electrode.InterphaseGrowth.PASSIVATING;
		Quantity k = reaction.getGrowthConstant();
		if (k == null) {
			String note = "material '" + electrolyte.getId() + "' reacts with Li (" + reaction.getKind().getLiteral().replace('_', '-')
					+ ") but the library gives no growth constant: its interphase is held constant";
			RunNotes.once(notes, note);
			return STABLE;
		}
		Dimension expected = law == Electrode.InterphaseGrowth.MIXED_CONDUCTING ? Dimension.MIXED_INTERPHASE_GROWTH
				: Dimension.PASSIVATING_INTERPHASE_GROWTH;
		if (!k.hasDimension(expected)) {
			throw new EngineException("material '" + electrolyte.getId() + "': growth constant '" + k + "' has the wrong unit; expected "
					+ expected.describe(), electrolyte);
		}
		return new Interphase(law, k.toSI());
	}
}
