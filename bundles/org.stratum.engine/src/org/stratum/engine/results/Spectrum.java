package org.stratum.engine.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One impedance spectrum of a run, as written to {@code impedance.csv}: the cell's impedance in Ohm at each
 * frequency (Hz), taken at {@code time} (s).
 */
public record Spectrum(double time, double[] frequency, double[] real, double[] imaginary) {

	/** The file's name in a results folder. */
	public static final String FILE = "impedance.csv";

	/** |Z| in Ohm per frequency. */
	public double[] modulus() {
		double[] m = new double[frequency.length];
		for (int k = 0; k < m.length; k++) {
			m[k] = Math.hypot(real[k], imaginary[k]);
		}
		return m;
	}

	/** Phase of Z in degrees per frequency. */
	public double[] phaseDegrees() {
		double[] p = new double[frequency.length];
		for (int k = 0; k < p.length; k++) {
			p[k] = Math.toDegrees(Math.atan2(imaginary[k], real[k]));
		}
		return p;
	}

	/** The spectra of an impedance file, in the order taken (consecutive rows of one time form one spectrum). */
	public static List<Spectrum> read(Path file) throws IOException {
		CsvTable table = CsvTable.read(file);
		if (table.columns().size() < 4) {
			throw new ResultsFormatException(file.toString(), "has " + table.columns().size() + " columns; expected " + ResultsWriter.IMPEDANCE_HEADER);
		}
		double[] t = table.numbers(0), f = table.numbers(1), re = table.numbers(2), im = table.numbers(3);
		List<Spectrum> spectra = new ArrayList<>();
		int start = 0;
		for (int k = 1; k <= t.length; k++) {
			if (k == t.length || t[k] != t[start]) {
				spectra.add(new Spectrum(t[start], Arrays.copyOfRange(f, start, k), Arrays.copyOfRange(re, start, k), Arrays.copyOfRange(im, start, k)));
				start = k;
			}
		}
		return spectra;
	}
}
