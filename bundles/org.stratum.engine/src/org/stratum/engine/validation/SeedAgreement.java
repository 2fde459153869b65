package org.stratum.engine.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one seed's predictions agree with its measurements: Kendall's rank correlation between the predicted and
 * measured orderings of cells, pair by pair within each quantity, and the median |log10(predicted / measured)| of
 * the magnitudes.
 * <p>
 * The rank correlation counts, over every pair of rows of the same quantity whose measured values differ, the pairs
 * the model orders the same way (concordant) and the opposite way (discordant): tau = (C - D) / pairs, so a
 * predicted tie counts as neither and pulls tau towards 0. Bounds ("at least", a run that outlived its protocol)
 * take part with their number. The magnitude error uses only rows where both values are numbers and leaves out
 * calibration rows, which agree by construction; a material's measured input (a conductivity the library takes)
 * takes part in neither.
 *
 * @param seed the paper
 * @param pairs pairs of rows with distinct measured values
 * @param concordant of those, ordered the same way by the model
 * @param discordant of those, ordered the opposite way
 * @param magnitudes rows in the magnitude error
 * @param medianLogRatio median |log10(predicted / measured)| over them, NaN when none
 * @param predictions rows with a predicted number, blind ones included
 */
public record SeedAgreement(String seed, int pairs, int concordant, int discordant, int magnitudes, double medianLogRatio, int predictions) {

	/** Kendall's tau, NaN when no pair compares. */
	public double tau() {
		return pairs == 0 ? Double.NaN : (concordant - discordant) / (double) pairs;
	}

	/** The agreement of each seed, in the order the seeds first appear. */
	public static List<SeedAgreement> of(List<ValidationRow> rows) {
		Map<String, List<ValidationRow>> bySeed = new LinkedHashMap<>();
		for (ValidationRow r : rows) {
			bySeed.computeIfAbsent(r.seed(), s -> new ArrayList<>()).add(r);
		}
		List<SeedAgreement> out = new ArrayList<>();
		bySeed.forEach((seed, list) -> out.add(ofSeed(seed, list)));
		return out;
	}

	private static SeedAgreement ofSeed(String seed, List<ValidationRow> rows) {
		int pairs = 0;
		int concordant = 0;
		int discordant = 0;
		for (int a = 0; a < rows.size(); a++) {
			for (int b = a + 1; b < rows.size(); b++) {
				ValidationRow x = rows.get(a);
				ValidationRow y = rows.get(b);
				if (!x.quantityWithUnit().equals(y.quantityWithUnit()) || !ranked(x) || !ranked(y)) {
					continue;
				}
				double dm = Math.signum(x.measured().value() - y.measured().value());
				if (dm == 0) {
					continue;
				}
				pairs++;
				double dp = Math.signum(x.predicted().value() - y.predicted().value());
				if (dp == dm) {
					concordant++;
				} else if (dp == -dm) {
					discordant++;
				}
			}
		}
		List<Double> logs = new ArrayList<>();
		int predictions = 0;
		for (ValidationRow r : rows) {
			if (r.role() != Role.INPUT && r.predicted().hasNumber()) {
				predictions++;
			}
			if (r.role() != Role.CALIBRATION && r.role() != Role.INPUT && r.measured().kind() == Value.Kind.EQUAL && r.predicted().kind() == Value.Kind.EQUAL
					&& r.measured().hasNumber() && r.predicted().hasNumber() && r.measured().value() > 0 && r.predicted().value() > 0) {
				logs.add(Math.abs(Math.log10(r.predicted().value() / r.measured().value())));
			}
		}
		return new SeedAgreement(seed, pairs, concordant, discordant, logs.size(), median(logs), predictions);
	}

	private static boolean ranked(ValidationRow r) {
		return r.role() != Role.INPUT && r.measured().hasNumber() && r.predicted().hasNumber();
	}

	private static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	/** The report's summary line for the seed. */
	public String line() {
		if (pairs == 0 && magnitudes == 0) {
			return "- Seed " + seed + ": " + predictions + " predicted values, no measurement to compare (blind: withheld)";
		}
		String rank = pairs == 0 ? "no pair of cells to rank"
				: String.format(java.util.Locale.ROOT, "Kendall's tau %.2f over %d pairs (%d ordered as measured, %d opposite, %d tied)", tau(), pairs,
						concordant, discordant, pairs - concordant - discordant);
		String size = magnitudes == 0 ? "no magnitude to compare"
				: String.format(java.util.Locale.ROOT, "median |log10(predicted/measured)| %.2f over %d values (a factor %.2f)", medianLogRatio, magnitudes,
						Math.pow(10, medianLogRatio));
		return "- Seed " + seed + ": " + rank + "; " + size;
	}
}
