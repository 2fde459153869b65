package org.stratum.engine.study;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.ResultsFormatException;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunSummary;
import org.stratum.engine.results.SummaryJson;

/**
 * The results folder of a sweep, {@code <out>/<sweep>/}: {@code sweep.json} (what was swept, and a fingerprint of
 * its inputs), {@code points/<number>/} (one run folder per point, or {@code failed.json} with the reason the point
 * could not run), {@code sweep.csv} and {@code plots/}. A point is finished when its folder exists: folders are
 * written beside and renamed into place, so a crash leaves no half-written point.
 */
public final class SweepFolder {

	/** The sweep's description and fingerprint. */
	public static final String DESCRIPTION = "sweep.json";
	/** The sub-folder of the points. */
	public static final String POINTS = "points";
	/** What a point that could not run holds instead of a run. */
	public static final String FAILED = "failed.json";

	private final Path root;

	private SweepFolder(Path root) {
		this.root = root;
	}

	/** The folder as it stands (for reading). */
	public static SweepFolder at(Path root) {
		return new SweepFolder(root);
	}

	/**
	 * The folder prepared for a run of the sweep: finished points are kept when the sweep and its inputs are what
	 * they were; otherwise they are deleted (and {@code true} returned in {@link Prepared#restarted()}).
	 */
	public static Prepared prepare(Path root, Sweep sweep, int points) throws IOException {
		SweepFolder folder = new SweepFolder(root);
		String fingerprint = fingerprint(sweep);
		Path description = root.resolve(DESCRIPTION);
		boolean restarted = false;
		if (Files.isDirectory(folder.points()) && !(Files.isRegularFile(description) && Files.readString(description).contains("\"" + fingerprint + "\""))) {
			ResultsWriter.delete(folder.points()); // the points were run from other inputs
			restarted = true;
		}
		Files.createDirectories(folder.points());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("sweep", sweep.getName());
		json.put("simulation", sweep.getSimulation().getName());
		json.put("file", sweep.eResource().getURI().toString());
		json.put("fingerprint", fingerprint);
		json.put("points", points);
		json.put("factors", sweep.getFactors().stream().map(f -> Map.of("quantity", SweepDesign.label(f), "unit", SweepDesign.unit(f))).toList());
		json.put("stratum", SimulationRunner.VERSION);
		Files.writeString(description, ResultsWriter.json(json, "") + "\n");
		return new Prepared(folder, restarted);
	}

	/** A folder ready for a run, and whether earlier points were dropped because the inputs changed. */
	public record Prepared(SweepFolder folder, boolean restarted) {
	}

	/** The hash of what decides the points' results: the sweep's text, its simulation's input files and Stratum's version. */
	static String fingerprint(Sweep sweep) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			var node = org.eclipse.xtext.nodemodel.util.NodeModelUtils.findActualNodeFor(sweep);
			digest.update((node == null ? sweep.getName() : node.getText()).getBytes(StandardCharsets.UTF_8));
			for (RunSummary.InputFile input : SimulationRunner.inputs(sweep.getSimulation())) {
				digest.update(String.valueOf(input.sha256()).getBytes(StandardCharsets.UTF_8));
			}
			digest.update(SimulationRunner.VERSION.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}

	/**
	 * What {@code sweep.json} says: the sweep's name, the .stratum file it is in and its number of points.
	 *
	 * @throws IOException when the folder holds no sweep.json (it is no sweep's folder) or it does not read
	 */
	public Description description() throws IOException {
		Path file = root.resolve(DESCRIPTION);
		if (!Files.isRegularFile(file)) {
			throw new java.io.FileNotFoundException(root + " is no sweep's results folder (it has no " + DESCRIPTION + ")");
		}
		try {
			com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(Files.readString(file)).getAsJsonObject();
			return new Description(o.get("sweep").getAsString(), o.get("file").getAsString(), o.get("points").getAsInt());
		} catch (RuntimeException e) { // gson's JsonParseException, IllegalStateException, NullPointerException for a missing key
			throw new IOException(file + " does not read as a sweep's description: " + e.getMessage(), e);
		}
	}

	/** A sweep's description: its name, the URI of its .stratum file and its number of points. */
	public record Description(String sweep, String file, int points) {
	}

	public Path root() {
		return root;
	}

	public Path points() {
		return root.resolve(POINTS);
	}

	public Path point(int index) {
		return points().resolve(PointVariants.folder(index));
	}

	/** Whether the point has finished (run, or failed with a reason). */
	public boolean finished(int index) {
		return Files.isDirectory(point(index));
	}

	/** Records that a point could not run, and why (written beside and renamed into place). */
	public void fail(int index, String reason, boolean bug) throws IOException {
		Path temp = Files.createTempDirectory(points(), "." + PointVariants.folder(index) + "-");
		Files.writeString(temp.resolve(FAILED), ResultsWriter.json(Map.of("point", index, "reason", reason, "bug", bug), "") + "\n");
		ResultsWriter.replace(temp, point(index));
	}

	/** What a point's folder says. */
	public PointResult result(int index) throws IOException {
		Path folder = point(index);
		if (!Files.isDirectory(folder)) {
			return new PointResult(index, PointResult.State.MISSING, null, "not run", false);
		}
		if (Files.isRegularFile(folder.resolve(FAILED))) {
			com.google.gson.JsonObject failed = com.google.gson.JsonParser.parseString(Files.readString(folder.resolve(FAILED))).getAsJsonObject();
			return new PointResult(index, PointResult.State.FAILED, null, failed.has("reason") ? failed.get("reason").getAsString() : "failed",
					failed.has("bug") && failed.get("bug").getAsBoolean());
		}
		try {
			RunSummary summary = SummaryJson.read(folder.resolve(SummaryJson.FILE));
			boolean failed = summary.status() == org.stratum.solver.program.RunResult.Status.FAILED;
			return new PointResult(index, failed ? PointResult.State.FAILED : PointResult.State.DONE, summary, summary.reason(), false);
		} catch (ResultsFormatException e) {
			return new PointResult(index, PointResult.State.FAILED, null, "its summary.json does not read: " + e.getMessage(), false);
		}
	}

	/** Every point's result, in order. */
	public List<PointResult> results(int points) throws IOException {
		List<PointResult> results = new java.util.ArrayList<>();
		for (int i = 0; i < points; i++) {
			results.add(result(i));
		}
		return results;
	}
}
