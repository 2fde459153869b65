package org.stratum.engine.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.study.SweepFolder;

/**
 * A sweep submitted to Slurm as one job array: the points not yet finished are dealt into chunks (one per array task,
 * so that ten thousand short points make tens of tasks, not ten thousand), each chunk a file of point numbers; a batch
 * script runs {@code stratum sweep ... --points-file chunk-$SLURM_ARRAY_TASK_ID.txt} with the same installation (the
 * product folder on a shared file system). Submissions are numbered folders under {@code <sweep>/slurm/}, each with
 * its script, chunks, the tasks' logs and the job id.
 */
public final class SlurmSubmission {

	/** The folder of a sweep's submissions. */
	public static final String FOLDER = "slurm";
	/** The file holding a submission's job id. */
	public static final String JOB = "job";
	/** The batch script of a submission. */
	public static final String SCRIPT = "sweep.sbatch";

	/**
	 * What to ask the scheduler for.
	 *
	 * @param partition the partition (null: the cluster's default)
	 * @param time the time limit per task as Slurm writes it, such as 30:00 (null: the partition's)
	 * @param tasks the most array tasks to deal the points into
	 * @param arrayLimit the most tasks running at once (0: as many as the scheduler gives)
	 * @param jobsPerTask points each task runs at once (its CPUs)
	 * @param sbatchArgs further sbatch options, each as one #SBATCH line
	 */
	public record Options(String partition, String time, int tasks, int arrayLimit, int jobsPerTask, List<String> sbatchArgs) {

		public Options {
			sbatchArgs = List.copyOf(sbatchArgs);
		}
	}

	/**
	 * What was submitted.
	 *
	 * @param job the job id (null when no point was left to run)
	 * @param points the points submitted
	 * @param tasks the array tasks they were dealt into
	 * @param folder the submission's folder
	 * @param restarted whether earlier points were dropped because the sweep or its inputs changed
	 */
	public record Submitted(String job, int points, int tasks, Path folder, boolean restarted) {
	}

	private SlurmSubmission() {
	}

	/**
	 * Submits the sweep's unfinished points.
	 *
	 * @param stratum the installed {@code stratum} command the tasks run
	 * @param file the sweep's .stratum file
	 */
	public static Submitted submit(Sweep sweep, Path file, Path outRoot, Path stratum, Options options) throws SlurmException, IOException {
		SlurmCommands.require();
		List<SweepDesign.Point> points = SweepDesign.points(sweep);
		SweepFolder.Prepared prepared = SweepFolder.prepare(outRoot.resolve(sweep.getName()), sweep, points.size());
		SweepFolder folder = prepared.folder();
		if (prepared.restarted()) {
			deleteSubmissions(folder.root()); // their tasks ran the old inputs
		}
		List<Integer> missing = points.stream().map(SweepDesign.Point::index).filter(i -> !folder.finished(i)).toList();
		if (missing.isEmpty()) {
			return new Submitted(null, 0, 0, null, prepared.restarted());
		}
		int tasks = Math.max(1, Math.min(options.tasks(), missing.size()));
		Path submission = next(folder.root().resolve(FOLDER));
		for (int t = 0; t < tasks; t++) {
			int task = t;
			// contiguous chunks: neighbouring points (similar cells) in one task
			List<String> chunk = IntStream.range(0, missing.size()).filter(k -> (long) k * tasks / missing.size() == task).mapToObj(k -> missing.get(k).toString())
					.toList();
			Files.write(submission.resolve(chunkFile(t)), chunk);
		}
		Path script = submission.resolve(SCRIPT);
		Files.writeString(script, script(sweep, file, outRoot, stratum, submission, tasks, options));
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		String job = SlurmCommands.sbatch(script);
		Files.writeString(submission.resolve(JOB), job + "\n");
		return new Submitted(job, missing.size(), tasks, submission, prepared.restarted());
	}

	/** The chunk file of an array task. */
	public static String chunkFile(int task) {
		return "chunk-" + task + ".txt";
	}

	private static String script(Sweep sweep, Path file, Path outRoot, Path stratum, Path submission, int tasks, Options options) {
		List<String> lines = new ArrayList<>();
		lines.add("#!/bin/bash");
		lines.add("# stratum sweep " + sweep.getName() + " as a Slurm job array, written by stratum sweep --engine slurm");
		lines.add("#SBATCH --job-name=stratum-" + sweep.getName());
		lines.add("#SBATCH --array=0-" + (tasks - 1) + (options.arrayLimit() > 0 ? "%" + options.arrayLimit() : ""));
		lines.add("#SBATCH --cpus-per-task=" + options.jobsPerTask());
		lines.add("#SBATCH --output=" + submission.resolve("task-%A_%a.log"));
		if (options.partition() != null) {
			lines.add("#SBATCH --partition=" + options.partition());
		}
		if (options.time() != null) {
			lines.add("#SBATCH --time=" + options.time());
		}
		for (String arg : options.sbatchArgs()) {
			lines.add("#SBATCH " + arg);
		}
		lines.add("exec " + quoted(stratum.toString()) + " sweep " + quoted(file.toString()) + " --sweep " + sweep.getName() + " --out " + quoted(outRoot.toString())
				+ " --jobs " + options.jobsPerTask() + " --points-file " + quoted(submission.toString()) + "/chunk-${SLURM_ARRAY_TASK_ID}.txt");
		return String.join("\n", lines) + "\n";
	}

	/** A word for bash, in single quotes. */
	private static String quoted(String word) {
		return "'" + word.replace("'", "'\\''") + "'";
	}

	/** The next numbered submission folder, created. */
	private static Path next(Path submissions) throws IOException {
		Files.createDirectories(submissions);
		int n = 1;
		while (Files.exists(submissions.resolve(Integer.toString(n)))) {
			n++;
		}
		return Files.createDirectory(submissions.resolve(Integer.toString(n)));
	}

	/** The sweep's submission folders, oldest first. */
	public static List<Path> submissions(Path root) throws IOException {
		Path dir = root.resolve(FOLDER);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (var list = Files.list(dir)) {
			return list.filter(p -> p.getFileName().toString().matches("\\d+") && Files.isRegularFile(p.resolve(JOB)))
					.sorted(java.util.Comparator.comparingInt(p -> Integer.parseInt(p.getFileName().toString()))).toList();
		}
	}

	private static void deleteSubmissions(Path root) throws IOException {
		org.stratum.engine.results.ResultsWriter.delete(root.resolve(FOLDER));
	}
}
