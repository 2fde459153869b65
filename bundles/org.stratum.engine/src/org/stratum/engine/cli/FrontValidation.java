package org.stratum.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.Value;
import org.stratum.solver.program.RunResult;

/**
 * The front model's rows of {@code stratum validate-model}: where seed 000's cells plate Li at 5 mA/cm2 (55 degC,
 * 0.05 mAh/cm2, a 16 um x 40 um window: Li 0-5 um, the interlayer 5-35 um, LPSCl above), as each region's share
 * and the penetration into the electrolyte, mean and spread over three seeds, at two grid spacings (the grid
 * refinement study); then the SC-nano cell with one mechanism switched at a time, the library's values unchanged
 * (a hypothetical 20 mV nucleation barrier on the carbon, voids over a fifth of the foil's face among them).
 * The paper's picture: SC plates at the face and grows into the electrolyte, SC-nano plates inside the layer.
 */
final class FrontValidation {

	/** The seeds each case runs with, for the spread. */
	private static final int[] SEEDS = { 1, 2, 3 };
	/** The grid spacings of the refinement study, um: 0.125 resolves the 300 nm LLZTO (d/2.4), 0.25 does not. */
	private static final String[] GRIDS = { "0.25 um", "0.125 um" };

	/** A cell of seed 000 with what the paper saw of it. */
	private record Case(String stack, String label, String paper) {
	}

	private static final List<Case> CELLS = List.of(new Case("sym-sc.stack", "000 SC", "at the face, growing into the SE"),
			new Case("sym-sc-micro20-llzto.stack", "000 SC-micro 20LLZTO", "not imaged"),
			new Case("sym-sc-nano20-llzto.stack", "000 SC-nano 20LLZTO", "inside the layer"));

	/** The switchable mechanisms tried on the SC-nano cell, one at a time. */
	private static final List<String> MECHANISMS = List.of("interphase electrolyte;", "interphase particles;", "nucleation SC 20 mV;",
			"morphology segregated;", "morphology chains;", "voids 20 % of 1 um;");

	private FrontValidation() {
	}

	/** The quantities of a row, in the order of a run's values: four shares (%) and the penetration (um). */
	private static final List<String> QUANTITIES = List.of("front model: share of the plated Li on the Li side", "front model: share of the plated Li inside the layer",
			"front model: share of the plated Li in the face band", "front model: share of the plated Li inside the electrolyte",
			"front model: penetration into the electrolyte at the end");

	/** The section's Markdown lines; each row's values also go to the report's front records. */
	static List<String> rows(Path examples, ValidationReport records) throws Exception {
		return withStacks(examples.resolve("seed-000"), dir -> {
			List<String> out = new ArrayList<>();
			out.add("");
			out.add("## Front model: where Li goes (seed 000, 5 mA/cm2, 0.05 mAh/cm2, 55 degC)");
			out.add("");
			out.add("Share of the plated Li by region and penetration into the LPSCl at the end, mean +- spread (standard deviation) over seeds "
					+ "1-3, on a 16 um x 40 um window (Li 0-5 um, interlayer 5-35 um, LPSCl above). Two grids: 0.125 um resolves the 300 nm "
					+ "LLZTO, 0.25 um does not (the grid refinement study). The library's parameters, nothing fitted per cell.");
			out.add("");
			out.add("| cell | grid | mechanisms | Li side | inside layer | face band | inside SE | penetration / um | paper |");
			out.add("|---|---|---|---|---|---|---|---|---|");
			for (Case c : CELLS) {
				for (String grid : GRIDS) {
					out.add(row(dir, c, grid, "", records));
				}
			}
			for (String mechanism : MECHANISMS) {
				out.add(row(dir, CELLS.get(2), GRIDS[1], mechanism, records));
			}
			return out;
		});
	}

