package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.product.tests.InstalledStratum.Result;

/**
 * {@code stratum sweep --engine slurm} against a real one-node Slurm cluster (.ci/run starts one with
 * releng/slurm/cluster): submit seed 000's design sweep as a job array, cancel one task, see status report it,
 * resubmit only what is missing, collect, and get the table a run on this machine gives. Without Slurm on the PATH
 * the engine must say so and how to get it; that is what runs then, unless STRATUM_SLURM=required says a
 * cluster must be there (CI), in which case its absence fails.
 */
public class SlurmSweepTest {

	@TempDir
	Path dir;

	private Result stratum(String... args) throws Exception {
		return InstalledStratum.run(dir, null, args);
	}

	private static boolean slurm() {
		return System.getenv("PATH") != null && java.util.Arrays.stream(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "sbatch")));
	}

	@Test
	public void aSweepRunsAsAJobArrayResumesAfterACancelledTaskAndMatchesTheLocalTable() throws Exception {
		String file = InstalledStratum.examples().resolve("seed-000/seed-000.stratum").toString();
		String clusterOut = dir.resolve("cluster").toString();
		if (!slurm()) {
			if ("required".equals(System.getenv("STRATUM_SLURM"))) {
				fail("STRATUM_SLURM=required but sbatch is not on the PATH");
			}
			Result r = stratum("sweep", file, "--sweep", "CcdDesign", "--engine", "slurm", "--out", clusterOut);
			assertEquals(2, r.exit(), r.out() + r.err());
			assertTrue(r.err().contains("needs Slurm's client commands (sbatch, squeue) on the PATH") && r.err().contains("apt-get install slurm-client"), r.err());
			return;
		}
		// four tasks of five points, one at a time: the last is still pending when it is cancelled
		Result submitted = stratum("sweep", file, "--sweep", "CcdDesign", "--engine", "slurm", "--tasks", "4", "--array-limit", "1", "--out", clusterOut);
		assertEquals(0, submitted.exit(), submitted.out() + submitted.err());
		assertTrue(submitted.out().contains("20 points in 4 array tasks"), submitted.out());
		String[] lines = submitted.out().trim().split("\n");
		String job = lines[lines.length - 1].trim();
		assertTrue(job.matches("\\d+"), "the job id is the last line: " + submitted.out());
		Process cancel = new ProcessBuilder("scancel", job + "_3").inheritIO().start();
		assertTrue(cancel.waitFor(30, TimeUnit.SECONDS) && cancel.exitValue() == 0, "scancel failed");
		awaitJob(job);

		Path sweepDir = dir.resolve("cluster/CcdDesign");
		Result status = stratum("sweep", "status", sweepDir.toString());
		assertEquals(0, status.exit(), status.out() + status.err());
		assertTrue(status.out().contains("20 points, 15 done, 0 failed, 0 running, 0 pending, 5 missing"), status.out());
		// a task cancelled while pending leaves the queue at once (and accounting may be off): it is reported as gone
		assertTrue(status.out().contains("task " + job + "_3 is no longer in the queue") && status.out().contains(": 5 of its points did not run"), status.out());

		Result again = stratum("sweep", file, "--sweep", "CcdDesign", "--engine", "slurm", "--out", clusterOut);
		assertEquals(0, again.exit(), again.out() + again.err());
		assertTrue(again.out().contains(": submitted job ") && again.out().contains(", 5 points in "), "only the missing points: " + again.out());
		String[] againLines = again.out().trim().split("\n");
		awaitJob(againLines[againLines.length - 1].trim());
		Result done = stratum("sweep", "status", sweepDir.toString());
		assertTrue(done.out().contains("20 points, 20 done, 0 failed, 0 running, 0 pending, 0 missing"), done.out());

		Result collected = stratum("sweep", "collect", sweepDir.toString());
		assertEquals(0, collected.exit(), collected.out() + collected.err());
		Result local = stratum("sweep", file, "--sweep", "CcdDesign", "--out", dir.resolve("local").toString());
		assertEquals(0, local.exit(), local.out() + local.err());
		assertEquals(Files.readAllLines(dir.resolve("local/CcdDesign/sweep.csv")), Files.readAllLines(sweepDir.resolve("sweep.csv")),
				"the cluster's table is the one this machine gives");
		assertTrue(Files.isRegularFile(sweepDir.resolve("plots/critical_current_density-vs-interlayer.thickness.png")));
		assertTrue(Files.readString(sweepDir.resolve("slurm/1/sweep.sbatch")).contains("#SBATCH --array=0-3%1"));
	}

	/** Waits until none of the job's tasks is pending or running. */
	private static void awaitJob(String job) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
		while (System.nanoTime() < deadline) {
			Process q = new ProcessBuilder("squeue", "-h", "-r", "-j", job, "-t", "PENDING,RUNNING,CONFIGURING,COMPLETING", "-o", "%i").redirectErrorStream(true).start();
			String out = new String(q.getInputStream().readAllBytes());
			q.waitFor(30, TimeUnit.SECONDS);
			if (out.isBlank() || out.contains("Invalid job id")) {
				return;
			}
			Thread.sleep(500);
		}
		fail("job " + job + " still has tasks after 240 s");
	}

	@Test
	public void statusOfAFolderThatIsNoSweepSaysSo() throws Exception {
		Result r = stratum("sweep", "status", dir.toString());
		assertEquals(2, r.exit(), r.out() + r.err());
		assertTrue(r.err().contains("is no sweep's results folder"), r.err());
	}
}
