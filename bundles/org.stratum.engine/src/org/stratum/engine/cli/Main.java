package org.stratum.engine.cli;

import picocli.CommandLine;

/** Entry point of the {@code stratum} command line (run without a display, on plain jars). */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) {
		System.exit(execute(args));
	}

	/** Runs the command line and returns its exit code (see {@link StratumCommand}). */
	public static int execute(String... args) {
		return new CommandLine(new StratumCommand()).setExecutionExceptionHandler((e, cmd, parsed) -> {
			cmd.getErr().println("stratum: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
			return ExitCodes.FAILURE;
		}).execute(args);
	}
}
