package org.stratum.engine.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.cli.ValidationRows.Case;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationReport;
import org.stratum.engine.validation.ValidationRow;
import org.stratum.engine.validation.Value;
import org.stratum.model.stack.Material;
import org.stratum.solver.program.FailureMode;

/**
 * Seed 002's post-mortem tests (inputs-002-004.md 002-3), predicted from the stack model's state when the paper
 * opened its cells: SEM of the interface (how much of each Li face still touches the electrolyte, how deep Li
 * filaments reach into it) after 10 and 50 cycles, and XPS of the -82 mixtures' faces after 10 cycles (what Li
 * reduces LGPS into there, and the interphase it leaves). The measurements are withheld.
 */
public final class Seed002PostMortem {

	private static final String FILE = "seed-002/seed-002.stratum";
	/** The example's post-mortem protocols take 1 h per half-cycle: 2 h per cycle. */
	private static final double HOURS_PER_CYCLE = 2;
	/** The -82 mixtures the XPS test compares: the name in the report, the example's simulation and stack. */
	private static final String[][] MIXTURES = { { "LPSC1.0-82", "XpsLpsc10x82", "sym-lpsc1.0-82.stack" },
			{ "LPSC1.25-82", "XpsLpsc125x82", "sym-lpsc1.25-82.stack" }, { "LPSC1.5-82", "XpsLpsc15x82", "sym-lpsc1.5-82.stack" } };

	private Seed002PostMortem() {
	}

	/** The rows for the examples folder {@code examples}, each simulation run in a scratch folder deleted after. */
	public static List<ValidationRow> rows(Path examples) throws Exception {
		ValidationReport report = new ValidationReport();
		try (SeedRuns runs = new SeedRuns(examples)) {
			add(report, runs);
		}
		return report.rows();
	}

	static void add(ValidationReport report, SeedRuns runs) throws Exception {
		sem(report, runs.run(FILE, "SemSlowLpsc10"), "LPSC1.0 0.1 mA/cm2 0.1 mAh/cm2 cycling (SEM)");
		sem(report, runs.run(FILE, "SemFastLpsc10x82"), "LPSC1.0-82 1.0 mA/cm2 1.0 mAh/cm2 cycling (SEM)");
		for (String[] m : MIXTURES) {
			xps(report, runs.run(FILE, m[1]), m[0], m[2]);
		}
	}

	/** The interface at the end of cycles 10 and 50: the smaller contact fraction of the two faces, the deeper filament. */
	private static void sem(ValidationReport report, SimulationRunner.Outcome o, String cell) throws Exception {
		Case c = new Case("002", cell, Role.BLIND, "the stack model's face when the cell is opened; 1 V limit assumed");
		RunSeries s = SeedRuns.series(o);
		for (int cycles : new int[] { 10, 50 }) {
			int at = sampleAtEndOf(s, o, cycles);
			Value contact = at < 0 ? failedBefore(o) : Value.of(ResultUnits.PERCENT.fromSI(Math.min(s.value(SeriesColumn.CONTACT_WORKING, at),
					s.value(SeriesColumn.CONTACT_COUNTER, at))));
			Value filament = at < 0 ? failedBefore(o) : Value.of(ResultUnits.MICROMETRE.fromSI(Math.max(s.value(SeriesColumn.FILAMENT_WORKING, at),
					s.value(SeriesColumn.FILAMENT_COUNTER, at))));
			report.add(ValidationRows.row(c, "Li|electrolyte contact after " + cycles + " cycles", "%", Value.withheld(), contact, o));
			report.add(ValidationRows.row(c, "Li filament depth into the electrolyte after " + cycles + " cycles", "um", Value.withheld(), filament, o));
		}
	}

	/** XPS Ge 3d of the face after 10 cycles: Ge0 where the library's reaction reduces LGPS to a metal, and the interphase per face. */
	private static void xps(ValidationReport report, SimulationRunner.Outcome o, String name, String stack) throws Exception {
		Case c = new Case("002", name + " 0.5 mA/cm2 0.5 mAh/cm2 cycling (XPS)", Role.BLIND, "10 cycles; the library's LGPS reaction and interphase growth");
		RunSeries s = SeedRuns.series(o);
		int at = sampleAtEndOf(s, o, 10);
		Value predicted;
		if (at < 0) {
			predicted = failedBefore(o);
		} else {
			List<Material> reduced = CellMapper.reducedAtTheFace(Calibration.load("seed-002/" + stack));
			int loaded = lastLoadedSample(s, at);
			double perFace = s.value(SeriesColumn.INTERPHASE_OVERPOTENTIAL, loaded) / Math.abs(s.value(SeriesColumn.CURRENT_DENSITY, loaded)) / 2;
			String interphase = "; interphase " + Value.format(ResultUnits.OHM_CM2.fromSI(perFace)) + " Ohm cm2 per face";
			predicted = reduced.isEmpty() ? Value.none("no metal: nothing at the face is reduced to one" + interphase)
					: Value.none("Ge0 present: Li turns the face's LGPS into " + reduced.stream().map(Material::getId).collect(Collectors.joining(", "))
							+ interphase);
		}
		report.add(ValidationRows.row(c, "Ge 3d at the face after 10 cycles", "-", Value.withheld(), predicted, o));
	}

	/** The last sample at or before the end of the given cycle count, or -1 when the cell failed before it. */
	private static int sampleAtEndOf(RunSeries s, SimulationRunner.Outcome o, int cycles) {
		double end = ResultUnits.HOUR.toSI(cycles * HOURS_PER_CYCLE);
		if (o.result().failure() != FailureMode.NONE && o.result().endTime() < end * (1 - 1e-6)) {
			return -1;
		}
		double[] t = s.values(SeriesColumn.TIME);
		int at = 0;
		while (at + 1 < t.length && t[at + 1] <= end * (1 + 1e-6)) {
			at++;
		}
		return at;
	}

	/** The last sample at or before {@code at} that carries current (the interphase drop needs a current to read). */
	private static int lastLoadedSample(RunSeries s, int at) {
		int k = at;
		while (k > 0 && s.value(SeriesColumn.CURRENT_DENSITY, k) == 0) {
			k--;
		}
		return k;
	}

	private static Value failedBefore(SimulationRunner.Outcome o) {
		return Value.none("failed before: " + ValidationRows.lifetime(o.result()).text());
	}
}
