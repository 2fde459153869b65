package org.stratum.ui.results;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.stratum.engine.results.FrontMaps;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.VtkImage;
import org.stratum.ui.preferences.StratumPreferences;

/**
 * One field of a front-model frame as a colour map (xi, the phases, the ionic and electronic potentials, the current
 * density), scaled to the canvas, with the interlayer's and the electrolyte's first rows outlined, a colour legend and
 * a scale bar in um; shared by the results editor's Dendrite Front page and the live view of a running front model.
 */
public final class FrontMapCanvas extends Canvas {

	/** The fields a frame holds, as the field chooser lists them. */
	public static final String[] FIELDS = { "xi", "phase", "phi_i", "phi_e", "current_density" };

	private VtkImage.Frame frame;
	private String field = FIELDS[0];
	private int layerRow;
	private int electrolyteRow;
	private Image image;

	public FrontMapCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
		addDisposeListener(e -> {
			if (image != null) {
				image.dispose();
			}
		});
	}

	/** Shows a frame whose interlayer and electrolyte begin at the given rows. */
	public void show(VtkImage.Frame shown, int layerStart, int electrolyteStart) {
		frame = shown;
		layerRow = layerStart;
		electrolyteRow = electrolyteStart;
		redraw();
	}

	/** Shows another of the frame's fields ({@link #FIELDS}). */
	public void field(String name) {
		field = name;
		redraw();
	}

	/** The field shown. */
	public String field() {
		return field;
	}

	/** The frame shown (null before the first). */
	public VtkImage.Frame frame() {
		return frame;
	}

	private void paint(GC gc) {
		if (frame == null) {
			return;
		}
		ImageData data = render(frame, field);
		if (image != null) {
			image.dispose();
		}
		image = new Image(getDisplay(), data);
		var area = getClientArea();
		int scale = Math.max(1, Math.min((area.width - 120) / frame.nx(), (area.height - 60) / frame.ny()));
		int w = frame.nx() * scale, h = frame.ny() * scale;
		gc.drawImage(image, 0, 0, frame.nx(), frame.ny(), 10, 10, w, h);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
		gc.setLineWidth(2);
		for (int row : new int[] { layerRow, electrolyteRow }) {
			gc.drawLine(10, 10 + h - row * scale, 10 + w, 10 + h - row * scale);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.setLineWidth(1);
		gc.drawRectangle(10, 10, w, h);
		double[] range = range(frame, field);
		for (int y = 0; y < h; y++) { // legend
			java.awt.Color c = FrontMaps.viridis(1 - y / (double) h);
			org.eclipse.swt.graphics.Color colour = new org.eclipse.swt.graphics.Color(c.getRed(), c.getGreen(), c.getBlue());
			gc.setForeground(colour);
			gc.drawLine(w + 25, 10 + y, w + 40, 10 + y);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		gc.drawText(MetricRow.format(range[1]), w + 45, 5, true);
		gc.drawText(MetricRow.format(range[0]), w + 45, 10 + h - 12, true);
		double bar = FrontMaps.scaleBar(ResultUnits.MICROMETRE.fromSI(frame.nx() * frame.h()));
		int px = (int) Math.round(ResultUnits.MICROMETRE.toSI(bar) / frame.h() * scale);
		gc.setLineWidth(3);
		gc.drawLine(10, h + 25, 10 + px, h + 25);
		gc.drawText(new java.math.BigDecimal(bar).stripTrailingZeros().toPlainString() + " um", 16 + px, h + 17, true);
	}

	/** The least and largest value of a field in a frame (xi: 0 and 1). */
	private static double[] range(VtkImage.Frame f, String name) {
		if (name.equals("xi")) {
			return new double[] { 0, 1 };
		}
		VtkImage.Field values = f.fields().get(name);
		double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < f.nx() * f.ny(); k++) {
			double v = values.values() != null ? values.values()[k] : values.labels()[k];
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
		return new double[] { lo, hi > lo ? hi : lo + 1 };
	}

	/** One pixel per cell, row 0 at the bottom; Li (phase -1) white; the phases in the palette's colours. */
	private static ImageData render(VtkImage.Frame f, String name) {
		ImageData data = new ImageData(f.nx(), f.ny(), 24, new PaletteData(0xFF0000, 0xFF00, 0xFF));
		int[] phase = f.fields().get("phase").labels();
		double[] range = range(f, name);
		VtkImage.Field values = f.fields().get(name);
		for (int j = 0; j < f.ny(); j++) {
			for (int i = 0; i < f.nx(); i++) {
				int p = j * f.nx() + i;
				RGB rgb;
				if (name.equals("xi")) {
					java.awt.Color c = FrontMaps.xiColour(values.values()[p], phase[p]);
					rgb = new RGB(c.getRed(), c.getGreen(), c.getBlue());
				} else if (phase[p] < 0 && name.equals("phase")) {
					rgb = new RGB(255, 255, 255);
				} else if (name.equals("phase")) {
					int[] c = StratumPreferences.Palette.TABLEAU.colour(phase[p]);
					rgb = new RGB(c[0], c[1], c[2]);
				} else {
					double v = values.values()[p];
					java.awt.Color c = FrontMaps.viridis((v - range[0]) / (range[1] - range[0]));
					rgb = new RGB(c.getRed(), c.getGreen(), c.getBlue());
				}
				data.setPixel(i, f.ny() - 1 - j, data.palette.getPixel(rgb));
			}
		}
		return data;
	}

	/** Writes the map as shown as PNG. */
	public void export(Path file) {
		var area = getClientArea();
		Image shot = new Image(getDisplay(), Math.max(1, area.width), Math.max(1, area.height));
		GC gc = new GC(shot);
		try {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(0, 0, area.width, area.height);
			paint(gc);
		} finally {
			gc.dispose();
		}
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { shot.getImageData() };
		loader.save(file.toString(), SWT.IMAGE_PNG);
		shot.dispose();
	}
}
