package org.stratum.engine.results;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Line plots written twice from one layout: a PNG drawn headless with Java2D (no display needed) and an SVG
 * for papers and slides. The layout speaks to a {@link Canvas}, so the two files cannot drift apart.
 */
public final class Plots {

	private static final int WIDTH = 900;
	private static final int HEIGHT = 520;
	private static final int MARGIN = 70;
	private static final Color GRID = new Color(230, 230, 230);
	private static final Color LABEL = Color.DARK_GRAY;
	private static final Color DATA = new Color(31, 90, 170);

	private Plots() {
	}

	/** The few drawing operations a plot needs, in pixels from the top left. */
	interface Canvas {
		void line(double x0, double y0, double x1, double y1, Color colour, float width);

		void polyline(double[] x, double[] y, Color colour, float width);

		void text(double x, double y, String text, int size, boolean bold, Color colour);
	}

	/** A named curve of a plot, joined or as unjoined points (measured data); NaN points are left out. */
	public record Curve(String name, double[] x, double[] y, boolean points) {

		/** A joined curve. */
		public Curve(String name, double[] x, double[] y) {
			this(name, x, y, false);
		}
	}

	/** Colours of the curves in order (the first is the single curve's). */
	private static final Color[] PALETTE = { DATA, new Color(200, 70, 40), new Color(40, 150, 70), new Color(140, 70, 170), new Color(90, 90, 90) };

	/**
	 * Writes {@code <base>.png} and {@code <base>.svg} (base without extension) of y over x.
	 */
	public static void line(Path base, String title, String xLabel, String yLabel, double[] x, double[] y) throws IOException {
		write(base, title, xLabel, yLabel, List.of(new Curve(yLabel, x, y)), Style.LINES);
	}

	/** Writes {@code <base>.png} and {@code <base>.svg} of several curves on one pair of axes, with a legend. */
	public static void lines(Path base, String title, String xLabel, String yLabel, List<Curve> curves) throws IOException {
		write(base, title, xLabel, yLabel, curves, Style.LINES);
	}

	/**
	 * Writes {@code <base>.png} and {@code <base>.svg} of impedance spectra (-Z'' over Z', Ohm) with one Ohm as long on
	 * both axes, so an arc of the spectrum is drawn as the semicircle it is.
	 */
	public static void nyquist(Path base, String title, List<Curve> curves) throws IOException {
		write(base, title, "Z' / Ohm", "-Z'' / Ohm", curves, Style.NYQUIST);
	}

	/** Writes {@code <base>.png} and {@code <base>.svg} of points (y over x, unjoined): a sweep's metric over one of its inputs. */
	public static void scatter(Path base, String title, String xLabel, String yLabel, double[] x, double[] y) throws IOException {
		write(base, title, xLabel, yLabel, List.of(new Curve(yLabel, x, y)), Style.SCATTER);
	}

	/** How a plot draws its curves: joined lines, unjoined points, or lines on axes of equal scale (Nyquist). */
	private enum Style {
		LINES, SCATTER, NYQUIST
	}

	private static void write(Path base, String title, String xLabel, String yLabel, List<Curve> curves, Style style) throws IOException {
		System.setProperty("java.awt.headless", "true");
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		draw(new PngCanvas(g), title, xLabel, yLabel, curves, style);
		g.dispose();
		ImageIO.write(image, "png", sibling(base, ".png").toFile());
		SvgCanvas svg = new SvgCanvas();
		draw(svg, title, xLabel, yLabel, curves, style);
		Files.writeString(sibling(base, ".svg"), svg.document(), StandardCharsets.UTF_8);
	}

	/** Writes an SVG file of several curves on one pair of axes, with a legend when there are several. */
	public static void svg(Path file, String title, String xLabel, String yLabel, List<Curve> curves) throws IOException {
		SvgCanvas svg = new SvgCanvas();
		draw(svg, title, xLabel, yLabel, curves, Style.LINES);
		Files.writeString(file, svg.document(), StandardCharsets.UTF_8);
	}

	private static Path sibling(Path base, String extension) {
		return base.resolveSibling(base.getFileName() + extension);
	}

