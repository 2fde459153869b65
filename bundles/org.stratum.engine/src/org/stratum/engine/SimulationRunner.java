package org.stratum.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.resolve.StackResolutionException;
import org.stratum.dsl.resolve.FrontChoices;
import org.stratum.dsl.resolve.FrontDomains;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.NucleationBarrier;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.build.FaceLengths;
import org.stratum.engine.build.FrontMapper;
import org.stratum.engine.build.ProgramBuilder;
import org.stratum.engine.build.ProtocolValues;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.FrontFrames;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.RunSummary;
import org.stratum.engine.results.TimeSeries;
import org.stratum.engine.study.Verdicts;
import org.stratum.model.stack.Cell;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Unit;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.FrontSimulatedCell;
import org.stratum.solver.program.SimulatedCell;
import org.stratum.solver.program.StackSimulatedCell;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.Recorder.Sample;
import org.stratum.solver.program.RunResult;

/**
 * Runs a simulation of a .stratum file: resolves its cell (metamodel) and protocol (language) into the
 * solver's SI input, runs the executor with progress and cancellation, and writes
 * {@code <out>/<simulation>/} atomically. A cancelled run leaves a valid partial result marked as such.
 */
public final class SimulationRunner {

	public static final String VERSION = "0.1.0";

	/** What a run produced: where, how it ended, its summary as written to summary.json, and whether the cell was a full cell. */
	public record Outcome(Path folder, RunResult result, RunSummary summary, boolean fullCell) {

		/** The run's headline metrics (SI). */
		public RunMetrics metrics() {
			return summary.metrics();
		}
	}

	private static final Unit CELSIUS = Unit.parse("degC");

	private SimulationRunner() {
	}

	/** The front model's domain as the simulation writes it, with the defaults for what it leaves out. */
	static FrontMapper.Domain domain(FrontModel front) {
		FrontDomains.Size size = FrontDomains.size(front);
		return new FrontMapper.Domain(size.width(), size.height(), size.spacing(), front.getSeed() == 0 ? 1 : (long) front.getSeed());
	}

	/** Runs a simulation into {@code <outRoot>/<simulation>/}, telling {@code progress} how far it has got. */
	public static Outcome run(Simulation simulation, Path outRoot, Consumer<RunProgress> progress, BooleanSupplier cancelled)
			throws EngineException, IOException {
		return run(simulation, outRoot, progress, frame -> {
		}, cancelled);
	}

	/** Runs a simulation as {@link #run(Simulation, Path, Consumer, BooleanSupplier)}, telling {@code frames} of each front-model frame as it is taken. */
	public static Outcome run(Simulation simulation, Path outRoot, Consumer<RunProgress> progress, Consumer<FrontFrames.Taken> frames, BooleanSupplier cancelled)
			throws EngineException, IOException {
		return run(simulation, Variant.of(simulation), outRoot, progress, frames, cancelled);
	}

