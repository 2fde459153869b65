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
import org.stratum.engine.slurm.SlurmException;
import org.stratum.engine.slurm.SlurmSubmission;
import org.stratum.engine.study.PointResult;
import org.stratum.engine.study.SweepFolder;
import org.stratum.engine.study.SweepRunner;
import org.stratum.engine.study.SweepTable;
import org.stratum.engine.results.Verdict;
import org.stratum.engine.study.Verdicts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum sweep}: runs every point of a sweep of a .stratum file on this machine and writes results/<sweep>/. */
@Command(name = "sweep", mixinStandardHelpOptions = true, subcommands = { SweepStatusCommand.class, SweepCollectCommand.class }, description = { "Runs every point of a sweep, on this machine or on a Slurm cluster, and writes results/<sweep>/.",
		"On this machine the points run in parallel. results/<sweep>/ holds points/<n>/ (one run folder per point), sweep.csv (each point's inputs and metrics) and plots/ (each metric over each input).",
		"Points already finished are not run again (after Ctrl+C or a crash, run the same command); a point that fails is recorded with its reason.",
		"With --engine slurm the points go to a Slurm cluster as one job array (the command prints the job id and returns);",
		"`stratum sweep status DIR` shows where the points stand, `stratum sweep collect DIR` writes sweep.csv and the plots,",
		"and the same submit command again submits only the points still missing." })
public class SweepCommand implements Callable<Integer> {

	@Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the .stratum file (other .stratum files of its folder are loaded too)")
	File file;

