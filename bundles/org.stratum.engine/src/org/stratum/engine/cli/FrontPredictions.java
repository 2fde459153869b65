package org.stratum.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.Value;
import org.stratum.solver.program.RunResult;

/**
 * The front model's blind rows of {@code stratum validate-model}: seed 002's electrolytes (LPSC1.0 alone and with
 * 10, 20, 30 wt% LGPS; LPSC1.25 and LPSC1.5 alone and with 20 wt%) at the current densities of the paper's cycling
 * protocols, one plating half-cycle each into a 15 um slab of the electrolyte above 5 um of Li: the penetration of Li
 * into the electrolyte at each quarter of the charge, the front's mean height, and whether a filament spans the slab;
 * every cell with LGPS runs with its reaction to Li-Ge on and off, and LPSC1.0 and LPSC1.0-82 once more with their
 * flaws spread about the calibrated length. Predictions only: the paper's results are withheld and nothing here is
 * fitted.
 */
public final class FrontPredictions {

	/** The map: 20 um wide, 5 um of Li under a 15 um slab; 0.5 um resolves the 3 um LGPS particles (d/6). */
	static final String WINDOW = "domain 20 um x 20 um; grid 0.5 um; seed 42; frames 2;";
	/** The flaws of the sensitivity rows: lognormal about the calibrated length, a factor e^0.5 for one standard deviation. */
	private static final String FLAW_SPREAD = "flaws spread 50 %;";

	/** A seed-002 cell and whether it holds LGPS particles. */
	private record Cell(String stack, String label, boolean lgps) {
	}

	private static final List<Cell> CELLS = List.of(new Cell("sym-lpsc1.0.stack", "LPSC1.0", false),
			new Cell("sym-lpsc1.0-91.stack", "LPSC1.0-91", true), new Cell("sym-lpsc1.0-82.stack", "LPSC1.0-82", true),
			new Cell("sym-lpsc1.0-73.stack", "LPSC1.0-73", true), new Cell("sym-lpsc1.25.stack", "LPSC1.25", false),
			new Cell("sym-lpsc1.25-82.stack", "LPSC1.25-82", true), new Cell("sym-lpsc1.5.stack", "LPSC1.5", false),
			new Cell("sym-lpsc1.5-82.stack", "LPSC1.5-82", true));

	/** The half-cycles of the paper's symmetric cycling protocols: the long cycling's and the step-up test's last stage. */
	private static final List<String> PLATINGS = List.of("0.3 mA/cm2 for 0.3 mAh/cm2", "1 mA/cm2 for 1 mAh/cm2");

	private FrontPredictions() {
	}

	/** The section's Markdown lines; each run's values also go to the report's front records. */
	static List<String> rows(Path examples, ValidationReport records) throws Exception {
		return rows(examples, CELLS, PLATINGS, true, records);
	}

	/**
	 * The table's rows of the electrolytes named by label ("LPSC1.0-82") at the platings given ("0.3 mA/cm2 for
	 * 0.3 mAh/cm2"), without the flaw-spread rows: what {@code validate-model} prints, for a part of it.
	 */
	public static List<String> rows(Path examples, List<String> electrolytes, List<String> platings) throws Exception {
		List<String> all = rows(examples, CELLS.stream().filter(c -> electrolytes.contains(c.label())).toList(), platings, false, new ValidationReport());
		return all.stream().filter(r -> r.startsWith("| 002 ")).toList();
	}