	private static void draw(Canvas c, String title, String xLabel, String yLabel, List<Curve> curves, Style style) {
		double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY, ymin = Double.POSITIVE_INFINITY, ymax = Double.NEGATIVE_INFINITY;
		for (Curve curve : curves) {
			xmin = Math.min(xmin, min(curve.x()));
			xmax = Math.max(xmax, max(curve.x()));
			ymin = Math.min(ymin, min(curve.y()));
			ymax = Math.max(ymax, max(curve.y()));
		}
		if (!Double.isFinite(xmin) || !Double.isFinite(ymin)) { // nothing to draw: axes around the origin
			xmin = ymin = 0;
			xmax = ymax = 1;
		}
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
		if (style == Style.NYQUIST) { // the same units per pixel on both axes: widen the range that has fewer
			double perPixel = Math.max((xmax - xmin) / pw, (ymax - ymin) / ph);
			xmax = xmin + perPixel * pw;
			ymax = ymin + perPixel * ph;
		}
		double xStep = tickStep(xmax - xmin);
		for (double tx = Math.ceil(xmin / xStep) * xStep; tx <= xmax + 1e-9 * xStep; tx += xStep) {
			double gx = MARGIN + (tx - xmin) / (xmax - xmin) * pw;
			c.line(gx, MARGIN, gx, MARGIN + ph, GRID, 1);
			c.text(gx - 15, MARGIN + ph + 18, format(tx), 12, false, LABEL);
		}
		double yStep = tickStep(ymax - ymin);
		for (double ty = Math.ceil(ymin / yStep) * yStep; ty <= ymax + 1e-9 * yStep; ty += yStep) {
			double gy = MARGIN + (ymax - ty) / (ymax - ymin) * ph;
			c.line(MARGIN, gy, MARGIN + pw, gy, GRID, 1);
			c.text(8, gy + 4, format(ty), 12, false, LABEL);
		}
		c.polyline(new double[] { MARGIN, MARGIN + pw, MARGIN + pw, MARGIN, MARGIN },
				new double[] { MARGIN, MARGIN, MARGIN + ph, MARGIN + ph, MARGIN }, Color.BLACK, 1);
		c.text(MARGIN, MARGIN - 25, title, 15, true, Color.BLACK);
		c.text(MARGIN + pw / 2 - 40, HEIGHT - 20, xLabel, 13, false, Color.BLACK);
		c.text(MARGIN, MARGIN - 8, yLabel, 13, false, Color.BLACK);
		for (int n = 0; n < curves.size(); n++) {
			Curve curve = curves.get(n);
			Color colour = PALETTE[n % PALETTE.length];
			if (curves.size() > 1) { // legend, top right inside the frame
				double ly = MARGIN + 16 + 16 * n;
				if (style == Style.SCATTER || curve.points()) { // the legend shows what the plot draws: a point or a line
					markers(c, new double[] { MARGIN + pw - 160 }, new double[] { ly - 4 }, colour);
				} else {
					c.line(MARGIN + pw - 170, ly - 4, MARGIN + pw - 150, ly - 4, colour, 2);
				}
				c.text(MARGIN + pw - 145, ly, curve.name(), 12, false, Color.BLACK);
			}
			int m = 0;
			double[] px = new double[curve.x().length], py = new double[curve.y().length];
			for (int k = 0; k < px.length; k++) {
				if (Double.isFinite(curve.x()[k]) && Double.isFinite(curve.y()[k])) {
					px[m] = MARGIN + (curve.x()[k] - xmin) / (xmax - xmin) * pw;
					py[m] = MARGIN + (ymax - curve.y()[k]) / (ymax - ymin) * ph;
					m++;
				}
			}
			if (style == Style.SCATTER || curve.points()) {
				markers(c, java.util.Arrays.copyOf(px, m), java.util.Arrays.copyOf(py, m), colour);
			} else {
				c.polyline(java.util.Arrays.copyOf(px, m), java.util.Arrays.copyOf(py, m), colour, 1.4f);
			}
		}
	}

