package org.stratum.dsl.resolve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * The {@code .stack} files a {@code .stratum} file can name: those in its folder and below, as the relative
 * paths a stack declaration writes (the same resolution as {@link StackResolver#location}).
 */
public final class StackFiles {

	/** Folders below the file's own that are searched; seed examples sit one level down. */
	private static final int DEPTH = 3;
	/** Enough for any project; a content-assist list longer than this helps nobody. */
	private static final int LIMIT = 500;

	private StackFiles() {
	}

	/** Relative paths ('/'-separated, sorted) of the .stack files near a .stratum file; empty if it is not on disk. */
	public static List<String> near(URI stratumFile) {
		if (stratumFile == null) {
			return List.of();
		}
		// platform:/resource/... (the workbench) becomes a file: URI when the platform runs
		URI local = CommonPlugin.resolve(stratumFile);
		if (!local.isFile() || local.toFileString() == null) {
			return List.of();
		}
		Path folder = Paths.get(local.toFileString()).getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder, DEPTH)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".stack") && Files.isRegularFile(p))
					.map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().limit(LIMIT).toList();
		} catch (IOException | SecurityException e) {
			return List.of(); // an unreadable folder offers nothing rather than failing the completion
		}
	}
}
