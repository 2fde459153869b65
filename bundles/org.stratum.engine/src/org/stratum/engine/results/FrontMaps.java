package org.stratum.engine.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Colour maps of the front model's xi drawn headless with Java2D: viridis from 0 (no Li) to 1 (Li), the Li of the
 * foil and the front in white, the interlayer's and the electrolyte's first rows as lines, a colour legend, a scale
 * bar in um and the time; and the frames as an animated GIF.
 */
public final class FrontMaps {

	/** Viridis at eleven stops (matplotlib's), for 0 to 1. */
	private static final int[][] VIRIDIS = { { 68, 1, 84 }, { 72, 35, 116 }, { 64, 67, 135 }, { 52, 94, 141 }, { 41, 120, 142 }, { 32, 144, 140 },
			{ 34, 167, 132 }, { 68, 190, 112 }, { 121, 209, 81 }, { 189, 222, 38 }, { 253, 231, 37 } };
	/** Pixels around the map for the legend and labels. */
	private static final int MARGIN = 90;
	/** The image's width at least, pixels: room for the title of a narrow map. */
	private static final int MIN_WIDTH = 340;
	/** The map's longer side in pixels at most. */
	private static final int SIZE = 640;
	/** Hundredths of a second between GIF frames. */
	private static final int GIF_DELAY = 20;

	private FrontMaps() {
	}

	/** The colour of a value in [0, 1]. */
	public static Color viridis(double v) {
		double x = Math.max(0, Math.min(1, v)) * (VIRIDIS.length - 1);
		int k = Math.min(VIRIDIS.length - 2, (int) x);
		double t = x - k;
		int[] a = VIRIDIS[k], b = VIRIDIS[k + 1];
		return new Color((int) Math.round(a[0] + t * (b[0] - a[0])), (int) Math.round(a[1] + t * (b[1] - a[1])), (int) Math.round(a[2] + t * (b[2] - a[2])));
	}

	/** Grey tones of the phases where there is no Li, so the microstructure shows under the front. */
	private static final int[] GREYS = { 215, 120, 170, 90, 190, 145 };

	/**
	 * The colour of a cell of the xi map: white for Li (phase -1), the phase's grey where xi is below 1 %, viridis of
	 * xi elsewhere.
	 */
	public static Color xiColour(double xi, int phase) {
		if (phase < 0) {
			return Color.WHITE;
		}
		if (xi < 0.01) {
			int g = GREYS[phase % GREYS.length];
			return new Color(g, g, g);
		}
		return viridis(xi);
	}

	/** The map of xi at one time: phase -1 marks Li (white). Rows grow upwards: row 0 at the bottom. */
	public static BufferedImage xi(float[] xi, int[] phase, int nx, int ny, double h, int layerRow, int electrolyteRow, double time) {
		int scale = Math.max(1, SIZE / Math.max(nx, ny));
		int w = nx * scale, hgt = ny * scale;
		BufferedImage image = new BufferedImage(Math.max(w + 2 * MARGIN, MIN_WIDTH), hgt + 2 * MARGIN / 2 + 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, image.getWidth(), image.getHeight());
		int top = 44;
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				g.setColor(xiColour(xi[p], phase[p]));
				g.fillRect(MARGIN / 2 + i * scale, top + (ny - 1 - j) * scale, scale, scale);
			}
		}
		g.setStroke(new BasicStroke(1.5f));
		g.setColor(Color.RED);
		for (int row : new int[] { layerRow, electrolyteRow }) {
			int y = top + (ny - row) * scale;
			g.drawLine(MARGIN / 2, y, MARGIN / 2 + w, y);
		}
		g.setColor(Color.BLACK);
		g.drawRect(MARGIN / 2, top, w, hgt);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		g.drawString(String.format(Locale.ROOT, "xi, t = %.4g s", time), MARGIN / 2, 16);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		g.drawString("white: Li; greys: phases; red: layer, electrolyte", MARGIN / 2, 32);
		// legend: a vertical colour bar right of the map
		int lx = MARGIN / 2 + w + 20;
		for (int y = 0; y < hgt; y++) {
			g.setColor(viridis(1 - y / (double) hgt));
			g.drawLine(lx, top + y, lx + 14, top + y);
		}
		g.setColor(Color.BLACK);
		g.drawRect(lx, top, 14, hgt);
		g.drawString("1", lx + 18, top + 10);
		g.drawString("0.5", lx + 18, top + hgt / 2 + 5);
		g.drawString("0", lx + 18, top + hgt);
		// scale bar: a round length near a fifth of the width
		double bar = scaleBar(ResultUnits.MICROMETRE.fromSI(nx * h));
		int px = (int) Math.round(ResultUnits.MICROMETRE.toSI(bar) / h * scale);
		int by = top + hgt + 18;
		g.setStroke(new BasicStroke(3));
		g.drawLine(MARGIN / 2, by, MARGIN / 2 + px, by);
		g.drawString(new java.math.BigDecimal(bar).stripTrailingZeros().toPlainString() + " um", MARGIN / 2 + px + 8, by + 5);
		g.dispose();
		return image;
	}

	/** The length of a scale bar for a map this wide (um): a round 1, 2 or 5 times a power of ten near a fifth of it. */
	public static double scaleBar(double widthMicrometres) {
		double fifth = widthMicrometres / 5;
		double bar = Math.pow(10, Math.floor(Math.log10(fifth)));
		return fifth >= 5 * bar ? 5 * bar : fifth >= 2 * bar ? 2 * bar : bar;
	}

	/** An animated GIF that loops, written a frame at a time (no frame is kept). */
	public static final class Gif implements AutoCloseable {

		private final ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
		private final ImageOutputStream out;
		private boolean started;

		public Gif(Path file) throws IOException {
			out = ImageIO.createImageOutputStream(file.toFile());
			writer.setOutput(out);
		}

		/** Appends a frame. */
		public void add(BufferedImage frame) throws IOException {
			if (!started) {
				writer.prepareWriteSequence(null);
				started = true;
			}
			ImageTypeSpecifier type = ImageTypeSpecifier.createFromRenderedImage(frame);
			IIOMetadata metadata = writer.getDefaultImageMetadata(type, null);
			String format = metadata.getNativeMetadataFormatName();
			IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
			IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
			control.setAttribute("disposalMethod", "none");
			control.setAttribute("userInputFlag", "FALSE");
			control.setAttribute("transparentColorFlag", "FALSE");
			control.setAttribute("delayTime", Integer.toString(GIF_DELAY));
			control.setAttribute("transparentColorIndex", "0");
			root.appendChild(control);
			IIOMetadataNode applications = new IIOMetadataNode("ApplicationExtensions");
			IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
			loop.setAttribute("applicationID", "NETSCAPE");
			loop.setAttribute("authenticationCode", "2.0");
			loop.setUserObject(new byte[] { 1, 0, 0 }); // loop for ever
			applications.appendChild(loop);
			root.appendChild(applications);
			metadata.setFromTree(format, root);
			writer.writeToSequence(new IIOImage(frame, null, metadata), null);
		}

		@Override
		public void close() throws IOException {
			try {
				if (started) {
					writer.endWriteSequence();
				}
			} finally {
				writer.dispose();
				out.close();
			}
		}
	}
}
