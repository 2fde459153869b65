package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.engine.study.PointResult;
import org.stratum.engine.study.SweepRunner;
import org.stratum.engine.study.SweepTable;
import org.stratum.engine.study.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum sweep}: runs every point of a sweep of a .stratum file on this machine and writes results/<sweep>/. */
@Command(name = "sweep", mixinStandardHelpOptions = true, description = { "Runs every point of a sweep, in parallel on this machine, and writes results/<sweep>/:",
		"points/<n>/ (one run folder per point), sweep.csv (each point's inputs and metrics) and plots/ (each metric over each input).",
		"Points already finished are not run again (after Ctrl+C or a crash, run the same command); a point that fails is recorded with its reason." })
public class SweepCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "FILE", description = "the .stratum file (other .stratum files of its folder are loaded too)")
	File file;

	@Option(names = "--sweep", paramLabel = "NAME", description = "which sweep; may be left out when the file has one")
	String sweep;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "folder for results (default: ${DEFAULT-VALUE})")
	File out;

	@Option(names = "--jobs", paramLabel = "N", description = "points run at once (default: the number of cores, here ${DEFAULT-VALUE})")
	int jobs = Runtime.getRuntime().availableProcessors();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		if (!file.isFile()) {
			stderr.println("stratum sweep: no such file: " + file);
			return ExitCodes.USAGE;
		}
		if (jobs < 1) {
			stderr.println("stratum sweep: --jobs must be at least 1, got " + jobs);
			return ExitCodes.USAGE;
		}
		XtextResource resource = new StratumFiles().loadWithoutErrors(file.toPath().toAbsolutePath(), stderr, "sweep", "nothing was run");
		if (resource == null) {
			return ExitCodes.INPUT_ERRORS;
		}
		List<Sweep> sweeps = StratumFiles.elements(resource, Sweep.class);
		Sweep chosen = sweeps.stream().filter(s -> s.getName().equals(sweep) || sweep == null && sweeps.size() == 1).findFirst().orElse(null);
		if (chosen == null) {
			stderr.println("stratum sweep: " + (sweep == null ? "choose a sweep with --sweep" : "no sweep '" + sweep + "'") + "; " + file.getName() + " has: "
					+ (sweeps.isEmpty() ? "no sweeps" : String.join(", ", sweeps.stream().map(Sweep::getName).toList())));
			return ExitCodes.USAGE;
		}
		SweepBar bar = new SweepBar(stderr, System.console() != null, chosen.getName());
		SweepRunner.Result result;
		try (Interruption interruption = new Interruption()) {
			result = SweepRunner.run(chosen, out.toPath().toAbsolutePath(), jobs, bar::update, interruption::requested);
			bar.clear();
		}
		return report(stdout, stderr, chosen, result);
	}

	/** Prints what the sweep did; the exit code: failed expectations or bugs at points fail the command. */
	private static int report(PrintWriter out, PrintWriter err, Sweep sweep, SweepRunner.Result result) {
		long done = result.count(PointResult.State.DONE);
		long failed = result.count(PointResult.State.FAILED);
		long missing = result.count(PointResult.State.MISSING);
		if (result.restarted()) {
			out.println("sweep " + sweep.getName() + ": the sweep or its inputs changed since the last run; its earlier points were dropped");
		}
		out.printf(Locale.ROOT, "sweep %s: %d points, %d done, %d failed%s%s%n", sweep.getName(), result.results().size(), done, failed,
				missing > 0 ? ", " + missing + " not run" : "", result.reused() > 0 ? " (" + result.reused() + " finished by an earlier run)" : "");
		result.results().stream().filter(r -> r.state() == PointResult.State.FAILED).limit(5)
				.forEach(r -> out.println("  point " + r.index() + " failed: " + r.reason()));
		if (failed > 5) {
			out.println("  ... and " + (failed - 5) + " more (sweep.csv has every reason)");
		}
		long failedExpectations = 0;
		for (Expect e : sweep.getExpectations()) {
			long misses = result.results().stream().filter(r -> r.summary() != null && !Verdict.of(e, r.summary().metrics()).passed()).count();
			failedExpectations += misses;
			out.printf(Locale.ROOT, "  %s: %s%n", Verdict.text(e), misses == 0 ? "passed at every point that ran" : "failed at " + misses + " points");
		}
		out.println("  table                    " + result.folder().root().resolve(SweepTable.FILE));
		out.println("  plots                    " + result.folder().root().resolve("plots") + " (" + result.plots().size() + ")");
		out.flush();
		if (result.cancelled()) {
			err.println("stratum sweep: interrupted; " + missing + " points have not run; the same command runs them");
			err.flush();
			return ExitCodes.OK;
		}
		if (result.results().stream().anyMatch(r -> r.bug())) {
			err.println("stratum sweep: Stratum failed at some points (a bug; their failed.json says where)");
			return ExitCodes.FAILURE;
		}
		return failedExpectations > 0 ? ExitCodes.EXPECTATIONS_FAILED : ExitCodes.OK;
	}

	/** One progress line for the whole sweep on a terminal; a line per tenth elsewhere (a CI log). */
	static final class SweepBar {
		private final PrintWriter err;
		private final boolean terminal;
		private final String name;
		private int startedWith = -1;
		private int shownTenth = -1;
		private int width;

		SweepBar(PrintWriter err, boolean terminal, String name) {
			this.err = err;
			this.terminal = terminal;
			this.name = name;
		}

		void update(SweepRunner.Progress p) {
			if (startedWith < 0) {
				startedWith = p.finished() - 1;
			}
			String line = p.describe(name, startedWith);
			if (terminal) {
				width = Math.max(width, line.length());
				err.print("\r" + line);
				err.flush();
				return;
			}
			int tenth = (int) (10L * p.finished() / p.total());
			if (tenth != shownTenth) {
				shownTenth = tenth;
				err.println(line);
				err.flush();
			}
		}

		void clear() {
			if (terminal && width > 0) {
				err.print("\r" + " ".repeat(width) + "\r");
				err.flush();
			}
		}
	}
}
