package org.stratum.dsl.study;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.LatinHypercube;
import org.stratum.dsl.stratum.MaterialFactor;
import org.stratum.dsl.stratum.ProtocolFactor;
import org.stratum.dsl.stratum.StackFactor;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.model.units.Quantity;

/**
 * The points of a sweep: every combination of its factors' values (a grid, the first factor varying slowest),
 * or a Latin hypercube (McKay, Beckman and Conover 1979) of so many points over the factors' ranges, the same
 * for the same seed. A range of a grid has {@code steps} values from its first to its last, evenly spaced
 * (or evenly in log for a {@code log} range); a hypercube samples a range continuously and a list by index.
 */
public final class SweepDesign {

	/** The most values one range may step through (a sweep of one such factor is already at its size limit). */
	public static final double MAX_STEPS = 1_000_000;

	/** The seed of a hypercube that names none. */
	public static final long DEFAULT_SEED = 1;

	/** One point of a sweep: its number (0 based, stable for a given sweep text) and each factor's value. */
	public record Point(int index, List<Quantity> values) {

		public Point {
			values = List.copyOf(values);
		}
	}

	private SweepDesign() {
	}

	/** Every point of the sweep, in order. */
	public static List<Point> points(Sweep sweep) {
		List<Factor> factors = sweep.getFactors();
		if (sweep.getDesign() instanceof LatinHypercube lhs) {
			return hypercube(factors, (int) lhs.getPoints(), lhs.eIsSet(org.stratum.dsl.stratum.StratumPackage.Literals.LATIN_HYPERCUBE__SEED)
					? (long) lhs.getSeed() : DEFAULT_SEED);
		}
		List<List<Quantity>> levels = factors.stream().map(SweepDesign::levels).toList();
		List<Point> points = new ArrayList<>();
		int count = count(levels);
		for (int i = 0; i < count; i++) {
			List<Quantity> values = new ArrayList<>();
			int rest = i;
			int stride = count;
			for (List<Quantity> l : levels) {
				stride /= l.size();
				values.add(l.get(rest / stride));
				rest %= stride;
			}
			points.add(new Point(i, values));
		}
		return points;
	}

	/** How many points a grid of these levels has (the product of their counts). */
	private static int count(List<List<Quantity>> levels) {
		long count = 1;
		for (List<Quantity> l : levels) {
			count *= l.size();
		}
		if (count > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("a grid of " + count + " points is more than a sweep can hold");
		}
		return (int) count;
	}

	/** How many points the sweep has, without making them. */
	public static long size(Sweep sweep) {
		if (sweep.getDesign() instanceof LatinHypercube lhs) {
			return (long) lhs.getPoints();
		}
		long count = 1;
		for (Factor f : sweep.getFactors()) {
			count *= isRange(f) ? Math.max(1, (long) f.getSteps()) : f.getValues().size();
		}
		return count;
	}

	/** The values a factor takes in a grid: its list, or its range's steps. */
	public static List<Quantity> levels(Factor factor) {
		if (!isRange(factor)) {
			return factor.getValues().stream().map(Quantities::toModel).toList();
		}
		if (factor.getSteps() > MAX_STEPS) {
			throw new IllegalArgumentException("a range of " + (long) factor.getSteps() + " steps is more than a sweep can hold");
		}
		int steps = Math.max(1, (int) factor.getSteps());
		List<Quantity> values = new ArrayList<>();
		for (int k = 0; k < steps; k++) {
			values.add(onRange(factor, steps == 1 ? 0 : k / (double) (steps - 1)));
		}
		return values;
	}

	/** The simulation whose quantities a factor varies: its sweep's or fit's (null while it is not linked). */
	public static org.stratum.dsl.stratum.Simulation simulation(Factor factor) {
		org.stratum.dsl.stratum.Simulation s = switch (factor.eContainer()) {
		case Sweep sweep -> sweep.getSimulation();
		case org.stratum.dsl.stratum.Fit fit -> fit.getSimulation();
		default -> null;
		};
		return s == null || s.eIsProxy() ? null : s;
	}

	/** Whether the factor is a range ({@code from ... to ...}) rather than a list. */
	public static boolean isRange(Factor factor) {
		return factor.getFrom() != null;
	}

	/** The unit a factor's values are shown in: the unit its first value is written in. */
	public static String unit(Factor factor) {
		return Quantities.unitText(isRange(factor) ? factor.getFrom() : factor.getValues().get(0));
	}

	/** What a factor varies, as its column reads: "interlayer.thickness", "material LLZTO-nano.ionic_conductivity". */
	public static String label(Factor factor) {
		if (factor.getTarget() == null) {
			return "?";
		}
		var node = NodeModelUtils.findActualNodeFor(factor.getTarget());
		if (node != null) {
			return NodeModelUtils.getTokenText(node);
		}
		return switch (factor.getTarget()) {
		case StackFactor s -> s.getProperty();
		case MaterialFactor m -> "material " + m.getProperty();
		case ProtocolFactor p -> "protocol " + p.getStep() + "." + p.getProperty();
		default -> factor.getTarget().eClass().getName();
		};
	}

	private static List<Point> hypercube(List<Factor> factors, int n, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		double[][] u = new double[factors.size()][n];
		for (int f = 0; f < factors.size(); f++) {
			int[] strata = permutation(n, random);
			for (int i = 0; i < n; i++) {
				u[f][i] = (strata[i] + random.nextDouble()) / n; // one sample in each of the n strata of every factor
			}
		}
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			List<Quantity> values = new ArrayList<>();
			for (int f = 0; f < factors.size(); f++) {
				Factor factor = factors.get(f);
				values.add(isRange(factor) ? onRange(factor, u[f][i]) : Quantities.toModel(factor.getValues().get(Math.min(factor.getValues().size() - 1,
						(int) (u[f][i] * factor.getValues().size())))));
			}
			points.add(new Point(i, values));
		}
		return points;
	}

	/** A random order of 0 .. n-1 (Fisher-Yates). */
	private static int[] permutation(int n, SplittableRandom random) {
		int[] p = new int[n];
		for (int i = 0; i < n; i++) {
			p[i] = i;
		}
		for (int i = n - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = p[i];
			p[i] = p[j];
			p[j] = t;
		}
		return p;
	}

	/** The value a fraction u (0 .. 1) of the way along a range, linearly or in log, in the unit of its first value. */
	private static Quantity onRange(Factor factor, double u) {
		Quantity from = Quantities.toModel(factor.getFrom());
		String unit = from.unit().toString();
		double a = from.value();
		double b = Quantities.toModel(factor.getTo()).in(unit);
		double v = factor.isLog() ? a * Math.pow(b / a, u) : a + u * (b - a);
		return Quantity.of(v, unit);
	}
}
