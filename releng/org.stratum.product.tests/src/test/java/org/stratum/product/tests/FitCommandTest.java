package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.product.tests.InstalledStratum.Result;

/** {@code stratum fit} of the installed product on seed 000's (synthetic) current-step data, as README shows it. */
public class FitCommandTest {

	@TempDir
	Path dir;

	@Test
	public void theBareKineticsFitPrintsItsValuesWithIntervalsAndWritesItsFiles() throws Exception {
		Result r = InstalledStratum.run(dir, null, "fit", InstalledStratum.examples().resolve("seed-000/seed-000.stratum").toString(), "--fit",
				"BareKinetics", "--out", dir.resolve("results").toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("material LPSCl.exchange_current_density       0.40") && r.out().contains("(95 %: "), r.out());
		assertTrue(r.out().contains("material LPSCl.ionic_conductivity             2.00") || r.out().contains("material LPSCl.ionic_conductivity             1.99"),
				r.out());
		Path folder = dir.resolve("results/BareKinetics");
		for (String file : new String[] { "fit.json", "fitted.stacklib", "plots/overlay.png", "plots/overlay.svg", "fitted/summary.json" }) {
			assertTrue(Files.isRegularFile(folder.resolve(file)), "no " + file);
		}
	}

	@Test
	public void theBareSpectrumFitReadsTheEcLabExportAndAgreesWithTheCurrentSteps() throws Exception {
		Result r = InstalledStratum.run(dir, null, "fit", InstalledStratum.examples().resolve("seed-000/seed-000.stratum").toString(), "--fit",
				"BareSpectrum", "--out", dir.resolve("results").toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains(" Ohm RMS over 114 points"), "the real and imaginary part of 57 frequencies: " + r.out());
		assertTrue(r.out().contains("material LPSCl.exchange_current_density       0.39") || r.out().contains("material LPSCl.exchange_current_density       0.40"),
				r.out());
		assertTrue(r.out().contains("material LPSCl.ionic_conductivity             2.00") || r.out().contains("material LPSCl.ionic_conductivity             1.99"),
				r.out());
		String json = Files.readString(dir.resolve("results/BareSpectrum/fit.json"));
		assertTrue(json.contains("\"compare\": \"impedance\"") && json.contains("\"residual_unit\": \"Ohm\""), json);
	}
}
