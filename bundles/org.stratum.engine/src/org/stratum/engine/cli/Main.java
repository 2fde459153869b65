package org.stratum.engine.cli;

import java.util.Set;

import picocli.CommandLine;

/** Entry point of the {@code stratum} command line (run without a display, on plain jars). */
public final class Main {

	private Main() {
	}

	/** Commands that read .stratum files and so need the language's injector. */
	private static final Set<String> LANGUAGE_COMMANDS = Set.of("run", "validate", "validate-model");

	public static void main(String[] args) {
		if (args.length > 0 && LANGUAGE_COMMANDS.contains(args[0])) {
			// building the language's injector takes about half a second; do it while picocli reads the arguments
			Thread.ofPlatform().daemon().name("stratum-language-setup").start(Main::prepareLanguage);
		}
		System.exit(execute(args));
	}

	private static void prepareLanguage() {
		try {
			StratumFiles.injector();
		} catch (RuntimeException e) {
			// not lost: the command builds the injector again when it needs it, and reports the failure there
		}
	}

	/** Runs the command line and returns its exit code (see {@link StratumCommand}). */
	public static int execute(String... args) {
		return new CommandLine(new StratumCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
			cmd.getErr().println("stratum: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
			return ExitCodes.FAILURE;
		}).execute(args);
	}
}
