package org.stratum.solver.program;

import java.util.Locale;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;

import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.stratum.solver.physics.Constants;

/**
 * The current density a drive gives a cell whose voltage at each current is known: the set current, or the root
 * that holds the voltage, delivers the power, or meets the load (V = j R). Any cell model uses it the same way.
 */
public final class DriveSolver {

	/** Finds the current of a hold, power or load; 1e-9 A/m2 is far below any current a cycler resolves. */
	private static final BracketingNthOrderBrentSolver SOLVER = new BracketingNthOrderBrentSolver(1e-9, 5);
	/** No drive is solved beyond this current density, A/m2 (1000 A/cm2). */
	private static final double MAX_SOLVED_CURRENT = 1e7;

	private DriveSolver() {
	}

	/**
	 * The current density (A/m2, signed as the drive) in the present state of a cell whose voltage at current
	 * density j is {@code voltageAt}; {@code where} names the step and time for a failure.
	 *
	 * @throws NoCurrentException when no current meets the drive (a hold out of reach, a power past the cell's maximum)
	 */
	public static double current(Drive drive, DoubleUnaryOperator voltageAt, Supplier<String> where) {
		if (!Double.isNaN(drive.power())) {
			return drive.sign() * powerCurrent(drive, voltageAt, where);
		}
		if (!Double.isNaN(drive.resistance())) {
			return -resistorCurrent(drive.resistance(), voltageAt, where);
		}
		if (!drive.potentiostatic()) {
			return drive.current();
		}
		// g(m) = sign (V(sign m) - V_hold) rises with the magnitude m; no current once the OCV is past the hold
		UnivariateFunction g = m -> drive.sign() * (voltageAt.applyAsDouble(drive.sign() * m) - drive.voltage());
		if (g.value(0) >= 0) {
			return 0;
		}
		return drive.sign() * rootFromZero(g, high -> high > MAX_SOLVED_CURRENT,
				() -> "no current holds the cell at " + drive.voltage() + " V at " + where.get());
	}

	/** Current magnitude m at which m V(sign m) equals the power; the cell must be able to deliver it. */
	private static double powerCurrent(Drive drive, DoubleUnaryOperator voltageAt, Supplier<String> where) {
		UnivariateFunction h = m -> m * voltageAt.applyAsDouble(drive.sign() * m) - drive.power();
		return rootFromZero(h,
				high -> high > MAX_SOLVED_CURRENT || voltageAt.applyAsDouble(drive.sign() * high * 4) <= 0 || h.value(high * 4) < h.value(high),
				() -> String.format(Locale.ROOT, "the cell cannot %s %.4g mW/cm2 at %s (past its power maximum)", drive.sign() > 0 ? "take" : "deliver",
						drive.power() / Constants.W_PER_M2_PER_MW_PER_CM2, where.get()));
	}

	/** Discharge current magnitude m through areal resistance r: m r = V(-m); none once the cell has no voltage left. */
	private static double resistorCurrent(double r, DoubleUnaryOperator voltageAt, Supplier<String> where) {
		UnivariateFunction h = m -> m * r - voltageAt.applyAsDouble(-m);
		if (h.value(0) >= 0) {
			return 0;
		}
		return rootFromZero(h, high -> high > MAX_SOLVED_CURRENT,
				() -> String.format(Locale.ROOT, "no current drives the cell through %.4g Ohm m2 at %s", r, where.get()));
	}

	/**
	 * The magnitude m > 0 where f, negative at 0, crosses zero: bracketed by growing m fourfold, then Brent; a
	 * {@link NoCurrentException} with the failure's text when the next step up is hopeless.
	 */
	private static double rootFromZero(UnivariateFunction f, DoublePredicate hopeless, Supplier<String> failure) {
		double low = 0;
		double high = 1;
		while (f.value(high) < 0) {
			if (hopeless.test(high)) {
				throw new NoCurrentException(failure.get());
			}
			low = high;
			high *= 4;
		}
		return SOLVER.solve(200, f, low, high);
	}

	/** No current meets the drive in the cell's present state; the run stops with this reason (which names the place). */
	public static final class NoCurrentException extends CellModelException {

		private static final long serialVersionUID = 1L;

		public NoCurrentException(String reason) {
			super(reason);
		}

		@Override
		public String reasonAt(String where) {
			return getMessage();
		}
	}
}
