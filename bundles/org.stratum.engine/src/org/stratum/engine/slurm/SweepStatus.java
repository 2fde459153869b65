package org.stratum.engine.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.stratum.engine.study.PointResult;
import org.stratum.engine.study.SweepFolder;

/**
 * Where each point of a sweep stands, from its folder and the scheduler: done or failed (its folder says so), running
 * or pending (its array task does), or missing (no task will run it: not submitted, or its task was cancelled, timed
 * out or died; a resubmission runs it).
 */
public final class SweepStatus {

	/** The state of a task the scheduler no longer lists (cancelled while pending, or finished before its MinJobAge). */
	public static final String GONE = "GONE";

	/** Where a point stands. */
	public enum State {
		DONE, FAILED, RUNNING, PENDING, MISSING;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/**
	 * A task that ended without running all of its points.
	 *
	 * @param task the array task ("1234_3")
	 * @param state how the scheduler says it ended (CANCELLED, TIMEOUT, FAILED, ...; GONE when it no longer knows it)
	 * @param missing points of its chunk that have no result
	 */
	public record EndedTask(String task, String state, int missing) {
	}

	/**
	 * The sweep's standing.
	 *
	 * @param states each point's state, in point order
	 * @param ended tasks that ended leaving points unrun
	 */
	public record Report(List<State> states, List<EndedTask> ended) {

		public long count(State state) {
			return states.stream().filter(s -> s == state).count();
		}
	}

	private SweepStatus() {
	}

	/** The standing of the sweep in this folder (the scheduler is asked when the sweep was submitted to it). */
	public static Report of(SweepFolder folder) throws IOException, SlurmException {
		int points = folder.description().points();
		List<State> states = new ArrayList<>();
		for (int i = 0; i < points; i++) {
			PointResult r = folder.result(i);
			states.add(switch (r.state()) {
			case DONE -> State.DONE;
			case FAILED -> State.FAILED;
			case MISSING -> State.MISSING;
			});
		}
		List<Path> submissions = SlurmSubmission.submissions(folder.root());
		if (submissions.isEmpty()) {
			return new Report(states, List.of());
		}
		SlurmCommands.require();
		List<String> jobs = new ArrayList<>();
		for (Path s : submissions) {
			jobs.add(Files.readString(s.resolve(SlurmSubmission.JOB)).trim());
		}
		Map<String, String> tasks = SlurmCommands.taskStates(jobs);
		Map<Integer, String> taskOfPoint = new HashMap<>();
		Map<EndedTask, Integer> missingOfTask = new java.util.LinkedHashMap<>(); // keyed with no count yet
		for (int k = 0; k < submissions.size(); k++) { // later submissions override earlier ones for their points
			for (int t = 0; Files.isRegularFile(submissions.get(k).resolve(SlurmSubmission.chunkFile(t))); t++) {
				for (String line : Files.readAllLines(submissions.get(k).resolve(SlurmSubmission.chunkFile(t)))) {
					if (!line.isBlank()) {
						taskOfPoint.put(Integer.parseInt(line.trim()), jobs.get(k) + "_" + t);
					}
				}
			}
		}
		for (int i = 0; i < points; i++) {
			String task = taskOfPoint.get(i);
			if (states.get(i) != State.MISSING || task == null) {
				continue;
			}
			String state = tasks.getOrDefault(task, GONE);
			switch (state) {
			case "RUNNING", "COMPLETING", "CONFIGURING" -> states.set(i, State.RUNNING);
			case "PENDING", "REQUEUED", "SUSPENDED" -> states.set(i, State.PENDING);
			default -> missingOfTask.merge(new EndedTask(task, state, 0), 1, Integer::sum);
			}
		}
		List<EndedTask> ended = new ArrayList<>();
		missingOfTask.forEach((key, n) -> ended.add(new EndedTask(key.task(), key.state(), n)));
		return new Report(states, ended);
	}
}
