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
import org.stratum.engine.fit.FitCancelledException;
import org.stratum.engine.fit.FitFailedException;
import org.stratum.engine.fit.FitResult;
import org.stratum.engine.fit.FitRunner;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.results.Spectrum;
import org.stratum.engine.study.PointVariants;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.units.Quantity;
import org.stratum.model.units.Unit;
import org.stratum.model.derive.Geometry;
import org.stratum.solver.program.Discharge;

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
		Fit fit = load("seed-000/sym-bare.stack", STUDY);
		double trueExchange = 0.4; // mA/cm2 at the library's reference temperature
		double trueConductivity = 2.0; // mS/cm
		Path made = synthetic(fit, Quantity.of(trueExchange, "mA/cm2"), Quantity.of(trueConductivity, "mS/cm")).folder();
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

		// the fitted values back in the user's file: the declaration the fit gives runs the fitted cell
		String declaration = result.declaration();
		assertTrue(declaration.startsWith("stack BareFitted = Bare with material LPSCl.exchange_current_density = 0.40"), declaration);
		Files.delete(dir.resolve("cell.stack"));
		Fit again = load("seed-000/sym-bare.stack", STUDY + declaration + "\nsimulation Again { cell BareFitted; protocol Steps; model stack; }\n");
		org.stratum.dsl.stratum.Simulation rerun = ((Model) again.eContainer()).getElements().stream()
				.filter(e -> e instanceof org.stratum.dsl.stratum.Simulation s && s.getName().equals("Again")).map(org.stratum.dsl.stratum.Simulation.class::cast)
				.findFirst().orElseThrow();
		RunSeries fitted = RunSeries.read(folder.resolve("fitted").resolve(RunSeries.FILE));
		RunSeries rerunSeries = RunSeries.read(SimulationRunner.run(rerun, dir.resolve("again"), p -> {
		}, () -> false).folder().resolve(RunSeries.FILE));
		assertEquals(fitted.size(), rerunSeries.size());
		for (int i = 0; i < fitted.size(); i++) {
			assertEquals(fitted.value(SeriesColumn.VOLTAGE, i), rerunSeries.value(SeriesColumn.VOLTAGE, i), 2e-4, "sample " + i);
		}
	}

	/** A full cell's fade: the electrolyte's interphase grows with time and takes the capacity at 0.5C (seed 004's cell). */
	private static final String FADE = """
			stack Full = "cell.stack";
			protocol Fade {
				sign discharge positive;
				temperature 25 degC;
				repeat 20 { charge at 0.5C until 4.2 V; discharge at 0.5C until 3.0 V; }
			}
			simulation Run { cell Full; protocol Fade; model stack; outputs voltage, capacity, summary; }
			fit Fade {
				simulation Run;
				data "cycler.csv" format arbin;
				column cycle = "Cycle";
				column capacity = "Discharge Capacity (mAh)" in mAh;
				vary material LGPS.growth_constant from 1e3 Ohm2*cm4/h to 1e5 Ohm2*cm4/h log;
				vary material LCO-LNO.specific_capacity from 100 mAh/g to 160 mAh/g;
				compare capacity;
			}
			""";

	private static final Unit MILLIAMP_HOURS = Unit.parse("mAh");
	private static final Unit MILLIVOLTS = Unit.parse("mV");

	@Test
	public void aCapacityFadeGivesBackTheInterphaseGrowthAndTheCathodeCapacityFromACyclerExport() throws Exception {
		Fit fit = load("seed-004/full-lco-lno-bare-li.stack", FADE);
		double trueGrowth = 3e3; // Ohm2 cm4/h (the search starts at 1e4, the middle of its log range)
		double trueCapacity = 145; // mAh/g (the search starts at 130)
		SimulationRunner.Outcome made = synthetic(fit, Quantity.of(trueGrowth, "Ohm2*cm4/h"), Quantity.of(trueCapacity, "mAh/g"));
		// a cycler's per-cycle export with its own column names (the fit's columns map them), 0.2 % noise on each capacity
		double area = Geometry.normalisationArea(SimulationRunner.resolve(fit.getSimulation()));
		Random noise = new Random(3);
		List<String> csv = new ArrayList<>(List.of("Cycle,Charge Capacity (mAh),Discharge Capacity (mAh)"));
		List<Discharge> discharges = made.metrics().discharges();
		for (int k = 0; k < discharges.size(); k++) {
			double mAh = MILLIAMP_HOURS.fromSI(discharges.get(k).charge() * area);
			csv.add(String.format(Locale.ROOT, "%d,%.6g,%.6g", k + 1, mAh * 1.01, mAh * (1 + 0.002 * noise.nextGaussian())));
		}
		Files.write(dir.resolve("cycler.csv"), csv);

		FitResult result = FitRunner.run(fit, dir.resolve("results"));
		FitResult.FittedValue growth = result.values().get(0);
		FitResult.FittedValue capacity = result.values().get(1);
		assertTrue(growth.low() <= trueGrowth && trueGrowth <= growth.high(), "growth constant " + growth);
		assertTrue(capacity.low() <= trueCapacity && trueCapacity <= capacity.high(), "specific capacity " + capacity);
		assertEquals(trueGrowth, growth.value(), 0.15 * trueGrowth);
		assertEquals(trueCapacity, capacity.value(), 0.02 * trueCapacity);
		assertEquals(20, result.points(), "one value per discharge");
		assertTrue(result.evaluations() > 6, "the search moved from its start: " + result.evaluations() + " simulations");
		assertEquals("mAh/cm2", result.residualUnit());
		assertTrue(result.residualShown() < 5e-3, "the residual is the noise: " + result.residualShown());
		assertTrue(Files.isRegularFile(dir.resolve("results/Fade/plots/overlay.png")));
	}

	/** A symmetric cell's spectrum: the bulk arc gives the conductivity, the face's arc the exchange current. */
	private static final String SPECTRUM = """
			stack Bare = "cell.stack";
			protocol Eis { sign plating positive; temperature 25 degC; eis from 1 MHz to 0.1 Hz points 8 per decade amplitude 10 mV; }
			simulation Run { cell Bare; protocol Eis; model stack; outputs impedance, summary; }
			fit Spectrum {
				simulation Run;
				data "eis.txt" format biologic;
				vary material LPSCl.exchange_current_density from 0.05 mA/cm2 to 5 mA/cm2 log;
				vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log;
				compare impedance;
			}
			""";

	@Test
	public void anImpedanceSpectrumGivesBackTheExchangeCurrentAndTheConductivity() throws Exception {
		Fit fit = load("seed-000/sym-bare.stack", SPECTRUM);
		double trueExchange = 2; // mA/cm2 (the search starts at 0.5, the middle of its log range)
		double trueConductivity = 0.8; // mS/cm (the search starts at 2.2)
		Path made = synthetic(fit, Quantity.of(trueExchange, "mA/cm2"), Quantity.of(trueConductivity, "mS/cm")).folder();
		Spectrum spectrum = Spectrum.read(made.resolve(Spectrum.FILE)).get(0);
		// an EC-Lab text export (tab separated, -Im(Z) as EC-Lab writes it) with 1 % noise on each part
		Random noise = new Random(11);
		List<String> lines = new ArrayList<>(List.of("freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm"));
		for (int k = 0; k < spectrum.frequency().length; k++) {
			double z = Math.hypot(spectrum.real()[k], spectrum.imaginary()[k]);
			lines.add(String.format(Locale.ROOT, "%.6g\t%.6g\t%.6g", spectrum.frequency()[k], spectrum.real()[k] + 0.01 * z * noise.nextGaussian(),
					-spectrum.imaginary()[k] + 0.01 * z * noise.nextGaussian()));
		}
		Files.write(dir.resolve("eis.txt"), lines);

		FitResult result = FitRunner.run(fit, dir.resolve("results"));
		FitResult.FittedValue exchange = result.values().get(0);
		FitResult.FittedValue conductivity = result.values().get(1);
		assertTrue(exchange.low() <= trueExchange && trueExchange <= exchange.high(), "exchange current " + exchange);
		assertTrue(conductivity.low() <= trueConductivity && trueConductivity <= conductivity.high(), "conductivity " + conductivity);
		assertEquals(trueExchange, exchange.value(), 0.1 * trueExchange);
		assertEquals(trueConductivity, conductivity.value(), 0.1 * trueConductivity);
		assertEquals(2 * spectrum.frequency().length, result.points(), "the real and the imaginary part of each point");
		assertTrue(result.evaluations() > 6, "the search moved from its start: " + result.evaluations() + " simulations");
		assertEquals("Ohm", result.residualUnit());
		assertTrue(Files.isRegularFile(dir.resolve("results/Spectrum/plots/overlay.png")));
	}

	/** One measured number fixes one quantity: the first overpotential of a bare cell fixes the electrolyte's conductivity. */
	private static final String METRIC = """
			stack Bare = "cell.stack";
			protocol Plate { sign plating positive; temperature 25 degC; plate at 1 mA/cm2 for 0.1 mAh/cm2; }
			simulation Run { cell Bare; protocol Plate; model stack; }
			fit Overpotential {
				simulation Run;
				vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log;
				compare initial_overpotential = %s mV;
			}
			""";

	@Test
	public void aMeasuredMetricGivesBackTheOneQuantityItDependsOn() throws Exception {
		double trueConductivity = 3.3; // mS/cm
		Fit truth = load("seed-000/sym-bare.stack", METRIC.formatted("1"));
		double measured = MILLIVOLTS.fromSI(synthetic(truth, Quantity.of(trueConductivity, "mS/cm")).metrics().initialOverpotential());
		Files.delete(dir.resolve("cell.stack"));
		Fit fit = load("seed-000/sym-bare.stack", METRIC.formatted(String.format(Locale.ROOT, "%.6g", measured)));

		FitResult result = FitRunner.run(fit, dir.resolve("results"));
		FitResult.FittedValue conductivity = result.values().get(0);
		assertEquals(trueConductivity, conductivity.value(), 0.01 * trueConductivity, "Brent's search finds it: " + conductivity);
		assertTrue(Double.isNaN(conductivity.low()), "one number gives no interval");
		assertEquals("mV", result.residualUnit());
		assertTrue(result.residualShown() < 0.01 * measured, "the fitted run reproduces the number: " + result.residualShown() + " mV of " + measured);
		assertTrue(Files.readString(dir.resolve("results/Overpotential/fitted.stacklib")).contains("fitted to initial_overpotential = "));
	}

	@Test
	public void aCancelledFitStopsAtOnceAndWritesNothing() throws Exception {
		Fit fit = load("seed-000/sym-bare.stack", METRIC.formatted("5"));
		java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
		FitCancelledException e = org.junit.jupiter.api.Assertions.assertThrows(FitCancelledException.class,
				() -> FitRunner.run(fit, dir.resolve("results"), runs::set, () -> runs.get() >= 3));
		assertEquals(3, runs.get(), "no simulation after the cancel");
		assertTrue(e.getMessage().contains("cancelled after 3 simulations"), e.getMessage());
		assertTrue(!Files.exists(dir.resolve("results/Overpotential/fit.json")), "nothing written");
	}

	@Test
	public void dataThatDoNotDetermineAQuantityOrASignalTheCellCannotGiveAreTheFitsErrorNamed() throws Exception {
		Fit useless = load("seed-000/sym-bare.stack", SPECTRUM.replace("vary material LPSCl.exchange_current_density from 0.05 mA/cm2 to 5 mA/cm2 log;",
				"vary material LPSCl.youngs_modulus from 10 GPa to 30 GPa;"));
		Path made = synthetic(useless, Quantity.of(20, "GPa"), Quantity.of(1, "mS/cm")).folder();
		Spectrum spectrum = Spectrum.read(made.resolve(Spectrum.FILE)).get(0);
		List<String> lines = new ArrayList<>(List.of("freq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm"));
		for (int k = 0; k < spectrum.frequency().length; k++) {
			lines.add(spectrum.frequency()[k] + "\t" + spectrum.real()[k] * 1.01 + "\t" + -spectrum.imaginary()[k]);
		}
		Files.write(dir.resolve("eis.txt"), lines);
		FitFailedException flat = org.junit.jupiter.api.Assertions.assertThrows(FitFailedException.class, () -> FitRunner.run(useless, dir.resolve("results")));
		assertTrue(flat.getMessage().contains("does not change with material LPSCl.youngs_modulus within the bounds"), flat.getMessage());

		Files.delete(dir.resolve("cell.stack"));
		Fit symmetric = load("seed-000/sym-bare.stack", STUDY.replace("compare voltage;", "compare capacity;"));
		Files.write(dir.resolve("measured.csv"), List.of("Test Time / s,Voltage / V,Current / A", "0,0,0", "60,-0.01,-1e-4", "120,-0.01,-1e-4", "180,0,0"));
		FitFailedException noCathode = org.junit.jupiter.api.Assertions.assertThrows(FitFailedException.class,
				() -> FitRunner.run(symmetric, dir.resolve("results")));
		assertTrue(noCathode.getMessage().contains("compare capacity needs a full cell"), noCathode.getMessage());
	}

	/** The fit of a study file whose cell is the example's .stack. */
	private Fit load(String stack, String study) throws Exception {
		try (InputStream in = Examples.open(stack)) {
			Files.copy(in, dir.resolve("cell.stack"));
		}
		Files.writeString(dir.resolve("study.stratum"), study);
		XtextResourceSet set = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		XtextResource r = (XtextResource) set.getResource(URI.createFileURI(dir.resolve("study.stratum").toString()), true);
		assertTrue(r.getErrors().isEmpty(), () -> "the study parses: " + r.getErrors());
		return (Fit) ((Model) r.getContents().get(0)).getElements().stream().filter(Fit.class::isInstance).findFirst().orElseThrow();
	}

	/** The run of the fit's simulation at the given values of its quantities: the synthetic truth. */
	private SimulationRunner.Outcome synthetic(Fit fit, Quantity... values) throws Exception {
		var truth = new PointVariants(fit.getSimulation(), fit.getFactors(), "truth").variant(new SweepDesign.Point(0, List.of(values)), "truth");
		return SimulationRunner.run(fit.getSimulation(), truth, dir.resolve("synthetic"), p -> {
		}, f -> {
		}, () -> false);
	}
}
