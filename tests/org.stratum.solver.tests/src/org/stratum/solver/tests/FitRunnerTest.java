package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.fit.FitResult;
import org.stratum.engine.fit.FitRunner;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.study.PointVariants;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.units.Quantity;

/**
 * A fit recovers what made its data: a synthetic data set of a bare Li|LPSCl|Li cell, made with a known exchange
 * current and electrolyte conductivity and 0.2 mV of noise, fitted back from bounds a decade or two wide.
 */
public class FitRunnerTest {

	@TempDir
	Path dir;

	/** Current steps at -5 degC, up to twice the exchange current: the face's Butler-Volmer bend separates it from the ohmic drop. */
	private static final String STUDY = """
			stack Bare = "cell.stack";
			protocol Steps {
				sign plating positive;
				temperature -5 degC;
				log every 30 s;
				plate at 0.1 mA/cm2 for 0.05 mAh/cm2; strip at 0.1 mA/cm2 for 0.05 mAh/cm2;
				plate at 0.5 mA/cm2 for 0.05 mAh/cm2; strip at 0.5 mA/cm2 for 0.05 mAh/cm2;
				plate at 1 mA/cm2 for 0.05 mAh/cm2; strip at 1 mA/cm2 for 0.05 mAh/cm2;
				plate at 2 mA/cm2 for 0.05 mAh/cm2; strip at 2 mA/cm2 for 0.05 mAh/cm2;
			}
			simulation Run { cell Bare; protocol Steps; model stack; }
			fit Kinetics {
				simulation Run;
				data "measured.csv";
				vary material LPSCl.exchange_current_density from 0.05 mA/cm2 to 5 mA/cm2 log;
				vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log;
				compare voltage;
			}
			""";

	@Test
	public void theExchangeCurrentAndConductivityComeBackWithinTheirIntervals() throws Exception {
		try (InputStream in = Examples.open("seed-000/sym-bare.stack")) {
			Files.copy(in, dir.resolve("cell.stack"));
		}
		Files.writeString(dir.resolve("study.stratum"), STUDY);
		XtextResourceSet set = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		XtextResource r = (XtextResource) set.getResource(URI.createFileURI(dir.resolve("study.stratum").toString()), true);
		Fit fit = (Fit) ((Model) r.getContents().get(0)).getElements().stream().filter(Fit.class::isInstance).findFirst().orElseThrow();

		double trueExchange = 0.4; // mA/cm2 at the library's reference temperature
		double trueConductivity = 2.0; // mS/cm
		var truth = new PointVariants(fit.getSimulation(), fit.getFactors(), "truth")
				.variant(new SweepDesign.Point(0, List.of(Quantity.of(trueExchange, "mA/cm2"), Quantity.of(trueConductivity, "mS/cm"))), "truth");
		Path made = SimulationRunner.run(fit.getSimulation(), truth, dir.resolve("synthetic"), p -> {
		}, f -> {
		}, () -> false).folder();
		RunSeries series = RunSeries.read(made.resolve(RunSeries.FILE));
		Random noise = new Random(7);
		List<String> csv = new ArrayList<>(List.of("Test Time / s,Voltage / V,Current / A"));
		for (int i = 0; i < series.size(); i++) {
			csv.add(String.format(Locale.ROOT, "%.3f,%.7f,%.6g", series.value(SeriesColumn.TIME, i),
					series.value(SeriesColumn.VOLTAGE, i) + 2e-4 * noise.nextGaussian(), series.value(SeriesColumn.CURRENT, i)));
		}
		Files.write(dir.resolve("measured.csv"), csv);

		FitResult result = FitRunner.run(fit, dir.resolve("results"));
		FitResult.FittedValue exchange = result.values().get(0);
		FitResult.FittedValue conductivity = result.values().get(1);
		assertEquals("mA/cm2", exchange.unit());
		assertTrue(exchange.low() <= trueExchange && trueExchange <= exchange.high(), "exchange current " + exchange);
		assertTrue(conductivity.low() <= trueConductivity && trueConductivity <= conductivity.high(), "conductivity " + conductivity);
		// the steps up to 2 mA/cm2 bend the face's polarisation away from the ohmic line: both come out to a few per cent
		assertTrue(exchange.high() / exchange.low() < 1.2 && conductivity.high() / conductivity.low() < 1.2, "intervals that say something: " + result.values());
		assertEquals(trueExchange, exchange.value(), 0.1 * trueExchange);
		assertEquals(trueConductivity, conductivity.value(), 0.1 * trueConductivity);
		assertTrue(result.residualRms() < 4e-4, "the residual is the noise (0.2 mV): " + result.residualRms());

		Path folder = dir.resolve("results/Kinetics");
		String json = Files.readString(folder.resolve("fit.json"));
		assertTrue(json.contains("\"quantity\": \"material LPSCl.exchange_current_density\"") && json.contains("\"ci95_low\""), json);
		assertTrue(Files.isRegularFile(folder.resolve("plots/overlay.png")) && Files.isRegularFile(folder.resolve("fitted/summary.json")));
		String library = Files.readString(folder.resolve("fitted.stacklib"));
		assertTrue(library.contains("FIT-Kinetics") && library.contains("fitted to measured.csv by stratum fit"), library);
		assertTrue(library.contains("materials id=\"LPSCl\""), library);
	}
}
