package org.stratum.engine.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

import org.stratum.engine.build.FaceLengths;

/**
 * Keeps the calibrated face flaw lengths between processes, in one small file under the user's cache
 * folder, so that a short run does not repeat the calibration's ramps. The entry carries the key it was
 * computed for (a digest of everything the fit depends on) and a checksum over key and values: an entry
 * for another key is stale, one that does not parse or whose checksum does not match is corrupt, and
 * both are recomputed rather than trusted.
 */
public final class CalibrationCache {

	/** System property naming the cache folder; then the environment variable, then XDG's cache folder. */
	public static final String FOLDER_PROPERTY = "stratum.cache.dir";
	public static final String FOLDER_VARIABLE = "STRATUM_CACHE_DIR";
	private static final String FILE = "calibration.properties";

	/** What a look-up found. */
	public enum Finding {
		/** An entry for this key with a valid checksum. */
		VALID,
		/** No cache file yet. */
		MISSING,
		/** An entry computed for other inputs. */
		STALE,
		/** A file that does not parse, lacks a value or fails its checksum. */
		CORRUPT
	}

	/** A look-up's finding and, when valid, the lengths. */
	public record Lookup(Finding finding, Optional<FaceLengths> lengths) {
	}

	private final Path file;

	public CalibrationCache(Path folder) {
		this.file = folder.resolve(FILE);
	}

	/** The cache in the folder the system property, the environment or XDG names (~/.cache/stratum by default). */
	public static CalibrationCache standard() {
		String folder = System.getProperty(FOLDER_PROPERTY);
		if (folder == null || folder.isBlank()) {
			folder = System.getenv(FOLDER_VARIABLE);
		}
		if (folder == null || folder.isBlank()) {
			String xdg = System.getenv("XDG_CACHE_HOME");
			Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
			return new CalibrationCache(base.resolve("stratum"));
		}
		return new CalibrationCache(Path.of(folder));
	}

	public Path file() {
		return file;
	}

	public Lookup lookup(String key) {
		if (!Files.isRegularFile(file)) {
			return new Lookup(Finding.MISSING, Optional.empty());
		}
		Properties entry = new Properties();
		try {
			entry.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
		} catch (IOException | IllegalArgumentException e) { // unreadable, not UTF-8, or a malformed escape
			return new Lookup(Finding.CORRUPT, Optional.empty());
		}
		String storedKey = entry.getProperty("key");
		String lithium = entry.getProperty("l_face_lithium_m");
		String carbon = entry.getProperty("l_face_carbon_m");
		if (storedKey == null || lithium == null || carbon == null || !checksum(storedKey, lithium, carbon).equals(entry.getProperty("checksum"))) {
			return new Lookup(Finding.CORRUPT, Optional.empty());
		}
		if (!storedKey.equals(key)) {
			return new Lookup(Finding.STALE, Optional.empty());
		}
		try {
			FaceLengths lengths = new FaceLengths(Double.parseDouble(lithium), Double.parseDouble(carbon));
			if (!(lengths.lithiumMetal() > 0 && lengths.carbonScaffold() > 0 && Double.isFinite(lengths.lithiumMetal())
					&& Double.isFinite(lengths.carbonScaffold()))) {
				return new Lookup(Finding.CORRUPT, Optional.empty());
			}
			return new Lookup(Finding.VALID, Optional.of(lengths));
		} catch (NumberFormatException e) {
			return new Lookup(Finding.CORRUPT, Optional.empty());
		}
	}

	/** Writes the entry atomically (a reader sees the old file or the new one, never half of one). */
	public void store(String key, FaceLengths lengths) throws IOException {
		String lithium = Double.toString(lengths.lithiumMetal());
		String carbon = Double.toString(lengths.carbonScaffold());
		String text = "# Stratum's calibrated face flaw lengths (seed 000 bare and SC CCD); recomputed when the key changes\n"
				+ "key=" + key + "\nl_face_lithium_m=" + lithium + "\nl_face_carbon_m=" + carbon + "\nchecksum=" + checksum(key, lithium, carbon) + "\n";
		Files.createDirectories(file.getParent());
		Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
		try {
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			try {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static String checksum(String key, String lithium, String carbon) {
		return Digest.of(key + "\n" + lithium + "\n" + carbon);
	}

	/**
	 * The key of a calibration: a digest of the code that computes it (the classes' jars or folders), the
	 * inputs it reads and the parameters it uses.
	 */
	public static String key(List<Class<?>> code, List<byte[]> inputs, String parameters) throws IOException {
		Digest digest = new Digest();
		digest.add(parameters.getBytes(StandardCharsets.UTF_8));
		for (byte[] input : inputs) {
			digest.add(input);
		}
		for (Class<?> type : code) {
			digest.addCodeOf(type);
		}
		return digest.hex();
	}

	/** SHA-256 over a sequence of byte arrays, each length-prefixed so that boundaries count. */
	private static final class Digest {
		private final MessageDigest sha;

		Digest() {
			try {
				sha = MessageDigest.getInstance("SHA-256");
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java runtime has SHA-256", e);
			}
		}

		static String of(String text) {
			Digest d = new Digest();
			d.add(text.getBytes(StandardCharsets.UTF_8));
			return d.hex();
		}

		void add(byte[] bytes) {
			sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
			sha.update((byte) ':');
			sha.update(bytes);
		}

		/** The jar or class folder a class was loaded from; its name when it is neither (an unusual class loader). */
		void addCodeOf(Class<?> type) throws IOException {
			CodeSource source = type.getProtectionDomain().getCodeSource();
			URL location = source == null ? null : source.getLocation();
			Path path = null;
			if (location != null && "file".equals(location.getProtocol())) {
				try {
					path = Path.of(location.toURI());
				} catch (URISyntaxException | IllegalArgumentException e) {
					path = null; // not a local path: fall back to the name below
				}
			}
			if (path == null || !Files.exists(path)) {
				add((type.getName() + "@" + location).getBytes(StandardCharsets.UTF_8));
				return;
			}
			if (Files.isRegularFile(path)) {
				add(Files.readAllBytes(path));
				return;
			}
			List<Path> files;
			try (Stream<Path> walk = Files.walk(path)) {
				files = walk.filter(Files::isRegularFile).sorted().toList();
			}
			for (Path f : files) {
				add(path.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
				try (InputStream in = Files.newInputStream(f)) {
					add(in.readAllBytes());
				}
			}
		}

		String hex() {
			return HexFormat.of().formatHex(sha.digest());
		}
	}
}
