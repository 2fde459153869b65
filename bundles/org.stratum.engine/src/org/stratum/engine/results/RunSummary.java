package org.stratum.engine.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.stratum.solver.program.RunResult;

/**
 * What {@code summary.json} of a results folder says about its run: what was simulated, how the run ended, its
 * metrics and where its inputs came from. {@link SummaryJson} writes and reads it; the command line, the
 * validation report and the workbench's results editor all read a run through this record.
 *
 * @param simulation the simulation's name in its .stratum file
 * @param cell the cell's name
 * @param protocol the protocol's name
 * @param model which cell model ran ("stack" or "front")
 * @param status how the run ended
 * @param reason what ended it, naming the step and time
 * @param partial whether the run stopped before its protocol's end (cancelled or failed): its curves are a part
 * @param metrics the headline metrics
 * @param calibration the face lengths the run used and where they came from
 * @param inputs the input files with their hashes when they were run
 * @param stratumVersion the version of Stratum that ran it
 * @param javaVersion the Java runtime that ran it
 * @param notes what the run wants its reader to know (assumptions, calibration)
 * @param expectations whether the run met each expectation its simulation states (none when it states none)
 */
public record RunSummary(String simulation, String cell, String protocol, String model, RunResult.Status status, String reason, boolean partial,
		RunMetrics metrics, Calibration calibration, List<InputFile> inputs, String stratumVersion, String javaVersion, List<String> notes,
		List<Verdict> expectations) {

	/** Which current sign plates Li, stated in every summary. */
	public static final String SIGN_CONVENTION = "positive current plates Li on the working electrode";

	public RunSummary {
		inputs = List.copyOf(inputs);
		notes = List.copyOf(notes);
		expectations = List.copyOf(expectations);
	}

	/**
	 * The calibrated face lengths a stack-model run used.
	 *
	 * @param lithiumFace m, the Li-metal face length
	 * @param carbonFace m, the carbon-scaffold face length
	 * @param source "computed" or "reused from cache"
	 */
	public record Calibration(double lithiumFace, double carbonFace, String source) {
	}

	/**
	 * An input file of the run.
	 *
	 * @param file its path (or URI when it is not a file)
	 * @param sha256 the hex SHA-256 of its bytes when it was run, or null when it could not be read
	 */
	public record InputFile(String file, String sha256) {

		/** The file with the hash of its bytes now (no hash when it cannot be read). */
		public static InputFile hashed(Path file) {
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
				return new InputFile(file.toString(), HexFormat.of().formatHex(digest));
			} catch (IOException e) {
				return new InputFile(file.toString(), null); // the summary says the file could not be hashed
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java runtime has SHA-256", e);
			}
		}

		/** Whether the file now differs from what was run (changed, deleted or unreadable); false when there is no hash to compare. */
		public boolean changedSince() {
			return sha256 != null && !sha256.equals(hashed(Path.of(file)).sha256());
		}
	}
}
