package org.stratum.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The Linux product archive, unpacked once per test run into a temporary folder. */
final class Product {

	private static Path home;

	private Product() {
	}

	/** The unpacked {@code stratum/} folder. */
	static synchronized Path home() throws Exception {
		if (home == null) {
			Path products = Path.of(System.getProperty("stratum.products", "../org.stratum.product/target/products"));
			Path archive;
			try (Stream<Path> files = Files.list(products)) {
				archive = files.filter(p -> p.getFileName().toString().endsWith("linux.gtk.x86_64.tar.gz")).findFirst()
						.orElseThrow(() -> new AssertionError("no Linux product archive in " + products + "; build releng/org.stratum.product first"));
			} catch (IOException e) {
				throw new AssertionError("no product folder " + products + "; build releng/org.stratum.product first", e);
			}
			Path dir = Files.createTempDirectory("stratum-product");
			Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
			run(List.of("tar", "-xzf", archive.toString(), "-C", dir.toString()), dir, 120);
			home = dir.resolve("stratum");
		}
		return home;
	}

	static String run(List<String> command, Path dir, int seconds) throws Exception {
		Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(seconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
		}
		return output;
	}

	private static void delete(Path dir) {
		try (Stream<Path> walk = Files.walk(dir)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder; the OS cleans it eventually
		}
	}
}
