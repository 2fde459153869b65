package org.stratum.ui.results;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Shows an image (a plot of a run, a micrograph) scaled to fit the editor, never larger than it is; it
 * cannot be edited or saved. A file that is no image says so instead.
 */
public class ImageViewer extends FileViewer {

	public static final String ID = "org.stratum.ui.editors.image";

	private Image image;
	private String problem;
	private Canvas canvas;

	@Override
	protected void load(IFile file) {
		try (InputStream in = file.getContents()) {
			image = new Image(getSite().getShell().getDisplay(), new ImageData(in));
		} catch (CoreException | IOException | SWTException e) {
			problem = file.getName() + " cannot be shown as an image: " + e.getMessage();
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, e -> canvas.redraw());
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = canvas.getClientArea();
		if (image == null) {
			gc.drawText(problem == null ? "" : problem, 10, 10);
			return;
		}
		Rectangle size = image.getBounds();
		double scale = Math.min(1, Math.min((double) area.width / size.width, (double) area.height / size.height));
		int width = (int) Math.round(size.width * scale);
		int height = (int) Math.round(size.height * scale);
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, size.width, size.height, (area.width - width) / 2, (area.height - height) / 2, width, height);
	}

	/** The image shown, or null when the file is no image. */
	public Image getImage() {
		return image;
	}

	/** Why nothing is shown, or null. */
	public String getProblem() {
		return problem;
	}

	@Override
	public void dispose() {
		if (image != null) {
			image.dispose();
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		canvas.setFocus();
	}




}
