package org.stratum.dsl.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.stratum.dsl.stratum.Fit;

/** The data formats a fit reads, which of them name impedance columns by default, and where a fit's data file is. */
public final class FitSignals {

	/** The data formats a fit reads, by the names the language writes (Battery Data Format and cycler exports). */
	public static final List<String> FORMATS = List.of("bdf", "neware", "arbin", "biologic");

	/**
	 * The formats whose exports name the impedance columns by default (EC-Lab's freq/Hz, Re(Z)/Ohm, -Im(Z)/Ohm; the
	 * engine's CyclerFormat holds the names); in any other a spectrum's columns must be written.
	 */
	public static final List<String> SPECTRUM_FORMATS = List.of("biologic");

	private FitSignals() {
	}

	/** The format the fit names, or the Battery Data Format when it names none. */
	public static String format(Fit fit) {
		return fit.getFormat() == null ? FORMATS.get(0) : fit.getFormat();
	}

	/** The data file, relative to the .stratum file (empty when the fit names none or its file is not on this machine). */
	public static Optional<Path> dataFile(Fit fit) {
		if (fit.getData() == null || fit.eResource() == null) {
			return Optional.empty();
		}
		URI data = URI.createFileURI(fit.getData());
		URI base = fit.eResource().getURI();
		// a workspace file's platform:/resource URI becomes a file: URI when the platform runs (as for .stack files)
		URI resolved = CommonPlugin.resolve(Path.of(fit.getData()).isAbsolute() || base == null ? data : URI.createURI(fit.getData()).resolve(base));
		return resolved.isFile() ? Optional.of(Path.of(resolved.toFileString())) : Optional.empty();
	}
}
