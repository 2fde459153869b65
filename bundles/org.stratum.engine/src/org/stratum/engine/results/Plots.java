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

import javax.imageio.ImageIO;

/** Line plots as PNG, drawn headless with Java2D (no display needed). */
public final class Plots {

	private static final int WIDTH = 900;
	private static final int HEIGHT = 520;
	private static final int MARGIN = 70;

	private Plots() {
	}

	public static void line(Path file, String title, String xLabel, String yLabel, double[] x, double[] y) throws IOException {
		System.setProperty("java.awt.headless", "true");
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		double xmin = min(x), xmax = max(x), ymin = min(y), ymax = max(y);
		if (xmax <= xmin) {
			xmax = xmin + 1;
		}
		if (ymax <= ymin) {
			ymax = ymin + 1e-3;
		}
		double pad = 0.05 * (ymax - ymin);
		ymin -= pad;
		ymax += pad;
		int pw = WIDTH - 2 * MARGIN, ph = HEIGHT - 2 * MARGIN;
		g.setColor(new Color(230, 230, 230));
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		for (int k = 0; k <= 5; k++) {
			int gx = MARGIN + k * pw / 5, gy = MARGIN + k * ph / 5;
			g.setColor(new Color(230, 230, 230));
			g.drawLine(gx, MARGIN, gx, MARGIN + ph);
			g.drawLine(MARGIN, gy, MARGIN + pw, gy);
			g.setColor(Color.DARK_GRAY);
			g.drawString(format(xmin + k * (xmax - xmin) / 5), gx - 15, MARGIN + ph + 18);
			g.drawString(format(ymax - k * (ymax - ymin) / 5), 8, gy + 4);
		}
		g.setColor(Color.BLACK);
		g.drawRect(MARGIN, MARGIN, pw, ph);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
		g.drawString(title, MARGIN, MARGIN - 25);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
		g.drawString(xLabel, MARGIN + pw / 2 - 40, HEIGHT - 20);
		g.drawString(yLabel, MARGIN, MARGIN - 8);
		g.setColor(new Color(31, 90, 170));
		g.setStroke(new BasicStroke(1.4f));
		for (int k = 1; k < x.length; k++) {
			int x0 = MARGIN + (int) ((x[k - 1] - xmin) / (xmax - xmin) * pw);
			int y0 = MARGIN + (int) ((ymax - y[k - 1]) / (ymax - ymin) * ph);
			int x1 = MARGIN + (int) ((x[k] - xmin) / (xmax - xmin) * pw);
			int y1 = MARGIN + (int) ((ymax - y[k]) / (ymax - ymin) * ph);
			g.drawLine(x0, y0, x1, y1);
		}
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
	}

	private static String format(double v) {
		return Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v != 0) ? String.format(Locale.ROOT, "%.2e", v) : String.format(Locale.ROOT, "%.3g", v);
	}

	private static double min(double[] v) {
		double m = Double.POSITIVE_INFINITY;
		for (double d : v) {
			m = Math.min(m, d);
		}
		return v.length == 0 ? 0 : m;
	}

	private static double max(double[] v) {
		double m = Double.NEGATIVE_INFINITY;
		for (double d : v) {
			m = Math.max(m, d);
		}
		return v.length == 0 ? 1 : m;
	}
}
