package org.stratum.engine.cli;

import java.io.File;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.stratum.engine.calibration.ArgyroditeInterphaseCalibration;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.calibration.CoatingCalibration;
import org.stratum.engine.calibration.Cuf2LayerCalibration;
import org.stratum.engine.calibration.InterphaseCalibration;
import org.stratum.engine.validation.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code stratum validate-model}: runs the seed cases of the examples folder and prints one table of
 * measured (seeds 000 and 003) against predicted values; seeds 002 and 004 are predictions only, as their
 * measurements are withheld.
 */
@Command(name = "validate-model", mixinStandardHelpOptions = true,
		description = "Runs every seed case and prints measured vs predicted (000, 003) and predictions (002, 004) as a Markdown table.")
public class ValidateModelCommand implements Callable<Integer> {


	@Parameters(index = "0", defaultValue = "examples", paramLabel = "EXAMPLES", description = "the examples folder (default: ${DEFAULT-VALUE})")
	File examples;

	@Option(names = "--out", paramLabel = "FILE", description = "also write the report to this Markdown file, and its rows as JSON beside it (FILE with the extension .json)")
	File out;

	@Option(names = "--no-front", description = "leave out the front model's rows (seed 000 and the seed-002 blind predictions: about 80 runs of the 2-D model, over ten minutes)")
	boolean noFront;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		Path root = examples.toPath().toAbsolutePath();
		if (!Files.isDirectory(root.resolve("seed-000"))) {
			spec.commandLine().getErr().println("stratum validate-model: " + root + " holds no seed-000 folder; give the repository's examples/ folder");
			return ExitCodes.USAGE;
		}
		ValidationReport table = new ValidationReport();
		try (SeedRuns runs = new SeedRuns(root)) {
			Seed000Rows.add(table, runs);
			Seed003Rows.add(table, runs);
			Seed002Rows.add(table, runs);
			Seed002PostMortem.add(table, runs);
			Seed004Rows.add(table, runs);
		}

		List<String> report = new ArrayList<>(table.table());
		report.add("");
		report.add("Agreement per seed (rank: Kendall's tau over pairs of cells of one quantity whose measured values differ, a predicted tie counting"
				+ " as neither; magnitude: median |log10(predicted/measured)| over rows with two numbers, calibration rows left out):");
		report.add("");
		report.addAll(table.summary());
		report.add("");
		report.add("Calibrated constants (the only fitted values; seed 000 bare and SC cells, seed 003 bare LATP, PVDF@LATP and CuF2@LATP):");
		report.add("");
		report.add("| constant | value | fitted on |");
		report.add("|---|---|---|");
		report.addAll(Calibration.describe());
		report.addAll(InterphaseCalibration.describe());
		report.addAll(ArgyroditeInterphaseCalibration.describe());
		report.addAll(CoatingCalibration.describe());
		report.addAll(Cuf2LayerCalibration.describe());
		report.addAll(Cuf2Sensitivity.rows(root));
		if (!noFront) {
			report.addAll(FrontValidation.rows(root, table));
			report.addAll(FrontPredictions.rows(root, table));
		}
		PrintWriter stdout = spec.commandLine().getOut();
		report.forEach(stdout::println);
		stdout.flush();
		if (out != null) {
			Files.write(out.toPath(), report);
			Files.writeString(jsonBeside(out.toPath()), table.json());
		}
		return ExitCodes.OK;
	}

	/** validation.json beside validation.md: the same name with the extension .json. */
	static Path jsonBeside(Path markdown) {
		String name = markdown.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return markdown.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".json");
	}
}
