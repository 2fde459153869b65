package org.stratum.engine.results;

import java.util.ArrayList;
import java.util.List;

import org.stratum.engine.RunProgress;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.program.Recorder;

/** Collects what a run records, for the result files and the summary. */
public final class TimeSeries implements Recorder {

	public final List<Sample> samples = new ArrayList<>();
	public final List<double[][]> spectra = new ArrayList<>();
	public final List<Double> spectrumTimes = new ArrayList<>();
	/** The network's element values at each spectrum (the equivalent-circuit fit). */
	public final List<Impedance.Circuit> circuits = new ArrayList<>();
	private final java.util.function.Consumer<RunProgress> progress;
	/** Charge passed over the samples so far, C/m2. */
	private double charge;

	public TimeSeries(java.util.function.Consumer<RunProgress> progress) {
		this.progress = progress;
	}

	@Override
	public void sample(Sample sample) {
		if (!samples.isEmpty()) {
			charge += Math.abs(sample.currentDensity()) * (sample.time() - samples.get(samples.size() - 1).time());
		}
		samples.add(sample);
	}

	/** Charge passed over the samples so far, plated and stripped, C/m2. */
	public double charge() {
		return charge;
	}

	@Override
	public void impedance(double time, double[][] spectrum, Impedance.Circuit circuit) {
		spectrumTimes.add(time);
		spectra.add(spectrum);
		circuits.add(circuit);
	}

	@Override
	public void progress(double fraction) {
		Sample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
		progress.accept(new RunProgress(fraction, last == null ? 0 : last.time(), last == null ? 0 : last.cycle(), charge, 0));
	}
}
