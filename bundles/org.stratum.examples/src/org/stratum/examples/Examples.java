package org.stratum.examples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

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
		Enumeration<URL> entries = bundle.findEntries(ROOT, "*." + extension, true);
		while (entries != null && entries.hasMoreElements()) {
			String path = entries.nextElement().getPath();
			paths.add(path.substring(path.indexOf(ROOT + "/") + ROOT.length() + 1));
		}
		Collections.sort(paths);
		return paths;
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
