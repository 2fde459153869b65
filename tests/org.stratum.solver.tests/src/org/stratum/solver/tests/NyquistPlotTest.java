package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.results.Plots;

/** A Nyquist plot draws one Ohm as long on both axes, so a spectrum's arc is a semicircle on the page. */
public class NyquistPlotTest {

	@TempDir
	Path dir;

	@Test
	public void anArcIsDrawnAsASemicircle() throws Exception {
		int n = 91;
		double[] re = new double[n], minusIm = new double[n];
		for (int k = 0; k < n; k++) { // R || C of 100 Ohm: a semicircle of radius 50 Ohm about (50, 0)
			double angle = Math.PI * k / (n - 1);
			re[k] = 50 + 50 * Math.cos(angle);
			minusIm[k] = 50 * Math.sin(angle);
		}
		Path base = dir.resolve("nyquist");
		Plots.nyquist(base, "R || C", List.of(new Plots.Curve("spectrum", re, minusIm)));
		assertTrue(Files.size(dir.resolve("nyquist.png")) > 0);
		String svg = Files.readString(dir.resolve("nyquist.svg"));
		Matcher m = Pattern.compile("<polyline fill=\"none\" stroke=\"#1f5aaa\"[^>]*points=\"([^\"]*)\"").matcher(svg);
		assertTrue(m.find(), "the spectrum's curve is in the SVG");
		double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY, ymin = Double.POSITIVE_INFINITY, ymax = Double.NEGATIVE_INFINITY;
		for (String point : m.group(1).split(" ")) {
			String[] xy = point.split(",");
			double x = Double.parseDouble(xy[0]), y = Double.parseDouble(xy[1]);
			xmin = Math.min(xmin, x);
			xmax = Math.max(xmax, x);
			ymin = Math.min(ymin, y);
			ymax = Math.max(ymax, y);
		}
		assertEquals(2, (xmax - xmin) / (ymax - ymin), 0.02, "100 Ohm wide and 50 Ohm high: twice as wide as high on the page");
	}
}
