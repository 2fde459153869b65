package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The installed {@code stratum} command run as a user runs it, without a display, and the repository's examples. */
final class InstalledStratum {

	/** What a run of the command gave: its exit code and what it printed. */
	record Result(int exit, String out, String err) {
	}

	private InstalledStratum() {
	}

	/** Runs the installed stratum in dir without a display; with its caches under cacheHome when that is given. */
	static Result run(Path dir, Path cacheHome, String... args) throws Exception {
		List<String> command = new ArrayList<>();
		command.add(Product.home().resolve("stratum").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
		builder.environment().remove("DISPLAY");
		if (cacheHome != null) {
			builder.environment().put("XDG_CACHE_HOME", cacheHome.toString());
		}
		builder.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
		Process p = builder.start();
		assertTrue(p.waitFor(180, TimeUnit.SECONDS), "stratum " + String.join(" ", args) + " did not finish");
		return new Result(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
	}

	/** The repository's examples folder. */
	static Path examples() {
		return Path.of(System.getProperty("stratum.examples", "../../examples")).toAbsolutePath().normalize();
	}
}