	/**
	 * What one run of a simulation simulates: its cell (resolved, perhaps varied further), replacements of some of
	 * its protocol's quantities, what the run log should say about them, and where and how its folder is written.
	 *
	 * @param cell the resolved cell, the run's own
	 * @param protocolValues quantities and repeat counts of the protocol replaced for this run
	 * @param notes what was varied, for run.log and summary.json
	 * @param folder the results folder's name under the output folder
	 * @param plots whether the run draws its plots (a sweep's points leave them to the sweep)
	 */
	public record Variant(Cell cell, ProtocolValues protocolValues, List<String> notes,
			String folder, boolean plots) {

		public Variant {
			notes = List.copyOf(notes);
		}

		/** The simulation as its file writes it. */
		public static Variant of(Simulation simulation) throws EngineException {
			List<String> notes = new ArrayList<>();
			for (StackDeclaration d = simulation.getCell(); d != null; d = d.getBase()) {
				if (!d.getVariations().isEmpty()) { // what was varied goes with the results: the .stack file alone does not say
					notes.add("cell " + d.getName() + ": " + NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(d)));
				}
			}
			return new Variant(resolve(simulation), ProtocolValues.NONE, notes, simulation.getName(), true);
		}
	}

	/** The simulation's cell, resolved from its declaration. */
	public static Cell resolve(Simulation simulation) throws EngineException {
		try {
			return StackResolver.resolve(simulation.getCell());
		} catch (StackResolutionException e) {
			throw new EngineException("simulation '" + simulation.getName() + "': " + e.getMessage(), e.where() != null ? e.where() : simulation.getCell());
		}
	}

	/** Runs one variant of a simulation into {@code <outRoot>/<variant's folder>/}. */
	public static Outcome run(Simulation simulation, Variant variant, Path outRoot, Consumer<RunProgress> progress, Consumer<FrontFrames.Taken> frames,
			BooleanSupplier cancelled) throws EngineException, IOException {
		Cell cell = variant.cell();
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(cell);
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			Diagnostic first = firstError(diagnostic);
			EObject where = first.getData().stream().filter(EObject.class::isInstance).map(EObject.class::cast).findFirst().orElse(simulation.getCell());
			throw new EngineException("simulation '" + simulation.getName() + "': the cell has errors: " + first.getMessage(), where);
		}
		List<String> notes = new ArrayList<>(variant.notes());
		Calibration.Calibrated calibrated = Calibration.calibrated();
		notes.add(calibrated.note());
		FaceLengths faces = calibrated.lengths();
		double temperature = cell.getTemperature() == null ? Double.NaN : cell.getTemperature().toSI();
		// the front model is built after the series it reports to; its work done joins the progress once it exists
		AtomicReference<org.stratum.solver.front.FrontModel> field = new AtomicReference<>();
		TimeSeries series = new TimeSeries(p -> progress.accept(field.get() == null ? p : p.withCellUpdates(field.get().cellUpdates())));
		Built built;
		if (simulation.getModel() instanceof FrontModel front) {
			FrontMapper.FrontInput input = FrontMapper.map(cell, domain(front), mechanisms(front), front, faces, notes);
			field.set(input.cell().model());
			Files.createDirectories(outRoot);
			built = new Built(input.cell(), input.area(), Double.NaN, false, new FrontFrames(series, input.cell().model(), input.map(), schedule(front),
					Files.createTempDirectory(outRoot, "." + simulation.getName() + "-frames-"), frames), (int) front.getThreads());
		} else {
			CellMapper.StackInput stack = CellMapper.map(cell, faces, notes);
			boolean full = stack.cathode() != null;
			built = new Built(new StackSimulatedCell(new StackCellModel(stack.cell(), stack.cathode())), stack.cell().area(),
					full ? stack.cathode().capacity() : Double.NaN, full, null, 0);
		}
		try {
			return run(simulation, variant, cell, outRoot, built, series, temperature, notes, calibrated, cancelled);
		} finally {
			if (built.frames() != null) {
				built.frames().close(); // the scratch folder of frames, emptied into the results or left by a failure
			}
		}
	}

	/**
	 * A cell model built for a simulation.
	 *
	 * @param model the model the executor drives
	 * @param area m2 of the cell
	 * @param capacity C/m2 of a full cell, for its C-rates (NaN for a symmetric cell)
	 * @param fullCell whether the cell has a cathode
	 * @param frames the front model's frames (null for the stack model)
	 * @param threads the threads the model's grids are worked on (0: every core)
	 */
	private record Built(SimulatedCell model, double area, double capacity, boolean fullCell, FrontFrames frames, int threads) {
	}

	/** Which logged samples of a front run become frames: a count spread over the run, or every so much time or charge. */
	static FrontFrames.Schedule schedule(FrontModel front) {
		if (front.getFrameInterval() != null) {
			double interval = Quantities.si(front.getFrameInterval());
			return Dimension.TIME.equals(Quantities.unit(front.getFrameInterval()).dimension()) ? new FrontFrames.Schedule.EveryTime(interval)
					: new FrontFrames.Schedule.EveryCharge(interval);
		}
		return new FrontFrames.Schedule.Spread(front.getFrames() > 0 ? (int) front.getFrames() : FrontDomains.DEFAULT_FRAMES);
	}

	/** The front model's mechanisms as the simulation switches them, each on unless written off. */
	static FrontMapper.Mechanisms mechanisms(FrontModel front) {
		return new FrontMapper.Mechanisms(FrontChoices.morphology(front.getMorphology()).orElse(null), !"off".equals(front.getNucleation()),
				FrontChoices.interphase(front.getInterphase()).orElse(FrontChoices.Interphase.NONE), !"off".equals(front.getReactions()),
				!"off".equals(front.getCracks()), barriers(front), front.getVoidFraction() == null || front.getVoidSize() == null ? FrontMapper.Voids.NONE
						: new FrontMapper.Voids(Quantities.si(front.getVoidFraction()), Quantities.si(front.getVoidSize())),
				front.getFlawSpread() == null ? 0 : Quantities.si(front.getFlawSpread()));
	}

	/** The nucleation barrier (V) the simulation gives each material, by id. */
	private static Map<String, Double> barriers(FrontModel front) {
		Map<String, Double> barriers = new java.util.LinkedHashMap<>();
		for (NucleationBarrier b : front.getBarriers()) {
			barriers.put(b.getMaterial().getId(), Quantities.si(b.getBarrier()));
		}
		return barriers;
	}

	/** Runs a built cell model through the protocol and writes its results folder. */
	private static Outcome run(Simulation simulation, Variant variant, Cell cell, Path outRoot, Built built, TimeSeries series, double temperature,
			List<String> notes, Calibration.Calibrated calibrated, BooleanSupplier cancelled) throws IOException {
		FaceLengths faces = calibrated.lengths();
		Program program = ProgramBuilder.build(simulation.getProtocol(), built.area(), built.capacity(), variant.protocolValues());
		Executor executor = new Executor(built.model(), built.frames() != null ? built.frames() : series, cancelled);
		RunResult result = built.threads() > 0 ? onThreads(built.threads(), () -> executor.run(program)) : executor.run(program);
		RunMetrics metrics = metrics(result, series, executor, built.fullCell(), built.area());
		RunSummary summary = new RunSummary(simulation.getName(), cell.getName(), program.name(), built.frames() != null ? "front" : "stack", result.status(),
				result.reason(), result.status() == RunResult.Status.CANCELLED || result.status() == RunResult.Status.FAILED, metrics,
				new RunSummary.Calibration(faces.lithiumMetal(), faces.carbonScaffold(),
						calibrated.provenance() == Calibration.Provenance.REUSED ? "reused from cache" : "computed"),
				inputs(simulation), VERSION, System.getProperty("java.version"), notes, Verdicts.of(simulation.getExpectations(), metrics));
		List<String> log = new ArrayList<>(notes);
		log.add(result.status() + ": " + result.reason());
		Path folder = ResultsWriter.write(outRoot, new ResultsWriter.Layout(variant.folder(), variant.plots()), summary, series, built.area(),
				CELSIUS.fromSI(temperature), log, built.frames() == null ? f -> {
				} : built.frames()::writeInto);
		return new Outcome(folder, result, summary, built.fullCell());
	}

	/** Runs the work on a pool of its own, whose threads the grids' row loops then share (Rows works in the caller's pool). */
	private static RunResult onThreads(int threads, java.util.concurrent.Callable<RunResult> work) {
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			return pool.submit(work).get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the run's threads", e);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			if (e.getCause() instanceof Error err) {
				throw err;
			}
			throw new IllegalStateException(e.getCause());
		} finally {
			pool.shutdown();
		}
	}

	static RunMetrics metrics(RunResult result, TimeSeries series, Executor executor, boolean fullCell, double area) {
		List<Sample> loaded = series.samples.stream().filter(s -> s.currentDensity() != 0 && !s.shorted()).toList();
		double first = Double.NaN;
		double last = Double.NaN;
		if (!fullCell && !loaded.isEmpty()) { // a symmetric cell's voltage is its overpotential
			first = Math.abs(loaded.get(0).voltage());
			last = Math.abs(loaded.get(loaded.size() - 1).voltage());
		}
		double[] plated = executor.cell() instanceof FrontSimulatedCell front ? front.model().state().plated() : executor.state().platedByLocation;
		double total = plated[0] + plated[1] + plated[2] + plated[3];
		double[] share = new double[4];
		for (int k = 0; k < 4; k++) {
			share[k] = total > 0 ? plated[k] / total : 0.0;
		}
		List<Discharge> discharges = executor.discharges();
		double retention = Double.NaN;
		double efficiency = Double.NaN;
		if (!discharges.isEmpty()) {
			retention = discharges.get(discharges.size() - 1).charge() / discharges.get(0).charge();
			efficiency = discharges.stream().mapToDouble(Discharge::coulombicEfficiency).filter(Double::isFinite).average().orElse(Double.NaN);
		}
		List<RunMetrics.CircuitFit> fits = new ArrayList<>();
		for (int k = 0; k < series.circuits.size(); k++) {
			Impedance.Circuit c = series.circuits.get(k);
			fits.add(new RunMetrics.CircuitFit(series.spectrumTimes.get(k), c.bulk(), c.grainBoundary(), c.interfacial(), area));
		}
		return new RunMetrics(result.criticalCurrentDensity(), result.shortTime(), result.cycles(), result.endTime(), result.failure(), first, last,
				new RunMetrics.PlatedShares(share[0], share[1], share[2], share[3]), discharges, retention, efficiency, fits);
	}

	/** The files a run of the simulation reads (its .stratum file and its cell's .stack file), each with its hash now. */
	public static List<RunSummary.InputFile> inputs(Simulation simulation) {
		List<RunSummary.InputFile> list = new ArrayList<>();
		list.add(hashed(simulation.eResource().getURI()));
		if (simulation.getCell().getSource() != null) {
			list.add(hashed(StackResolver.location(simulation.getCell())));
		}
		return list;
	}

	/** The input with its hash; a workspace (platform:/resource) URI is hashed through the file it resolves to. */
	private static RunSummary.InputFile hashed(org.eclipse.emf.common.util.URI input) {
		org.eclipse.emf.common.util.URI uri = org.eclipse.emf.common.CommonPlugin.resolve(input);
		return uri.isFile() ? RunSummary.InputFile.hashed(Path.of(uri.toFileString())) : new RunSummary.InputFile(uri.toString(), null);
	}

	/** The first error among a diagnostic's leaves (the diagnostic itself when it has none). */
	private static Diagnostic firstError(Diagnostic d) {
		for (Diagnostic c : d.getChildren()) {
			if (c.getSeverity() == Diagnostic.ERROR) {
				return firstError(c);
			}
		}
		return d;
	}
}
