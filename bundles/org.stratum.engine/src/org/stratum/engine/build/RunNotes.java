package org.stratum.engine.build;

import java.util.List;

/** The run's notes, where one assumption met by many cells, layers or materials is said once. */
final class RunNotes {

	private RunNotes() {
	}

	/** Adds the note unless the run's notes already say it. */
	static void once(List<String> notes, String note) {
		if (!notes.contains(note)) {
			notes.add(note);
		}
	}
}
