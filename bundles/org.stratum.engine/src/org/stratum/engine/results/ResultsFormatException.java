package org.stratum.engine.results;

import java.io.IOException;

/** A file of a results folder that cannot be read as Stratum wrote it: which file and what is wrong. */
public final class ResultsFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	/** The file, as named to the user. */
	private final String file;

	public ResultsFormatException(String file, String problem) {
		super(file + " " + problem);
		this.file = file;
	}

	public String file() {
		return file;
	}
}