	private static String row(Path dir, Case c, String grid, String mechanism, ValidationReport records) throws Exception {
		List<double[]> runs = new ArrayList<>();
		String failure = null;
		SimulationRunner.Outcome last = null;
		for (int seed : SEEDS) {
			try {
				SimulationRunner.Outcome o = run(dir, c.stack(), "temperature 55 degC; log every 2 s; plate at 5 mA/cm2 for 0.05 mAh/cm2 until short;",
						"domain 16 um x 40 um; grid " + grid + "; seed " + seed + "; frames 2; " + mechanism);
				if (o.result().status() == RunResult.Status.FAILED) {
					failure = o.result().reason();
					break;
				}
				last = o;
				RunMetrics.PlatedShares s = o.metrics().platedShares();
				double[] penetration = RunFolder.read(o.folder()).series().values(SeriesColumn.FILAMENT_WORKING);
				runs.add(new double[] { 100 * s.liSide(), 100 * s.insideLayer(), 100 * s.faceBand(), 100 * s.insideElectrolyte(),
						ResultUnits.MICROMETRE.fromSI(penetration[penetration.length - 1]) }); // shares in %
			} catch (EngineException e) {
				failure = e.getMessage();
				break;
			}
		}
		String head = "| " + c.label() + " | " + grid + " | " + (mechanism.isEmpty() ? "as the data say" : mechanism.replace(";", "")) + " | ";
		ValidationRows.Case record = new ValidationRows.Case("000", c.label() + ", grid " + grid + ", " + (mechanism.isEmpty() ? "as the data say"
				: mechanism.replace(";", "")), Role.PREDICTION, "front model, 16 um x 40 um window, 5 mA/cm2 for 0.05 mAh/cm2 at 55 degC, mean over seeds 1-3");
		if (failure != null) {
			for (int k = 0; k < QUANTITIES.size(); k++) {
				records.addFront(ValidationRows.row(record, QUANTITIES.get(k), k < 4 ? "%" : "um", Value.none(c.paper()), Value.none("failed: " + failure), last));
			}
			return head + "failed: " + failure.replace("|", "/") + " | | | | | " + c.paper() + " |";
		}
		StringBuilder s = new StringBuilder(head);
		for (int k = 0; k < 5; k++) {
			String text = spread(runs, k, k < 4 ? "%.1f" : "%.2g");
			s.append(text).append(k < 4 ? " % | " : " | ");
			records.addFront(ValidationRows.row(record, QUANTITIES.get(k), k < 4 ? "%" : "um", Value.none(c.paper()), Value.of(mean(runs, k), text), last));
		}
		return s.append(c.paper()).append(" |").toString();
	}

	/**
	 * Runs one plating of a stack file in {@code dir} with the front model: the protocol's statements after its sign
	 * convention, the front block's settings.
	 */
	static SimulationRunner.Outcome run(Path dir, String stack, String protocol, String front) throws Exception {
		String key = Integer.toHexString((stack + protocol + front).hashCode());
		Path file = dir.resolve("front-" + key + ".stratum");
		Files.writeString(file, "stack Cell = \"" + stack + "\";\nprotocol Plating { sign plating positive; " + protocol + " }\n"
				+ "simulation Front { cell Cell; protocol Plating; model front { " + front + " } }\n");
		// each file in a resource set of its own: every one declares a stack named Cell
		return SimulationRunner.run(new StratumFiles().simulation(file, "Front"), dir.resolve("results-" + key), p -> {
		}, () -> false);
	}

	/** Rows made in a scratch folder that holds a seed's .stack files (the generated .stratum files name them). */
	interface Rows {
		List<String> in(Path dir) throws Exception;
	}

	/** Makes rows in a scratch folder holding a copy of a seed's .stack files, and deletes the folder after. */
	static List<String> withStacks(Path seed, Rows rows) throws Exception {
		Path dir = Files.createTempDirectory("stratum-front-rows");
		try {
			try (var stacks = Files.list(seed)) {
				for (Path p : stacks.filter(p -> p.toString().endsWith(".stack")).toList()) {
					Files.copy(p, dir.resolve(p.getFileName()));
				}
			}
			return rows.in(dir);
		} finally {
			ResultsWriter.delete(dir);
		}
	}

	/** Mean +- standard deviation of the runs' k-th value. */
	private static String spread(List<double[]> runs, int k, String format) {
		double mean = mean(runs, k);
		double variance = runs.stream().mapToDouble(r -> (r[k] - mean) * (r[k] - mean)).sum() / Math.max(1, runs.size() - 1);
		return String.format(Locale.ROOT, format + " +- " + format, mean, Math.sqrt(variance));
	}

	private static double mean(List<double[]> runs, int k) {
		return runs.stream().mapToDouble(r -> r[k]).average().orElse(Double.NaN);
	}
}
