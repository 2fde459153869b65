package org.stratum.engine.slurm;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Slurm's client commands as Stratum calls them: {@code sbatch --parsable} to submit a job array, {@code squeue -r}
 * for the state of each array task (accounting may be off on a cluster, so no {@code sacct}).
 */
public final class SlurmCommands {

	/** How long a client command may take before Stratum gives up on the scheduler, s. */
	private static final long TIMEOUT = 60;

	private SlurmCommands() {
	}

	/** Whether a command is on the PATH. */
	public static boolean onPath(String command) {
		String path = System.getenv("PATH");
		if (path == null) {
			return false;
		}
		for (String dir : path.split(File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

	/** Fails with how to get Slurm when its commands are not on the PATH. */
	public static void require() throws SlurmException {
		if (!onPath("sbatch") || !onPath("squeue")) {
			throw new SlurmException("the slurm engine needs Slurm's client commands (sbatch, squeue) on the PATH, and they are not: run Stratum on a"
					+ " cluster's login node, or install them (Debian/Ubuntu: apt-get install slurm-client; the cluster's slurm.conf must be in"
					+ " /etc/slurm); without a cluster, leave out --engine slurm to run the sweep on this machine");
		}
	}

	/** Submits a batch script; returns the job id. */
	public static String sbatch(Path script) throws SlurmException, IOException {
		String out = run(List.of("sbatch", "--parsable", script.toString())).trim();
		String id = out.contains(";") ? out.substring(0, out.indexOf(';')) : out; // "id;cluster" on a federation
		if (!id.matches("\\d+")) {
			throw new SlurmException("sbatch gave no job id, it said: " + out);
		}
		return id;
	}

	/**
	 * The state of every array task of these jobs the scheduler still knows (finished tasks stay for its MinJobAge),
	 * by "job_index" ("1234_7").
	 */
	public static Map<String, String> taskStates(List<String> jobs) throws SlurmException, IOException {
		Map<String, String> states = new LinkedHashMap<>();
		if (jobs.isEmpty()) {
			return states;
		}
		String out = run(List.of("squeue", "-h", "-r", "-t", "all", "-j", String.join(",", jobs), "-o", "%i %T"));
		for (String line : out.split("\n")) {
			String[] parts = line.trim().split("\\s+");
			if (parts.length == 2) {
				states.put(parts[0], parts[1]);
			}
		}
		return states;
	}

	private static String run(List<String> command) throws SlurmException, IOException {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = p.getInputStream().readAllBytes();
		try {
			if (!p.waitFor(TIMEOUT, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new SlurmException(command.get(0) + " did not answer within " + TIMEOUT + " s");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + command.get(0), e);
		}
		String text = new String(output, StandardCharsets.UTF_8);
		if (p.exitValue() != 0) {
			// squeue -j with only jobs the controller has forgotten answers "Invalid job id specified": nothing to report
			if (command.get(0).equals("squeue") && text.contains("Invalid job id")) {
				return "";
			}
			throw new SlurmException(String.join(" ", new ArrayList<>(command.subList(0, 1))) + " failed (exit code " + p.exitValue() + "): " + text.trim());
		}
		return text;
	}
}
