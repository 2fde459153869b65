package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stratum.engine.cli.StratumCommand;

import picocli.CommandLine;

/**
 * Every command's help as a user sees it: picocli formats each description (a stray '%' made it print a warning and
 * the raw text), and the command list shows each command's first line, which must be a whole sentence.
 */
public class CommandHelpTest {

	@Test
	public void everyCommandsHelpFormatsAndItsSummaryIsASentence() {
		Map<String, CommandLine> commands = new CommandLine(new StratumCommand()).getSubcommands();
		assertTrue(commands.size() >= 7, commands.keySet().toString());
		PrintStream err = System.err;
		ByteArrayOutputStream warnings = new ByteArrayOutputStream();
		System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
		try {
			for (Map.Entry<String, CommandLine> e : commands.entrySet()) {
				String usage = e.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
				assertTrue(usage.startsWith("Usage: stratum " + e.getKey()), usage);
				String[] description = e.getValue().getCommandSpec().usageMessage().description();
				assertTrue(description.length > 0 && description[0].strip().endsWith("."), e.getKey() + "'s summary is a sentence: " + description[0]);
				for (CommandLine sub : e.getValue().getSubcommands().values()) {
					sub.getUsageMessage(CommandLine.Help.Ansi.OFF);
				}
			}
		} finally {
			System.setErr(err);
		}
		assertEquals("", warnings.toString(StandardCharsets.UTF_8), "picocli could not format a description");
	}
}
