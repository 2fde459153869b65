package org.stratum.dsl.resolve;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Unit;
import org.stratum.model.units.UnitException;

/**
 * The meaning of a quantity written in a .stratum file: its unit as Stratum's {@link Unit}, with one
 * reading of the language's own: in a current-like position "C" is a C-rate ("1C"), not a coulomb.
 */
public final class Quantities {

	/** Dimension of a C-rate: per time, relative to the cell's nominal capacity. */
	public static final String C_RATE = "C";

	private Quantities() {
	}

	public static String unitText(Quantity q) {
		return q.getUnit() == null ? "" : q.getUnit();
	}

	public static boolean isCRate(Quantity q) {
		return C_RATE.equals(unitText(q));
	}

	/** The unit, or a {@link UnitException} naming what is wrong with it. */
	public static Unit unit(Quantity q) {
		return Unit.parse(unitText(q));
	}

	public static Dimension dimension(Quantity q) {
		return unit(q).dimension();
	}

	/** The value in SI; a C-rate stays a multiple of 1C. */
	public static double si(Quantity q) {
		return isCRate(q) ? value(q) : unit(q).toSI(value(q));
	}

	public static org.stratum.model.units.Quantity toModel(Quantity q) {
		return org.stratum.model.units.Quantity.of(value(q), unitText(q));
	}

	public static String text(Quantity q) {
		if (isFraction(q)) {
			return unitText(q) + "/" + org.stratum.model.units.Quantity.number(q.getDivisor());
		}
		String number = org.stratum.model.units.Quantity.number(q.getValue());
		return unitText(q).isEmpty() ? number : number + " " + unitText(q);
	}

	/** Whether the quantity is written as a fraction of its unit, as PyBaMM writes C-rates ("C/20"). */
	public static boolean isFraction(Quantity q) {
		return !NodeModelUtils.findNodesForFeature(q, StratumPackage.Literals.QUANTITY__DIVISOR).isEmpty()
				|| q.eIsSet(StratumPackage.Literals.QUANTITY__DIVISOR);
	}

	/** The number the quantity stands for in its unit: "C/20" is 0.05 C. */
	public static double value(Quantity q) {
		return isFraction(q) ? 1 / q.getDivisor() : q.getValue();
	}
}
