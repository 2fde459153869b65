package org.stratum.engine.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A results folder as one typed model: its summary, its time series and its impedance spectra. The command
 * line, the validation report and the workbench's results editor read runs through it.
 *
 * @param folder the results folder, {@code <out>/<simulation>}
 * @param summary what summary.json says
 * @param series the time series
 * @param spectra the impedance spectra (empty when the run measured none)
 */
public record RunFolder(Path folder, RunSummary summary, RunSeries series, List<Spectrum> spectra) {

	public RunFolder {
		spectra = List.copyOf(spectra);
	}

	/** Whether a folder holds a run's results (its summary). */
	public static boolean isRunFolder(Path folder) {
		return Files.isRegularFile(folder.resolve(SummaryJson.FILE));
	}

	/** Reads a results folder. */
	public static RunFolder read(Path folder) throws IOException {
		if (!isRunFolder(folder)) {
			throw new ResultsFormatException(folder.toString(), "has no " + SummaryJson.FILE + "; it is not a Stratum results folder");
		}
		RunSummary summary = SummaryJson.read(folder.resolve(SummaryJson.FILE));
		Path series = folder.resolve(RunSeries.FILE);
		if (!Files.isRegularFile(series)) {
			throw new ResultsFormatException(folder.toString(), "has no " + RunSeries.FILE);
		}
		Path impedance = folder.resolve(Spectrum.FILE);
		return new RunFolder(folder, summary, RunSeries.read(series), Files.isRegularFile(impedance) ? Spectrum.read(impedance) : List.of());
	}
}
