package org.stratum.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The seed examples shipped with Stratum (the repository's {@code examples/} folder): every cell of
 * the seed papers as a {@code .stack} file, by path relative to {@code examples/}.
 */
public final class Examples {

	private static final String ROOT = "examples";

	private Examples() {
	}

	/** Paths such as {@code seed-000/sym-bare.stack}, sorted, of every example with this file extension. */
	public static List<String> list(String extension) {
		Bundle bundle = FrameworkUtil.getBundle(Examples.class);
		List<String> paths = new ArrayList<>();
		if (bundle == null) {
			paths.addAll(onClassPath(extension));
		} else {
			Enumeration<URL> entries = bundle.findEntries(ROOT, "*." + extension, true);
			while (entries != null && entries.hasMoreElements()) {
				String path = entries.nextElement().getPath();
				paths.add(path.substring(path.indexOf(ROOT + "/") + ROOT.length() + 1));
			}
		}
		Collections.sort(paths);
		return paths;
	}

	/** The examples of the jar (or class folder) this class came from, as the command line runs it without OSGi. */
	private static List<String> onClassPath(String extension) {
		List<String> paths = new ArrayList<>();
		try {
			Path source = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (Files.isDirectory(source)) {
				Path root = source.resolve(ROOT);
				try (Stream<Path> walk = Files.walk(root)) {
					walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).forEach(paths::add);
				}
			} else {
				try (JarFile jar = new JarFile(source.toFile())) {
					jar.stream().map(JarEntry::getName).filter(n -> n.startsWith(ROOT + "/") && !n.endsWith("/")).map(n -> n.substring(ROOT.length() + 1))
							.forEach(paths::add);
				}
			}
		} catch (IOException | URISyntaxException e) {
			throw new IllegalStateException("the examples cannot be listed from " + Examples.class.getProtectionDomain().getCodeSource(), e);
		}
		return paths.stream().filter(p -> extension.equals("*") || p.endsWith("." + extension)).toList();
	}

	/** Every example file, whatever its type. */
	public static List<String> all() {
		return list("*").stream().filter(p -> !p.endsWith("/")).toList();
	}

	/** The example's address, in OSGi from the bundle, on a plain class path from the jar. */
	public static URL url(String path) {
		Bundle bundle = FrameworkUtil.getBundle(Examples.class);
		URL url = bundle != null ? bundle.getEntry(ROOT + "/" + path) : Examples.class.getResource("/" + ROOT + "/" + path);
		if (url == null) {
			throw new IllegalArgumentException("no example " + path);
		}
		return url;
	}

	public static InputStream open(String path) throws IOException {
		return url(path).openStream();
	}
}