	/** A small square at each point; points on the same pixel are drawn once (a grid sweep repeats its x values). */
	private static void markers(Canvas c, double[] px, double[] py, Color colour) {
		java.util.Set<Long> drawn = new java.util.HashSet<>();
		for (int k = 0; k < px.length; k++) {
			long pixel = Math.round(px[k]) * 100_000 + Math.round(py[k]);
			if (drawn.add(pixel)) {
				double x = Math.round(px[k]), y = Math.round(py[k]);
				c.polyline(new double[] { x - 2, x + 2, x + 2, x - 2, x - 2 }, new double[] { y - 2, y - 2, y + 2, y + 2, y - 2 }, colour, 1.2f);
			}
		}
	}

	/** Java2D drawing into the PNG's image. */
	private record PngCanvas(Graphics2D g) implements Canvas {
		@Override
		public void line(double x0, double y0, double x1, double y1, Color colour, float width) {
			g.setColor(colour);
			g.setStroke(new BasicStroke(width));
			g.drawLine((int) x0, (int) y0, (int) x1, (int) y1);
		}

		@Override
		public void polyline(double[] x, double[] y, Color colour, float width) {
			for (int k = 1; k < x.length; k++) {
				line(x[k - 1], y[k - 1], x[k], y[k], colour, width);
			}
		}

		@Override
		public void text(double x, double y, String text, int size, boolean bold, Color colour) {
			g.setColor(colour);
			g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
			g.drawString(text, (int) x, (int) y);
		}
	}

	/** SVG 1.1 elements; the three primitives need no library. */
	private static final class SvgCanvas implements Canvas {
		private final StringBuilder body = new StringBuilder();

		@Override
		public void line(double x0, double y0, double x1, double y1, Color colour, float width) {
			body.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>%n", x0,
					y0, x1, y1, hex(colour), width));
		}

		@Override
		public void polyline(double[] x, double[] y, Color colour, float width) {
			body.append("<polyline fill=\"none\" stroke=\"").append(hex(colour)).append(String.format(Locale.ROOT, "\" stroke-width=\"%.1f\" points=\"", width));
			for (int k = 0; k < x.length; k++) {
				body.append(String.format(Locale.ROOT, k == 0 ? "%.1f,%.1f" : " %.1f,%.1f", x[k], y[k]));
			}
			body.append("\"/>\n");
		}

		@Override
		public void text(double x, double y, String text, int size, boolean bold, Color colour) {
			body.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-family=\"sans-serif\" font-size=\"%d\"%s fill=\"%s\">", x, y, size,
					bold ? " font-weight=\"bold\"" : "", hex(colour))).append(escape(text)).append("</text>\n");
		}

		String document() {
			return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
					+ "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
		}

		private static String hex(Color c) {
			return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
		}

		private static String escape(String text) {
			return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		}
	}

	/** A round tick spacing (1, 2 or 5 times a power of ten) giving about five ticks over the range. */
	static double tickStep(double range) {
		double raw = range / 5;
		double power = Math.pow(10, Math.floor(Math.log10(raw)));
		double m = raw / power;
		return (m < 1.5 ? 1 : m < 3.5 ? 2 : m < 7.5 ? 5 : 10) * power;
	}

	/** A tick label: plain digits (3 significant) between 0.01 and 10 000, powers of ten outside. */
	static String format(double v) {
		if (Math.abs(v) >= 1e4 || (Math.abs(v) < 1e-2 && v != 0)) {
			return String.format(Locale.ROOT, "%.2e", v);
		}
		return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
	}

	/** The least finite value (+infinity when there is none). */
	private static double min(double[] v) {
		double m = Double.POSITIVE_INFINITY;
		for (double d : v) {
			if (Double.isFinite(d)) {
				m = Math.min(m, d);
			}
		}
		return m;
	}

	/** The largest finite value (-infinity when there is none). */
	private static double max(double[] v) {
		double m = Double.NEGATIVE_INFINITY;
		for (double d : v) {
			if (Double.isFinite(d)) {
				m = Math.max(m, d);
			}
		}
		return m;
	}
}