	@Option(names = "--sweep", paramLabel = "NAME", description = "which sweep; may be left out when the file has one")
	String sweep;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "results", description = "folder for results (default: ${DEFAULT-VALUE})")
	File out;

	@Option(names = "--jobs", paramLabel = "N", description = "points run at once (default: every core; with slurm: per array task, default 1)")
	Integer jobs;

	/** Where the points run. */
	enum Engine {
		local, slurm
	}

	@Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local", description = "local (this machine, default) or slurm (a job array)")
	Engine engine;

	@Option(names = "--partition", paramLabel = "P", description = "slurm: the partition (default: the cluster's)")
	String partition;

	@Option(names = "--time", paramLabel = "T", description = "slurm: time limit per array task, as Slurm writes it (30:00, 2:00:00)")
	String time;

	@Option(names = "--tasks", paramLabel = "N", defaultValue = "64", description = "slurm: the most array tasks the points are dealt into (default ${DEFAULT-VALUE})")
	int tasks;

	@Option(names = "--array-limit", paramLabel = "N", defaultValue = "0", description = "slurm: the most tasks running at once (default: no limit)")
	int arrayLimit;

	@Option(names = "--sbatch-arg", paramLabel = "ARG", description = "slurm: a further sbatch option, such as --account=battery (repeatable)")
	List<String> sbatchArgs = new java.util.ArrayList<>();

	@Option(names = "--points-file", paramLabel = "FILE", hidden = true, description = "run only the points listed in FILE (one number a line) and write no table: an array task's share")
	File pointsFile;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		if (file == null) {
			stderr.println("stratum sweep: name the .stratum file (stratum sweep FILE --sweep NAME), or use stratum sweep status|collect DIR");
			return ExitCodes.USAGE;
		}
		if (!file.isFile()) {
			stderr.println("stratum sweep: no such file: " + file);
			return ExitCodes.USAGE;
		}
		if (jobs != null && jobs < 1 || tasks < 1 || arrayLimit < 0) {
			stderr.println("stratum sweep: --jobs and --tasks must be at least 1, --array-limit at least 0");
			return ExitCodes.USAGE;
		}
		XtextResource resource = new StratumFiles().loadWithoutErrors(file.toPath().toAbsolutePath(), stderr, "sweep", "nothing was run");
		if (resource == null) {
			return ExitCodes.INPUT_ERRORS;
		}
		Sweep chosen = StratumFiles.choose(resource, Sweep.class, sweep, "sweep", stderr);
		if (chosen == null) {
			return ExitCodes.USAGE;
		}
		Path outRoot = out.toPath().toAbsolutePath();
		if (pointsFile != null) {
			return runTask(chosen, outRoot, stderr);
		}
		if (engine == Engine.slurm) {
			return submit(chosen, outRoot, stdout, stderr);
		}
		SweepBar bar = new SweepBar(stderr, System.console() != null, chosen.getName());
		SweepRunner.Result result;
		try (Interruption interruption = new Interruption()) {
			result = SweepRunner.run(chosen, outRoot, jobs == null ? Runtime.getRuntime().availableProcessors() : jobs, bar::update, interruption::requested);
			bar.clear();
		}
		return report(stdout, stderr, chosen, result);
	}

	/** A sweep's results folder a user names, or null (after saying so) when it is none. */
	static SweepFolder existingFolder(File dir, PrintWriter err, String command) {
		SweepFolder folder = SweepFolder.at(dir.toPath().toAbsolutePath());
		if (!java.nio.file.Files.isRegularFile(folder.root().resolve(SweepFolder.DESCRIPTION))) {
			err.println("stratum sweep " + command + ": " + dir + " is no sweep's results folder (it has no " + SweepFolder.DESCRIPTION + ")");
			return null;
		}
		return folder;
	}

	/** One array task's share of a sweep submitted to Slurm: its points, no table (collect writes it). */
	private int runTask(Sweep chosen, Path outRoot, PrintWriter stderr) throws java.io.IOException {
		List<Integer> indices = java.nio.file.Files.readAllLines(pointsFile.toPath()).stream().filter(l -> !l.isBlank()).map(l -> Integer.valueOf(l.trim())).toList();
		try (Interruption interruption = new Interruption()) {
			int reused = SweepRunner.runSome(chosen, outRoot.resolve(chosen.getName()), indices, jobs == null ? 1 : jobs, p -> {
			}, interruption::requested);
			stderr.println("stratum sweep: " + indices.size() + " points of " + pointsFile.getName() + " (" + reused + " finished before)");
		}
		return ExitCodes.OK;
	}

	/** Submits the sweep's unfinished points to Slurm and prints the job id. */
	private int submit(Sweep chosen, Path outRoot, PrintWriter stdout, PrintWriter stderr) throws java.io.IOException {
		String home = System.getProperty("stratum.home");
		if (home == null) {
			stderr.println("stratum sweep: the slurm engine needs the installed stratum command (run the product's stratum script)");
			return ExitCodes.USAGE;
		}
		try {
			SlurmSubmission.Submitted s = SlurmSubmission.submit(chosen, file.toPath().toAbsolutePath(), outRoot, Path.of(home, "stratum"),
					new SlurmSubmission.Options(partition, time, tasks, arrayLimit, jobs == null ? 1 : jobs, sbatchArgs));
			if (s.restarted()) {
				stdout.println("sweep " + chosen.getName() + ": the sweep or its inputs changed since the last run; its earlier points were dropped");
			}
			if (s.job() == null) {
				stdout.println("sweep " + chosen.getName() + ": every point has finished; nothing to submit (stratum sweep collect "
						+ outRoot.resolve(chosen.getName()) + ")");
				return ExitCodes.OK;
			}
			stdout.println("sweep " + chosen.getName() + ": submitted job " + s.job() + ", " + s.points() + " points in " + s.tasks() + " array tasks");
			stdout.println("  status                   stratum sweep status " + outRoot.resolve(chosen.getName()));
			stdout.println("  table and plots          stratum sweep collect " + outRoot.resolve(chosen.getName()));
			stdout.println(s.job());
			stdout.flush();
			return ExitCodes.OK;
		} catch (SlurmException e) {
			stderr.println("stratum sweep: " + e.getMessage());
			return ExitCodes.USAGE;
		}
	}

	/** Prints what the sweep did; the exit code: failed expectations or bugs at points fail the command. */
	private static int report(PrintWriter out, PrintWriter err, Sweep sweep, SweepRunner.Result result) {
		long failedExpectations = printReport(out, sweep, result);
		if (result.cancelled()) {
			err.println("stratum sweep: interrupted; " + result.count(PointResult.State.MISSING) + " points have not run; the same command runs them");
			err.flush();
			return ExitCodes.OK;
		}
		if (result.results().stream().anyMatch(r -> r.bug())) {
			err.println("stratum sweep: Stratum failed at some points (a bug; their failed.json says where)");
			return ExitCodes.FAILURE;
		}
		return failedExpectations > 0 ? ExitCodes.EXPECTATIONS_FAILED : ExitCodes.OK;
	}

	/**
	 * Prints what the sweep did (points done and failed, the first reasons, each expectation, the table and plots), as
	 * {@code stratum sweep} and the workbench's console show it; returns how many point-expectations failed.
	 */
	public static long printReport(PrintWriter out, Sweep sweep, SweepRunner.Result result) {
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
			long misses = result.results().stream().filter(r -> r.summary() != null && !Verdicts.of(e, r.summary().metrics()).passed()).count();
			failedExpectations += misses;
			out.printf(Locale.ROOT, "  %s: %s%n", Verdicts.text(e), misses == 0 ? "passed at every point that ran" : "failed at " + misses + " points");
		}
		out.println("  table                    " + result.folder().root().resolve(SweepTable.FILE));
		out.println("  plots                    " + result.folder().root().resolve("plots") + " (" + result.plots().size() + ")");
		out.flush();
		return failedExpectations;
	}

	/** One progress line for the whole sweep on a terminal; a line per tenth elsewhere (a CI log). */
	static final class SweepBar {
		private final ProgressLine line;
		private final String name;
		private int startedWith = -1;
		private int shownTenth = -1;

		SweepBar(PrintWriter err, boolean terminal, String name) {
			this.line = new ProgressLine(err, terminal);
			this.name = name;
		}

		void update(SweepRunner.Progress p) {
			if (startedWith < 0) {
				startedWith = p.finished() - 1;
			}
			int tenth = (int) (10L * p.finished() / p.total());
			line.show(p.describe(name, startedWith), tenth != shownTenth);
			shownTenth = tenth;
		}

		void clear() {
			line.clear();
		}
	}
}
