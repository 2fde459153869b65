package org.stratum.engine.fit;

import java.util.ArrayList;
import java.util.List;

import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.model.units.Quantity;

/**
 * A fit's quantities as the optimiser sees them: each one a coordinate u from 0 (its lower bound) to 1 (its
 * upper), linear in the value or, for a {@code log} range, in its logarithm, so that an exchange current searched
 * over two decades is as easy to step in as a thickness. Values are in the unit the fit writes the bound in.
 */
final class FitParameters {

	/** One fitted quantity: its label, unit, bounds (in that unit) and whether it is searched in log. */
	record Parameter(String label, String unit, double low, double high, boolean log) {

		/** The value at coordinate u (u outside 0..1 extrapolates, for confidence intervals). */
		double value(double u) {
			return log ? low * Math.pow(high / low, u) : low + u * (high - low);
		}
	}

	private final List<Parameter> parameters = new ArrayList<>();

	FitParameters(List<Factor> factors) {
		for (Factor f : factors) {
			String unit = SweepDesign.unit(f);
			double low = Quantities.toModel(f.getFrom()).in(unit);
			double high = Quantities.toModel(f.getTo()).in(unit);
			parameters.add(new Parameter(SweepDesign.label(f), unit, low, high, f.isLog()));
		}
	}

	List<Parameter> list() {
		return parameters;
	}

	int size() {
		return parameters.size();
	}

	/** The start: the middle of every range (the geometric middle of a log range). */
	double[] start() {
		double[] u = new double[size()];
		java.util.Arrays.fill(u, 0.5);
		return u;
	}

	/** The quantities at coordinates u. */
	List<Quantity> quantities(double[] u) {
		List<Quantity> values = new ArrayList<>();
		for (int k = 0; k < size(); k++) {
			values.add(Quantity.of(parameters.get(k).value(u[k]), parameters.get(k).unit()));
		}
		return values;
	}

	/** Coordinates kept inside the bounds (the optimiser may step outside). */
	static double[] clamp(double[] u) {
		double[] c = u.clone();
		for (int k = 0; k < c.length; k++) {
			c[k] = Math.max(0, Math.min(1, c[k]));
		}
		return c;
	}
}
