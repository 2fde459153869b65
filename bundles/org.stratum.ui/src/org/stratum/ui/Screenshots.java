package org.stratum.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Saves what a control shows on screen as a PNG: used by UI tests and the product's smoke run. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Paints pending events, then copies the control's screen area into {@code file}. */
	public static void capture(Control control, Path file) throws IOException {
		Display display = control.getDisplay();
		// let pending layout and paint requests reach the X server before copying its pixels
		long end = System.currentTimeMillis() + 300;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
		// A shell's bounds are already in display coordinates; a child's are relative to its parent.
		Rectangle area = control.getParent() == null ? control.getBounds()
				: display.map(control.getParent(), null, control.getBounds());
		Image image = new Image(display, Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
		} finally {
			gc.dispose();
		}
		try {
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path parent = file.toAbsolutePath().getParent();
			if (parent != null) {
				Files.createDirectories(parent);
			}
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			image.dispose();
		}
	}
}
