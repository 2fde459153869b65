package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.stratum.engine.slurm.SlurmException;
import org.stratum.engine.slurm.SweepStatus;
import org.stratum.engine.study.SweepFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum sweep status DIR}: where each point of a sweep stands, from its folder and the scheduler. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Shows how many points of a sweep are done, failed, running, pending or missing.")
public class SweepStatusCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "the sweep's results folder (results/<sweep>)")
	File dir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SweepFolder folder = SweepCommand.existingFolder(dir, err, "status");
		if (folder == null) {
			return ExitCodes.USAGE;
		}
		SweepStatus.Report report;
		try {
			report = SweepStatus.of(folder);
		} catch (SlurmException e) {
			err.println("stratum sweep status: " + e.getMessage());
			return ExitCodes.FAILURE;
		}
		StringBuilder line = new StringBuilder("sweep " + folder.description().sweep() + ": " + report.states().size() + " points");
		for (SweepStatus.State s : SweepStatus.State.values()) {
			line.append(", ").append(report.count(s)).append(' ').append(s.word());
		}
		out.println(line);
		for (SweepStatus.EndedTask t : report.ended()) {
			String how = t.state().equals(SweepStatus.GONE) ? "is no longer in the queue (cancelled while pending, or ended long ago)"
					: t.state().toLowerCase(java.util.Locale.ROOT);
			out.println("  task " + t.task() + " " + how + ": " + t.missing() + " of its points did not run");
		}
		if (report.count(SweepStatus.State.MISSING) > 0) {
			out.println("  the same stratum sweep command (with --engine slurm) submits the missing points");
		}
		out.flush();
		return ExitCodes.OK;
	}
}
