package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Fit;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.fit.FitCancelledException;
import org.stratum.engine.fit.FitFailedException;
import org.stratum.engine.fit.FitResult;
import org.stratum.engine.fit.FitRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum fit}: fits a simulation's quantities to measured data and writes results/<fit>/. */
@Command(name = "fit", mixinStandardHelpOptions = true, description = { "Fits quantities of a simulation to measured data and writes results/<fit>/.",
		"Levenberg-Marquardt for a voltage curve, discharge capacities or an impedance spectrum, a bounded search for a metric.",
		"results/<fit>/ holds fit.json (values, 95 %% intervals, residual), fitted/ (the run at the fitted values), plots/overlay.png"
				+ " and fitted.stacklib (the fitted materials; the shipped library is never edited)." })
public class FitCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "the .stratum file (other .stratum files of its folder are loaded too)")
	File file;

	@Option(names = "--fit", paramLabel = "NAME", description = "which fit; may be left out when the file has one")
	String name;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "folder for results (default: ${DEFAULT-VALUE})")
	File out;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		if (!file.isFile()) {
			stderr.println("stratum fit: no such file: " + file);
			return ExitCodes.USAGE;
		}
		XtextResource resource = new StratumFiles().loadWithoutErrors(file.toPath().toAbsolutePath(), stderr, "fit", "nothing was fitted");
		if (resource == null) {
			return ExitCodes.INPUT_ERRORS;
		}
		Fit chosen = StratumFiles.choose(resource, Fit.class, name, "fit", stderr);
		if (chosen == null) {
			return ExitCodes.USAGE;
		}
		long start = System.nanoTime();
		FitResult r;
		FitBar bar = new FitBar(stderr, System.console() != null, chosen.getName(), start);
		try (Interruption interruption = new Interruption()) {
			r = FitRunner.run(chosen, out.toPath().toAbsolutePath(), bar::update, interruption::requested);
		} catch (FitCancelledException e) {
			bar.clear();
			stderr.println("stratum fit: " + e.getMessage());
			return ExitCodes.OK;
		} catch (EngineException | FitFailedException | org.stratum.engine.results.ResultsFormatException e) {
			bar.clear();
			stderr.println("stratum fit: " + e.getMessage());
			return ExitCodes.INPUT_ERRORS;
		}
		bar.clear();
		print(stdout, chosen, r, (System.nanoTime() - start) / 1e9);
		return ExitCodes.OK;
	}

	/** Prints what a fit found (each value with its interval, the residual, the files), as the workbench's console shows it too. */
	public static void print(PrintWriter out, Fit fit, FitResult r, double seconds) {
		out.printf(Locale.ROOT, "fit %s: %d simulations in %.1f s, %s%n", fit.getName(), r.evaluations(), seconds,
				String.format(Locale.ROOT, "residual %.3g %s%s", r.residualShown(), r.residualUnit(), r.points() > 1 ? " RMS over " + r.points() + " points" : ""));
		for (FitResult.FittedValue v : r.values()) {
			out.printf(Locale.ROOT, "  %-45s %.4g %s%s%s%n", v.label(), v.value(), v.unit(),
					Double.isFinite(v.low()) ? String.format(Locale.ROOT, "  (95 %%: %.4g .. %.4g)", v.low(), v.high()) : "  (one measured number: no interval)",
					v.atBound() ? "  at its bound: the data want it further out" : "");
		}
		out.println("  results                  " + r.folder().resolve("fit.json"));
		if (r.overlay() != null) {
			out.println("  overlay                  " + r.overlay());
		}
		if (r.library() != null) {
			out.println("  library overlay          " + r.library());
		}
		if (r.declaration() != null) {
			out.println("  to use the values        " + r.declaration());
		}
		out.flush();
	}

	/** The simulations a fit has run: one updating line on a terminal, in a log a line every half minute at most. */
	private static final class FitBar {
		/** The least time between two lines of a log, ns (a fit of fast runs leaves none). */
		private static final long LOG_EVERY = java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		private final ProgressLine line;
		private final String name;
		private final long start;
		private long logged;

		FitBar(PrintWriter err, boolean terminal, String name, long start) {
			this.line = new ProgressLine(err, terminal);
			this.name = name;
			this.start = start;
			this.logged = start;
		}

		void update(int simulations) {
			long now = System.nanoTime();
			boolean keep = now - logged >= LOG_EVERY;
			if (keep) {
				logged = now;
			}
			line.show(String.format(Locale.ROOT, "fit %s: %d simulations, %.0f s", name, simulations, (now - start) * 1e-9), keep);
		}

		void clear() {
			line.clear();
		}
	}
}
