package org.stratum.dsl.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.stratum.dsl.stratum.Fit;

/** What a fit can compare (the voltage over time, or a metric), and where its data file is. */
public final class FitSignals {

	/** The measured voltage over time, from the fit's data file. */
	public static final String VOLTAGE = "voltage";

	/** The data formats a fit reads, by the names the language writes (Battery Data Format and cycler exports). */
	public static final List<String> FORMATS = List.of("bdf", "neware", "arbin", "biologic");

	private FitSignals() {
	}

	/** The data file, relative to the .stratum file (empty when the fit names none or its file is no local file). */
	public static Optional<Path> dataFile(Fit fit) {
		if (fit.getData() == null || fit.eResource() == null) {
			return Optional.empty();
		}
		URI data = URI.createFileURI(fit.getData());
		URI base = fit.eResource().getURI();
		URI resolved = Path.of(fit.getData()).isAbsolute() || base == null ? data : URI.createURI(fit.getData()).resolve(base);
		return resolved.isFile() ? Optional.of(Path.of(resolved.toFileString())) : Optional.empty();
	}
}
