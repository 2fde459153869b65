package org.stratum.engine.cli;

import java.io.PrintWriter;

/**
 * A command's progress on its error stream: one line rewritten in place on a terminal, and in a log (a CI run, a
 * file) only the lines the caller marks as worth keeping, so that the log stays short.
 */
final class ProgressLine {

	private final PrintWriter err;
	private final boolean terminal;
	/** The longest line shown on the terminal, to blank it out. */
	private int width;

	ProgressLine(PrintWriter err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	/** Shows the line: always on a terminal, in a log only when {@code keep}. */
	void show(String line, boolean keep) {
		if (terminal) {
			width = Math.max(width, line.length());
			err.print("\r" + line);
			err.flush();
		} else if (keep) {
			err.println(line);
			err.flush();
		}
	}

	/** Removes the terminal's line before the command prints its report. */
	void clear() {
		if (terminal && width > 0) {
			err.print("\r" + " ".repeat(width) + "\r");
			err.flush();
		}
	}
}
