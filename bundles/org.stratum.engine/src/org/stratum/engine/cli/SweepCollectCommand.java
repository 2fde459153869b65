package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.study.PointResult;
import org.stratum.engine.study.SweepFolder;
import org.stratum.engine.study.SweepRunner;
import org.stratum.engine.study.SweepTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stratum sweep collect DIR}: sweep.csv and the plots from the points' folders (after a cluster ran them). */
@Command(name = "collect", mixinStandardHelpOptions = true, description = "Writes a sweep's sweep.csv and plots from its points' folders.")
public class SweepCollectCommand implements Callable<Integer> {

	@Parameters(index = "0", paramLabel = "DIR", description = "the sweep's results folder (results/<sweep>)")
	File dir;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		SweepFolder folder = SweepCommand.existingFolder(dir, err, "collect");
		if (folder == null) {
			return ExitCodes.USAGE;
		}
		SweepFolder.Description d = folder.description();
		Path file = Path.of(URI.createURI(d.file()).toFileString());
		XtextResource resource = new StratumFiles().loadWithoutErrors(file, err, "sweep collect", "nothing was collected");
		if (resource == null) {
			return ExitCodes.INPUT_ERRORS;
		}
		Sweep sweep = StratumFiles.elements(resource, Sweep.class).stream().filter(s -> s.getName().equals(d.sweep())).findFirst().orElse(null);
		if (sweep == null) {
			err.println("stratum sweep collect: " + file + " no longer has sweep " + d.sweep());
			return ExitCodes.INPUT_ERRORS;
		}
		List<SweepDesign.Point> points = SweepDesign.points(sweep);
		if (points.size() != d.points()) {
			err.println("stratum sweep collect: sweep " + d.sweep() + " has " + points.size() + " points now, " + d.points() + " when it ran; run it again");
			return ExitCodes.INPUT_ERRORS;
		}
		List<PointResult> results = folder.results(points.size());
		List<Path> plots = SweepRunner.collect(sweep, folder, points, results);
		long missing = results.stream().filter(r -> r.state() == PointResult.State.MISSING).count();
		out.println("sweep " + d.sweep() + ": " + points.size() + " points, " + results.stream().filter(r -> r.state() == PointResult.State.DONE).count() + " done, "
				+ results.stream().filter(r -> r.state() == PointResult.State.FAILED).count() + " failed" + (missing > 0 ? ", " + missing + " not run yet" : ""));
		out.println("  table                    " + folder.root().resolve(SweepTable.FILE));
		out.println("  plots                    " + folder.root().resolve("plots") + " (" + plots.size() + ")");
		out.flush();
		return ExitCodes.OK;
	}
}
