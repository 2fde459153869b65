package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.RunProgress;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.results.Verdict;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunMetrics;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;
import org.stratum.solver.program.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum run}: simulates one simulation of a .stratum file and writes its results folder. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Runs a simulation of a .stratum file, writes results/<simulation>/ and checks its expectations (exit code 1 when one fails).")
public class RunCommand implements Callable<Integer> {


	@Parameters(index = "0", paramLabel = "FILE", description = "the .stratum file (other .stratum files of its folder are loaded too)")
	File file;

	@Option(names = "--simulation", paramLabel = "NAME", description = "which simulation; may be left out when the file has one")
	String simulation;

	@Option(names = "--all", description = "run every simulation of the file, one after another (a CI build checking its expectations)")
	boolean all;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "folder for results (default: ${DEFAULT-VALUE})")
	File out;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		if (!file.isFile()) {
			stderr.println("stratum run: no such file: " + file);
			return ExitCodes.USAGE;
		}
		Path path = file.toPath().toAbsolutePath();
		XtextResource resource = new StratumFiles().loadWithoutErrors(path, stderr, "run", "nothing was simulated");
		if (resource == null) {
			return ExitCodes.INPUT_ERRORS;
		}
		List<Simulation> simulations = StratumFiles.elements(resource, Simulation.class);
		List<Simulation> chosen = all ? simulations
				: simulations.stream().filter(s -> s.getName().equals(simulation) || simulation == null && simulations.size() == 1).toList();
		if (chosen.isEmpty()) {
			stderr.println("stratum run: " + (simulation == null ? "choose a simulation with --simulation (or --all)" : "no simulation '" + simulation + "'")
					+ "; " + file.getName() + " has: " + (simulations.isEmpty() ? "no simulations" : String.join(", ", simulations.stream().map(Simulation::getName).toList())));
			return ExitCodes.USAGE;
		}
		int code = ExitCodes.OK;
		try (Interruption interruption = new Interruption()) {
			for (Simulation s : chosen) {
				if (interruption.requested()) {
					break;
				}
				code = Math.max(code, runOne(s, stdout, stderr, interruption));
			}
		}
		return code;
	}

	/** Runs one simulation, prints its summary and its expectations' verdicts; the exit code it earns. */
	private int runOne(Simulation chosen, PrintWriter stdout, PrintWriter stderr, Interruption interruption) throws java.io.IOException {
		ProgressBar bar = new ProgressBar(stderr, System.console() != null, chosen.getName());
		long start = System.nanoTime();
		SimulationRunner.Outcome outcome;
		try {
			outcome = SimulationRunner.run(chosen, out.toPath().toAbsolutePath(), bar::update, interruption::requested);
		} catch (EngineException e) {
			bar.clear();
			stderr.println("stratum run: " + e.getMessage());
			return ExitCodes.INPUT_ERRORS;
		}
		bar.clear();
		printSummary(stdout, chosen.getName(), outcome, (System.nanoTime() - start) / 1e9);
		if (outcome.result().status() == RunResult.Status.CANCELLED) {
			stderr.println("stratum run: interrupted; the partial result (marked \"partial\": true) is in " + outcome.folder());
			stderr.flush();
			return ExitCodes.OK;
		}
		List<Verdict> verdicts = outcome.summary().expectations(); // judged by the run, kept in its summary.json
		printVerdicts(stdout, verdicts);
		if (outcome.result().status() == RunResult.Status.FAILED) {
			return ExitCodes.INPUT_ERRORS;
		}
		long failed = verdicts.stream().filter(v -> !v.passed()).count();
		if (failed > 0) {
			stderr.println("stratum run: " + failed + " of " + verdicts.size() + " expectations of " + chosen.getName() + " failed");
			stderr.flush();
			return ExitCodes.EXPECTATIONS_FAILED;
		}
		return ExitCodes.OK;
	}

	/** Each expectation with its verdict and what the run gave ("expect ...: passed (1.25 mA/cm2)"). */
	static void printVerdicts(PrintWriter out, List<Verdict> verdicts) {
		for (Verdict v : verdicts) {
			out.println("  " + v.expectation() + ": " + v.word() + " (" + v.actual() + ")");
		}
		out.flush();
	}

	/** The run's summary as {@code stratum run} prints it (the workbench prints the same into a run's console). */
	public static void printSummary(PrintWriter out, String name, SimulationRunner.Outcome outcome, double seconds) {
		RunResult r = outcome.result();
		RunMetrics m = outcome.metrics();
		out.println("simulation " + name + ": " + r.status().name().toLowerCase() + " - " + r.reason());
		out.printf(Locale.ROOT, "  simulated time          %.2f h (%d cycles) in %.2f s%n", ResultUnits.HOUR.fromSI(r.endTime()), r.cycles(), seconds);
		if (!Double.isNaN(r.criticalCurrentDensity())) {
			out.printf(Locale.ROOT, "  critical current density %.2f mA/cm2%n", ResultUnits.MA_PER_CM2.fromSI(r.criticalCurrentDensity()));
		}
		if (!Double.isNaN(r.shortTime())) {
			out.printf(Locale.ROOT, "  short circuit at         %.2f h%n", ResultUnits.HOUR.fromSI(r.shortTime()));
		}
		if (r.failure() != FailureMode.NONE && r.failure() != FailureMode.SHORT) {
			out.printf(Locale.ROOT, "  failed                  %s at %.2f h%n", r.failure().words(), ResultUnits.HOUR.fromSI(r.endTime()));
		}
		if (m.hasDischarges()) {
			Discharge first = m.discharges().get(0), last = m.discharges().get(m.discharges().size() - 1);
			out.printf(Locale.ROOT, "  discharge capacity       %.3f mAh/cm2 at %.3g mA/cm2 first, %.3f mAh/cm2 at %.3g mA/cm2 last (%d discharges)%n",
					ResultUnits.MAH_PER_CM2.fromSI(first.charge()), ResultUnits.MA_PER_CM2.fromSI(first.currentDensity()), ResultUnits.MAH_PER_CM2.fromSI(last.charge()),
					ResultUnits.MA_PER_CM2.fromSI(last.currentDensity()), m.discharges().size());
			if (Double.isFinite(m.meanCoulombicEfficiency())) {
				out.printf(Locale.ROOT, "  Coulombic efficiency     %.2f %% (mean), retention %.1f %%%n", 100 * m.meanCoulombicEfficiency(),
						100 * m.capacityRetention());
			}
		} else if (Double.isFinite(m.initialOverpotential()) && Double.isFinite(m.finalOverpotential())) {
			out.printf(Locale.ROOT, "  overpotential            %.1f mV at the start, %.1f mV at the end%n", ResultUnits.MILLIVOLT.fromSI(m.initialOverpotential()),
					ResultUnits.MILLIVOLT.fromSI(m.finalOverpotential()));
		} else if (!outcome.fullCell()) { // a symmetric cell's voltage is its overpotential, and it carried no current
			out.println("  overpotential            - (no current flowed)");
		}
		out.println("  Li plated                " + shares(m.platedShares()));
		out.println("  results                  " + outcome.folder());
		out.println("  plots                    " + outcome.folder().resolve("plots/voltage.png"));
		out.flush();
	}

	/** A one-line progress bar on a terminal; silent otherwise. */
	static final class ProgressBar {
		private final PrintWriter err;
		private final boolean terminal;
		private final String name;
		private final long started = System.nanoTime();
		private int shown = -1;
		/** The longest line shown, which clearing overwrites. */
		private int width;

		ProgressBar(PrintWriter err, boolean terminal, String name) {
			this.err = err;
			this.terminal = terminal;
			this.name = name;
		}

		void update(RunProgress progress) {
			int percent = (int) Math.round(Math.min(1, Math.max(0, progress.fraction())) * 100);
			if (!terminal || percent == shown) {
				return;
			}
			shown = percent;
			String line = progress.describe(name, (System.nanoTime() - started) / 1e9);
			width = Math.max(width, line.length());
			err.print("\r" + line);
			err.flush();
		}

		void clear() {
			if (terminal && shown >= 0) {
				err.print("\r" + " ".repeat(width) + "\r");
				err.flush();
			}
		}
	}

	/** "Li side 0.0 %, inside layer 7.1 %, ..." */
	private static String shares(RunMetrics.PlatedShares shares) {
		StringBuilder text = new StringBuilder();
		for (RunMetrics.Location l : RunMetrics.Location.values()) {
			text.append(text.length() == 0 ? "" : ", ").append(l.label()).append(String.format(Locale.ROOT, " %.1f %%", shares.share(l) * 100));
		}
		return text.toString();
	}
}
