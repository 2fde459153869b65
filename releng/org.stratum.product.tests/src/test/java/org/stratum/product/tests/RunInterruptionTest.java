package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installed {@code stratum run} interrupted as a user does it, with Ctrl+C (SIGINT to the process). */
public class RunInterruptionTest {

	@TempDir
	Path dir;

	/** Ctrl+C during a run leaves its partial result, valid and marked, and says where it is. */
	@Test
	public void ctrlCLeavesAValidPartialResultMarked() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("long"));
		Files.copy(Path.of(System.getProperty("stratum.examples", "../../examples")).toAbsolutePath().normalize().resolve("seed-000/sym-sc.stack"), folder.resolve("sym-sc.stack"));
		Files.writeString(folder.resolve("long.stratum"), """
				stack Sc = "sym-sc.stack";
				protocol Endless { sign plating positive; temperature 55 degC; log every 1 h;
					repeat 100000000 { plate at 0.1 mA/cm2 for 0.01 mAh/cm2; rest for 1 h; strip at 0.1 mA/cm2 for 0.01 mAh/cm2; rest for 1 h; } }
				simulation Long { cell Sc; protocol Endless; model stack; }
				""");
		Path results = dir.resolve("results");
		ProcessBuilder builder = new ProcessBuilder(Product.home().resolve("stratum").toString(), "run", folder.resolve("long.stratum").toString(), "--out",
				results.toString()).directory(dir.toFile());
		builder.environment().remove("DISPLAY");
		builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
		Process p = builder.start();
		Thread.sleep(8000); // parsed, calibrated and running
		assertTrue(p.isAlive(), "the endless run ended by itself: " + Files.readString(dir.resolve("err.txt")));
		assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor(), "kill -INT");
		assertTrue(p.waitFor(90, TimeUnit.SECONDS), "stratum run did not stop after Ctrl+C");
		String err = Files.readString(dir.resolve("err.txt"));
		assertTrue(err.contains("stratum run: interrupted; the partial result (marked \"partial\": true) is in"), err);
		String summary = Files.readString(results.resolve("Long/summary.json"));
		assertTrue(summary.contains("\"status\": \"cancelled\"") && summary.contains("\"partial\": true"), summary);
		assertTrue(Files.readAllLines(results.resolve("Long/timeseries.bdf.csv")).size() > 2, "the samples so far are written");
		assertTrue(Files.readString(dir.resolve("out.txt")).contains("simulation Long: cancelled"), Files.readString(dir.resolve("out.txt")));
	}
}
