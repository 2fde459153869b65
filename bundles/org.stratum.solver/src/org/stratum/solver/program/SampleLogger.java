package org.stratum.solver.program;

import java.util.function.Supplier;

/** Passes samples to the recorder no more often than the protocol's logging period, except where forced. */
public final class SampleLogger {

	private final Recorder recorder;
	private double period;
	private double lastLog = Double.NEGATIVE_INFINITY;

	SampleLogger(Recorder recorder) {
		this.recorder = recorder;
	}

	void setPeriod(double seconds) {
		this.period = seconds;
	}

	/** The logging period, s. */
	public double period() {
		return period;
	}

	/** Time of the latest logged sample, s (negative infinity before the first). */
	public double lastLogTime() {
		return lastLog;
	}

	/** Logs the sample of the state at time t when a period has passed since the last one, or when forced. */
	public void log(double time, boolean force, Supplier<Recorder.Sample> sample) {
		if (!force && time - lastLog < period * 0.999) {
			return;
		}
		lastLog = time;
		recorder.sample(sample.get());
	}
}