	private static List<String> rows(Path examples, List<Cell> cells, List<String> platings, boolean sensitivity, ValidationReport records)
			throws Exception {
		return FrontValidation.withStacks(examples.resolve("seed-002"), dir -> {
			List<String> out = new ArrayList<>();
			out.add("");
			out.add("## Front model: blind predictions for seed 002 (25 degC, one plating half-cycle)");
			out.add("");
			out.add("Penetration of Li into the electrolyte (um above the foil's face) at each quarter of the charge, the front's mean height at the end, "
					+ "and whether a filament spans the 15 um slab the map holds (a 20 um wide window, 0.5 um grid, seed 42; the rest of the pellet and "
					+ "the counter electrode lie beyond the map). LGPS particles 3 +- 1 um (an assumption: the paper says only that they are smaller "
					+ "than LPSC1.0's). 'LGPS reacts': Li turns LGPS it touches into Li-Ge (the library's mixed-conducting reaction); 'inert': it does "
					+ "not. 'flaws': one calibrated length in every electrolyte cell, or lognormal about it (a hypothesis). Predictions only; the paper's "
					+ "results are withheld.");
			out.add("");
			out.add("| electrolyte | plating | LGPS | flaws | penetration at 1/4, 1/2, 3/4, end / um | mean front / um | spans 15 um | overpotential at end / mV |");
			out.add("|---|---|---|---|---|---|---|---|");
			for (String plating : platings) {
				for (Cell c : cells) {
					out.add(row(dir, c, plating, true, "", records));
					if (c.lgps()) {
						out.add(row(dir, c, plating, false, "", records));
					}
				}
			}
			// the sensitivity to the one flaw length: a spread of flaws (a hypothesis, only the median is calibrated)
			for (Cell c : sensitivity ? List.of(CELLS.get(0), CELLS.get(2)) : List.<Cell>of()) {
				out.add(row(dir, c, PLATINGS.get(1), true, FLAW_SPREAD, records));
			}
			return out;
		});
	}

	private static String row(Path dir, Cell c, String plating, boolean reactions, String flaws, ValidationReport records) throws Exception {
		String lgps = !c.lgps() ? "none" : reactions ? "reacts" : "inert";
		String flawText = flaws.isEmpty() ? "one length" : flaws.replace("flaws ", "").replace(";", "");
		String head = "| 002 " + c.label() + " | " + plating + " | " + lgps + " | " + flawText + " | ";
		SimulationRunner.Outcome o;
		try {
			o = FrontValidation.run(dir, c.stack(), "temperature 25 degC; log every 30 s; plate at " + plating + " until short;",
					WINDOW + (reactions ? "" : " reactions off;") + " " + flaws);
		} catch (EngineException e) {
			return head + "failed: " + e.getMessage().replace("|", "/") + " | | | |";
		}
		if (o.result().status() == RunResult.Status.FAILED) {
			return head + "failed: " + o.result().reason().replace("|", "/") + " | | | |";
		}
		RunSeries series = RunFolder.read(o.folder()).series();
		double[] penetration = series.values(SeriesColumn.FILAMENT_WORKING);
		double[] mean = series.values(SeriesColumn.FRONT_HEIGHT_MEAN);
		List<String> quarters = new ArrayList<>();
		for (int q = 1; q <= 4; q++) {
			int k = Math.min(penetration.length - 1, (int) Math.round(q * (penetration.length - 1) / 4.0));
			quarters.add(String.format(Locale.ROOT, "%.1f", ResultUnits.MICROMETRE.fromSI(penetration[k])));
		}
		boolean spans = !Double.isNaN(o.metrics().shortTime());
		ValidationRows.Case record = new ValidationRows.Case("002", c.label() + ", " + plating + ", LGPS " + lgps + ", flaws " + flawText, Role.BLIND,
				"front model, 20 um x 20 um window, 0.5 um grid, seed 42");
		records.addFront(ValidationRows.row(record, "front model: penetration into the electrolyte at the end", "um", Value.withheld(),
				Value.of(ResultUnits.MICROMETRE.fromSI(penetration[penetration.length - 1])), o));
		records.addFront(ValidationRows.row(record, "front model: mean front height at the end", "um", Value.withheld(),
				Value.of(ResultUnits.MICROMETRE.fromSI(mean[mean.length - 1])), o));
		records.addFront(ValidationRows.row(record, "front model: overpotential at the end", "mV", Value.withheld(),
				Value.of(ResultUnits.MILLIVOLT.fromSI(Math.abs(o.metrics().finalOverpotential()))), o));
		return head + String.join(", ", quarters) + " | " + String.format(Locale.ROOT, "%.1f", ResultUnits.MICROMETRE.fromSI(mean[mean.length - 1])) + " | "
				+ (spans ? String.format(Locale.ROOT, "yes, after %.0f s", o.metrics().shortTime()) : "no") + " | "
				+ String.format(Locale.ROOT, "%.1f", ResultUnits.MILLIVOLT.fromSI(Math.abs(o.metrics().finalOverpotential()))) + " |";
	}
}
