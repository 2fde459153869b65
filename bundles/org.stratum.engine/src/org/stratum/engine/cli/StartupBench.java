package org.stratum.engine.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.stratum.engine.calibration.CalibrationCache;
import org.stratum.examples.Examples;

/**
 * Times whole {@code stratum run} processes of a 3-cycle symmetric protocol (the same Java, class path and
 * JVM options as this process), once with an empty calibration cache and once reusing it, and samples their
 * peak resident memory from /proc (Linux; reported as 0 elsewhere).
 */
final class StartupBench {

	/** The process's figures. */
	record Figures(double seconds, double peakMegabytes) {
	}

	private StartupBench() {
	}

	static void run(PrintWriter out, int repeats) throws IOException, InterruptedException {
		Path dir = Files.createTempDirectory("stratum-bench-startup");
		Path protocol = dir.resolve("small.stratum");
		try (InputStream in = Examples.open("seed-000/sym-sc-nano20-llzto.stack")) {
			Files.copy(in, dir.resolve("cell.stack"));
		}
		Files.writeString(protocol, """
				stack Cell = "cell.stack";
				protocol Three { sign plating positive; temperature 55 degC; repeat 3 { plate at 1 mA/cm2 for 1 h; strip at 1 mA/cm2 for 1 h; } }
				simulation Small { cell Cell; protocol Three; model stack; outputs voltage, summary; }
				""");
		List<Figures> computed = new ArrayList<>();
		List<Figures> reused = new ArrayList<>();
		for (int k = 0; k < repeats; k++) {
			Path cache = dir.resolve("cache-" + k);
			computed.add(process(protocol, cache));
			reused.add(process(protocol, cache));
		}
		Figures cold = median(computed);
		Figures warm = median(reused);
		out.printf(Locale.ROOT, "%s, %d cores, Java %s; median of %d%n", System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), repeats);
		out.printf(Locale.ROOT, "3-cycle stratum run, calibration computed: %6.2f s, peak %5.0f MB%n", cold.seconds(), cold.peakMegabytes());
		out.printf(Locale.ROOT, "3-cycle stratum run, calibration reused:   %6.2f s, peak %5.0f MB%n", warm.seconds(), warm.peakMegabytes());
		out.printf(Locale.ROOT, "startup_computed_s %.3f%nstartup_computed_peak_mb %.0f%nstartup_reused_s %.3f%nstartup_reused_peak_mb %.0f%n",
				cold.seconds(), cold.peakMegabytes(), warm.seconds(), warm.peakMegabytes());
		out.flush();
	}

	private static Figures process(Path protocol, Path cache) throws IOException, InterruptedException {
		return process(cache, List.of("run", protocol.toString(), "--out", protocol.resolveSibling("results").toString()));
	}

	/** Wall time and peak memory of a {@code stratum} process with these arguments (this JVM's Java and options). */
	static Figures process(Path cache, List<String> arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-D" + CalibrationCache.FOLDER_PROPERTY)).toList());
		command.add("-D" + CalibrationCache.FOLDER_PROPERTY + "=" + cache);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
		command.addAll(arguments);
		long start = System.nanoTime();
		Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		Path status = Path.of("/proc/" + p.pid() + "/status");
		double peak = 0;
		while (!p.waitFor(10, TimeUnit.MILLISECONDS)) {
			peak = Math.max(peak, highWaterMark(status));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (p.exitValue() != 0) {
			throw new IOException("the benchmark's stratum run failed with exit code " + p.exitValue());
		}
		return new Figures(seconds, peak);
	}

	/** VmHWM of a running process in MB, 0 when it cannot be read (gone, or not Linux). */
	private static double highWaterMark(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Double.parseDouble(line.replaceAll("[^0-9]", "")) / 1024;
				}
			}
		} catch (IOException | NumberFormatException e) {
			return 0; // the process ended between two samples, or there is no /proc
		}
		return 0;
	}

	private static Figures median(List<Figures> runs) {
		double[] s = runs.stream().mapToDouble(Figures::seconds).sorted().toArray();
		double[] m = runs.stream().mapToDouble(Figures::peakMegabytes).sorted().toArray();
		return new Figures(s[s.length / 2], m[m.length / 2]);
	}
}
