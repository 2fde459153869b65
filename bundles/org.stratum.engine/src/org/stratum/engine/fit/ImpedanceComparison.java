package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.results.Plots;
import org.stratum.engine.results.Spectrum;

/**
 * An impedance spectrum: the real and imaginary parts of the run's last simulated spectrum at each measured
 * frequency (interpolated in log frequency), each residual weighted by 1/|Z|^2 of the measured point (modulus
 * weighting, so that the high-frequency bulk arc and the low-frequency interface count alike).
 */
final class ImpedanceComparison implements Comparison {

	private final Path source;
	private final Spectrum measured;

	private ImpedanceComparison(Path source, Spectrum measured) {
		this.source = source;
		this.measured = measured;
	}

	static ImpedanceComparison of(FitData data) throws IOException {
		double[][] v = data.read(ColumnRole.FREQUENCY, ColumnRole.REAL, ColumnRole.IMAGINARY);
		return new ImpedanceComparison(data.file(), new Spectrum(0, v[0], v[1], v[2]));
	}

	@Override
	public double[] measured() {
		return concat(measured.real(), measured.imaginary());
	}

	@Override
	public double[] weights() {
		double[] modulus = measured.modulus();
		double[] w = new double[2 * modulus.length];
		for (int k = 0; k < modulus.length; k++) {
			w[k] = w[k + modulus.length] = 1 / (modulus[k] * modulus[k]);
		}
		return w;
	}

	@Override
	public double[] simulated(SimulationRunner.Outcome run) throws IOException {
		Spectrum last = last(run);
		double[] logF = logOfAscending(last.frequency());
		double[] at = java.util.Arrays.stream(measured.frequency()).map(Math::log10).toArray();
		return concat(Interpolation.linear(logF, ascending(last.frequency(), last.real()), at),
				Interpolation.linear(logF, ascending(last.frequency(), last.imaginary()), at));
	}

	@Override
	public String unit() {
		return "Ohm";
	}

	@Override
	public Path source() {
		return source;
	}

	@Override
	public Path overlay(Path folder, Fit fit, SimulationRunner.Outcome fitted) throws IOException {
		Spectrum last = last(fitted);
		Path base = Files.createDirectories(folder.resolve("plots")).resolve("overlay");
		Plots.nyquist(base, fit.getName() + ": measured and fitted impedance",
				List.of(new Plots.Curve("measured", measured.real(), negated(measured.imaginary()), true),
						new Plots.Curve("fitted", last.real(), negated(last.imaginary()))));
		return base.resolveSibling("overlay.png");
	}

	/** The run's last spectrum; a run that took none cannot be compared. */
	private static Spectrum last(SimulationRunner.Outcome run) throws IOException {
		Path file = run.folder().resolve(Spectrum.FILE);
		List<Spectrum> spectra = Files.isRegularFile(file) ? Spectrum.read(file) : List.of();
		if (spectra.isEmpty()) {
			throw new FitFailedException("simulation " + run.summary().simulation() + " took no impedance spectrum; its protocol needs an 'eis' step", null);
		}
		return spectra.get(spectra.size() - 1);
	}

	/** log10 of the frequencies, ascending (a sweep runs from high to low). */
	private static double[] logOfAscending(double[] frequency) {
		return ascending(frequency, java.util.Arrays.stream(frequency).map(Math::log10).toArray());
	}

	/** The values reordered so that their frequencies ascend. */
	private static double[] ascending(double[] frequency, double[] values) {
		if (frequency.length < 2 || frequency[0] <= frequency[frequency.length - 1]) {
			return values;
		}
		double[] out = new double[values.length];
		for (int k = 0; k < values.length; k++) {
			out[k] = values[values.length - 1 - k];
		}
		return out;
	}

	private static double[] negated(double[] values) {
		return java.util.Arrays.stream(values).map(v -> -v).toArray();
	}

	private static double[] concat(double[] a, double[] b) {
		double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}
}
