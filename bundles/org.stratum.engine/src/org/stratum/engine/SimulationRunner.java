package org.stratum.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.stratum.dsl.resolve.StackResolutionException;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.build.FaceLengths;
import org.stratum.engine.build.ProgramBuilder;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.results.TimeSeries;
import org.stratum.model.stack.Cell;
import org.stratum.solver.cell.Impedance;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.Executor;
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

	/** What a run produced: where, how it ended, the summary's metrics. */
	public record Outcome(Path folder, RunResult result, Map<String, Object> metrics) {
	}

	private SimulationRunner() {
	}

	public static Outcome run(Simulation simulation, Path outRoot, DoubleConsumer progress, BooleanSupplier cancelled)
			throws EngineException, IOException {
		if (simulation.getModel() instanceof FrontModel) {
			throw new EngineException("simulation '" + simulation.getName()
					+ "' asks for the front (phase-field) model, which is not implemented yet; 'model stack;' runs the stack model");
		}
		Cell cell;
		try {
			cell = StackResolver.resolve(simulation.getCell());
		} catch (StackResolutionException e) {
			throw new EngineException("simulation '" + simulation.getName() + "': " + e.getMessage());
		}
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(cell);
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new EngineException("simulation '" + simulation.getName() + "': the cell has errors: " + firstError(diagnostic));
		}
		List<String> notes = new ArrayList<>();
		Calibration.Calibrated calibrated = Calibration.calibrated();
		notes.add(calibrated.note());
		FaceLengths faces = calibrated.lengths();
		CellMapper.StackInput stack = CellMapper.map(cell, faces, notes);
		StackCell input = stack.cell();
		Program program = ProgramBuilder.build(simulation.getProtocol(), input.area(), stack.cathode() == null ? Double.NaN : stack.cathode().capacity());
		TimeSeries series = new TimeSeries(progress);
		Executor executor = new Executor(new StackCellModel(input, stack.cathode()), series, cancelled);
		RunResult result = executor.run(program);
		Map<String, Object> metrics = metrics(result, series, executor, stack.cathode() != null);
		if (!series.circuits.isEmpty()) {
			metrics.put("impedance_fit", impedanceFit(series, input.area()));
		}
		Map<String, Object> summary = new LinkedHashMap<>();
		summary.put("simulation", simulation.getName());
		summary.put("cell", cell.getName());
		summary.put("protocol", program.name());
		summary.put("model", "stack");
		summary.put("status", result.status().name().toLowerCase());
		summary.put("reason", result.reason());
		summary.put("partial", result.status() == RunResult.Status.CANCELLED || result.status() == RunResult.Status.FAILED);
		summary.put("metrics", metrics);
		Map<String, Object> calibration = new LinkedHashMap<>();
		calibration.put("l_face_lithium_um", faces.lithiumMetal() * 1e6);
		calibration.put("l_face_carbon_um", faces.carbonScaffold() * 1e6);
		calibration.put("source", calibrated.provenance() == Calibration.Provenance.REUSED ? "reused from cache" : "computed");
		summary.put("calibration", calibration);
		summary.put("inputs", inputs(simulation));
		summary.put("versions", object("stratum", VERSION, "java", System.getProperty("java.version")));
		summary.put("sign_convention", "positive current plates Li on the working electrode");
		summary.put("notes", notes);
		List<String> log = new ArrayList<>(notes);
		log.add(result.status() + ": " + result.reason());
		Path folder = ResultsWriter.write(outRoot, simulation.getName(), series, input.area(), input.temperature() - 273.15,
				ResultsWriter.json(summary, "") + "\n", log);
		return new Outcome(folder, result, metrics);
	}

	static Map<String, Object> metrics(RunResult result, TimeSeries series, Executor executor, boolean fullCell) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("critical_current_density_mA_cm2", result.criticalCurrentDensity() / 10);
		m.put("short_time_h", result.shortTime() / 3600);
		m.put("cycles", result.cycles());
		m.put("end_time_h", result.endTime() / 3600);
		List<Sample> loaded = series.samples.stream().filter(s -> s.currentDensity() != 0 && !s.shorted()).toList();
		if (!fullCell) { // a symmetric cell's voltage is its overpotential
			m.put("initial_overpotential_mV", loaded.isEmpty() ? Double.NaN : Math.abs(loaded.get(0).voltage()) * 1000);
			m.put("final_overpotential_mV", loaded.isEmpty() ? Double.NaN : Math.abs(loaded.get(loaded.size() - 1).voltage()) * 1000);
		}
		double[] plated = executor.state().platedByLocation;
		double total = plated[0] + plated[1] + plated[2] + plated[3];
		Map<String, Object> where = new LinkedHashMap<>();
		String[] names = { "li_side", "inside_layer", "face_band", "inside_electrolyte" };
		for (int k = 0; k < 4; k++) {
			where.put(names[k], total > 0 ? plated[k] / total : 0.0);
		}
		m.put("li_plated_share", where);
		List<Discharge> discharges = executor.discharges();
		if (!discharges.isEmpty()) {
			List<Map<String, Object>> rows = new ArrayList<>();
			for (Discharge d : discharges) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("cycle", d.cycle());
				row.put("step", d.step());
				row.put("current_density_mA_cm2", d.currentDensity() / 10);
				row.put("capacity_mAh_cm2", d.charge() / 36000); // 1 mAh/cm2 = 36 000 C/m2
				row.put("coulombic_efficiency", d.coulombicEfficiency());
				rows.add(row);
			}
			m.put("discharge_capacities", rows);
			m.put("capacity_retention", discharges.get(discharges.size() - 1).charge() / discharges.get(0).charge());
			m.put("mean_coulombic_efficiency", discharges.stream().mapToDouble(Discharge::coulombicEfficiency).filter(Double::isFinite).average()
					.orElse(Double.NaN));
		}
		return m;
	}

	/** Element values at each spectrum, area-specific and for the cell's area (papers often give Ohm). */
	static List<Map<String, Object>> impedanceFit(TimeSeries series, double area) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int k = 0; k < series.circuits.size(); k++) {
			Impedance.Circuit c = series.circuits.get(k);
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("time_h", series.spectrumTimes.get(k) / 3600);
			row.put("R_bulk_and_layers_ohm_cm2", c.bulk() * 1e4);
			row.put("R_gb_ohm_cm2", c.grainBoundary() * 1e4);
			row.put("R_int_ohm_cm2", c.interfacial() * 1e4);
			row.put("R_int_ohm", c.interfacial() / area);
			rows.add(row);
		}
		return rows;
	}

	private static List<Object> inputs(Simulation simulation) {
		List<Object> list = new ArrayList<>();
		addHash(list, simulation.eResource().getURI());
		if (simulation.getCell().getSource() != null) {
			addHash(list, StackResolver.location(simulation.getCell()));
		}
		return list;
	}

	private static void addHash(List<Object> list, org.eclipse.emf.common.util.URI uri) {
		if (!uri.isFile()) {
			list.add(object("file", uri.toString()));
			return;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(uri.toFileString())));
			list.add(object("file", uri.toFileString(), "sha256", HexFormat.of().formatHex(digest)));
		} catch (IOException | NoSuchAlgorithmException e) {
			list.add(object("file", uri.toFileString()));
		}
	}

	private static String firstError(Diagnostic d) {
		if (d.getChildren().isEmpty()) {
			return d.getMessage();
		}
		for (Diagnostic c : d.getChildren()) {
			if (c.getSeverity() == Diagnostic.ERROR) {
				return firstError(c);
			}
		}
		return d.getMessage();
	}

	/** A JSON object whose keys keep the order written, so that summaries compare run to run (Map.of's order changes per JVM). */
	private static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int k = 0; k < keysAndValues.length; k += 2) {
			object.put((String) keysAndValues[k], keysAndValues[k + 1]);
		}
		return object;
	}
}
