package org.stratum.engine.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.stratum.model.resource.StackFileProblems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stratum validate}: every problem of the given .stratum and .stack files (folders are searched)
 * as {@code file:line:col: severity: message}; exit code 1 when there is an error.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validates .stratum and .stack files (folders are searched recursively) and prints every problem as file:line:col: severity: message.")
public class ValidateCommand implements Callable<Integer> {

	@Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = ".stratum or .stack files, or folders holding them")
	List<File> inputs;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files = new ArrayList<>();
		for (File input : inputs) {
			if (!input.exists()) {
				err.println("stratum validate: no such file or folder: " + input);
				return ExitCodes.USAGE;
			}
			try (Stream<Path> walk = Files.walk(input.toPath())) {
				walk.filter(p -> p.toString().endsWith(".stratum") || p.toString().endsWith(".stack")).sorted(Comparator.naturalOrder())
						.forEach(files::add);
			}
		}
		StratumFiles stratum = new StratumFiles();
		for (Path file : files) {
			if (file.toString().endsWith(".stratum")) {
				stratum.load(file);
			}
		}
		int errors = 0;
		int warnings = 0;
		for (Path file : files) {
			List<String> lines = new ArrayList<>();
			if (file.toString().endsWith(".stratum")) {
				lines.addAll(stratum.problems(file));
			} else {
				lines.addAll(validateStack(file));
			}
			for (String line : lines) {
				out.println(line);
				if (line.contains(": error: ")) {
					errors++;
				} else if (line.contains(": warning: ")) {
					warnings++;
				}
			}
		}
		err.println(files.size() + " file(s) checked: " + errors + " error(s), " + warnings + " warning(s)");
		return errors > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
	}

	private static List<String> validateStack(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		byte[] content = Files.readAllBytes(file);
		for (StackFileProblems.Problem p : StackFileProblems.of(URI.createFileURI(file.toAbsolutePath().toString()), content)) {
			lines.add(file + ":" + p.line() + ":" + p.column() + ": " + p.severity().name().toLowerCase() + ": " + p.message());
		}
		return lines;
	}
}
