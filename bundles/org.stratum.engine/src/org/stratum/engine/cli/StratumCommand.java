package org.stratum.engine.cli;

import picocli.CommandLine.Command;

/** {@code stratum}: the command line of the workbench, for CI and scripts. */
@Command(name = "stratum", mixinStandardHelpOptions = true, version = "Stratum 0.1.0",
		description = "Solid-state lithium-metal battery modelling. Without a subcommand the launcher script starts the workbench.",
		subcommands = { RunCommand.class, SweepCommand.class, FitCommand.class, ValidateCommand.class, ValidateModelCommand.class, BenchCommand.class, LspCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors (run: the simulation finished, whatever the cell did)", "1:the input has errors, a run could not be simulated, or an expectation failed", "2:wrong command line (unknown option, missing file)",
				"3:Stratum itself failed" },
		footer = { "%nExamples:", "  stratum run examples/seed-000/seed-000.stratum --simulation CcdScNano", "  stratum sweep examples/seed-000/seed-000.stratum --sweep CcdDesign", "  stratum validate examples/", "  stratum lsp            (a language server on stdin/stdout)" })
public class StratumCommand implements Runnable {

	@Override
	public void run() {
		new picocli.CommandLine(this).usage(System.out);
	}
}
