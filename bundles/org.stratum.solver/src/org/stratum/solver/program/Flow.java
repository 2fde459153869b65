package org.stratum.solver.program;

/** What a step leaves the program walker to do next: go on, jump to a label, or end the run. Returned, never thrown. */
sealed interface Flow {

	/** Go on with the next step. */
	Flow NEXT = new Next();

	/** Go on with the next step. */
	record Next() implements Flow {
	}

	/** Jump to the label of that name, in the block of the goto or an enclosing one. */
	record Jump(String target) implements Flow {
	}

	/** End the run with a status, a reason that names the step and the time, and how the cell failed. */
	record End(RunResult.Status status, String reason, FailureMode failure) implements Flow {

		/** An end that is no failure of the cell (the protocol's end, a cancellation, a run that cannot go on). */
		End(RunResult.Status status, String reason) {
			this(status, reason, status == RunResult.Status.SHORTED ? FailureMode.SHORT : FailureMode.NONE);
		}
	}
}
