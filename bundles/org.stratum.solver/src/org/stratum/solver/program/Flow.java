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

	/** End the run with a status and a reason that names the step and the time. */
	record End(RunResult.Status status, String reason) implements Flow {
	}
}
