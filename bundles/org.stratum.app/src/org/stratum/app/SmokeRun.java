package org.stratum.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.stratum.ui.Screenshots;

/**
 * A start-up self check of an installed product: when the system property {@value #PROPERTY} names a
 * folder, the workbench writes what it shows (window title, perspective, open views) to
 * {@code workbench.txt} and a picture of its window to {@code workbench.png} there, then exits.
 * The product test starts the real launcher script with it.
 */
final class SmokeRun {

	static final String PROPERTY = "stratum.smoke";

	/** Time for the first layout and paint to finish before the window is photographed. */
	private static final int SETTLE_MILLIS = 3000;

	private SmokeRun() {
	}

	static void scheduleIfRequested(IWorkbench workbench) {
		String folder = System.getProperty(PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Display display = workbench.getDisplay();
		display.timerExec(SETTLE_MILLIS, () -> {
			try {
				report(workbench, Path.of(folder));
			} catch (IOException e) {
				System.err.println("Stratum smoke run could not write to " + folder + ": " + e.getMessage());
			} finally {
				workbench.close();
			}
		});
	}

	private static void report(IWorkbench workbench, Path folder) throws IOException {
		Files.createDirectories(folder);
		IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
		if (window == null && workbench.getWorkbenchWindowCount() > 0) {
			window = workbench.getWorkbenchWindows()[0];
		}
		List<String> lines = new ArrayList<>();
		if (window != null) {
			lines.add("title=" + window.getShell().getText());
			IWorkbenchPage page = window.getActivePage();
			if (page != null && page.getPerspective() != null) {
				lines.add("perspective=" + page.getPerspective().getId());
				for (IViewReference view : page.getViewReferences()) {
					lines.add("view=" + view.getId());
				}
			}
			Screenshots.capture(window.getShell(), folder.resolve("workbench.png"));
		}
		Files.write(folder.resolve("workbench.txt"), lines, StandardCharsets.UTF_8);
	}
}
