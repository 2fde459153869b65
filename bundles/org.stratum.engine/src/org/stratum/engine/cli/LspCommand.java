package org.stratum.engine.cli;

import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.ServerLauncher;

import picocli.CommandLine.Command;

/** {@code stratum lsp}: the Stratum language server on stdin/stdout, for any LSP editor. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = "Runs the language server for .stratum files: LSP over stdin and stdout.")
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		// Xtext's launcher finds the language through META-INF/services/org.eclipse.xtext.ISetup
		ServerLauncher.main(new String[0]);
		return ExitCodes.OK;
	}
}
