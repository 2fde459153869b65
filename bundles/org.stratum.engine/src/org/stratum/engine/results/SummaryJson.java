package org.stratum.engine.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.stratum.engine.results.RunMetrics.CircuitFit;
import org.stratum.engine.results.RunMetrics.PlatedShares;
import org.stratum.solver.program.Discharge;
import org.stratum.solver.program.FailureMode;
import org.stratum.solver.program.RunResult;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * {@code summary.json}, the one place that knows its keys and units: {@link #write} turns a {@link RunSummary}
 * (SI) into the file a user reads (mA/cm2, h, mV), {@link #read} turns such a file back into the record. Keys
 * keep the order written so that summaries compare run to run.
 */
public final class SummaryJson {

	/** The file's name in a results folder. */
	public static final String FILE = "summary.json";

	private static final String[] SHARE_KEYS = { "li_side", "inside_layer", "face_band", "inside_electrolyte" };

	private SummaryJson() {
	}

	/** The file's text for a summary. */
	public static String write(RunSummary s) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("simulation", s.simulation());
		root.put("cell", s.cell());
		root.put("protocol", s.protocol());
		root.put("model", s.model());
		root.put("status", s.status().name().toLowerCase(Locale.ROOT));
		root.put("reason", s.reason());
		root.put("partial", s.partial());
		root.put("metrics", metrics(s.metrics()));
		if (s.calibration() != null) {
			root.put("calibration", object("l_face_lithium_um", ResultUnits.MICROMETRE.fromSI(s.calibration().lithiumFace()), "l_face_carbon_um",
					ResultUnits.MICROMETRE.fromSI(s.calibration().carbonFace()), "source", s.calibration().source()));
		}
		List<Object> inputs = new ArrayList<>();
		for (RunSummary.InputFile f : s.inputs()) {
			inputs.add(f.sha256() == null ? object("file", f.file()) : object("file", f.file(), "sha256", f.sha256()));
		}
		root.put("inputs", inputs);
		root.put("versions", object("stratum", s.stratumVersion(), "java", s.javaVersion()));
		root.put("sign_convention", RunSummary.SIGN_CONVENTION);
		root.put("notes", s.notes());
		if (!s.expectations().isEmpty()) {
			List<Object> expectations = new ArrayList<>();
			for (Verdict v : s.expectations()) {
				expectations.add(object("expectation", v.expectation(), "result", v.word(), "actual", v.actual()));
			}
			root.put("expectations", expectations);
		}
		return ResultsWriter.json(root, "") + "\n";
	}

	private static Map<String, Object> metrics(RunMetrics m) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("critical_current_density_mA_cm2", ResultUnits.MA_PER_CM2.fromSI(m.criticalCurrentDensity()));
		o.put("short_time_h", ResultUnits.HOUR.fromSI(m.shortTime()));
		o.put("cycles", m.cycles());
		o.put("end_time_h", ResultUnits.HOUR.fromSI(m.endTime()));
		o.put("failure", object("mode", m.failure().label(), "time_h", m.failure() == FailureMode.NONE ? Double.NaN : ResultUnits.HOUR.fromSI(m.endTime())));
		if (!m.hasDischarges()) { // a symmetric cell's voltage is its overpotential
			o.put("initial_overpotential_mV", ResultUnits.MILLIVOLT.fromSI(m.initialOverpotential()));
			o.put("final_overpotential_mV", ResultUnits.MILLIVOLT.fromSI(m.finalOverpotential()));
		}
		Map<String, Object> shares = new LinkedHashMap<>();
		for (RunMetrics.Location l : RunMetrics.Location.values()) {
			shares.put(SHARE_KEYS[l.ordinal()], m.platedShares().share(l));
		}
		o.put("li_plated_share", shares);
		if (m.hasDischarges()) {
			List<Object> rows = new ArrayList<>();
			for (Discharge d : m.discharges()) {
				rows.add(object("cycle", d.cycle(), "step", d.step(), "current_density_mA_cm2", ResultUnits.MA_PER_CM2.fromSI(d.currentDensity()), "capacity_mAh_cm2",
						ResultUnits.MAH_PER_CM2.fromSI(d.charge()), "charged_before_mAh_cm2", ResultUnits.MAH_PER_CM2.fromSI(d.chargedBefore()), "coulombic_efficiency",
						d.coulombicEfficiency()));
			}
			o.put("discharge_capacities", rows);
			o.put("capacity_retention", m.capacityRetention());
			o.put("mean_coulombic_efficiency", m.meanCoulombicEfficiency());
		}
		if (!m.impedanceFit().isEmpty()) {
			List<Object> rows = new ArrayList<>();
			for (CircuitFit c : m.impedanceFit()) {
				rows.add(object("time_h", ResultUnits.HOUR.fromSI(c.time()), "R_bulk_and_layers_ohm_cm2", ResultUnits.OHM_CM2.fromSI(c.bulk()), "R_gb_ohm_cm2",
						ResultUnits.OHM_CM2.fromSI(c.grainBoundary()), "R_int_ohm_cm2", ResultUnits.OHM_CM2.fromSI(c.interfacial()), "R_int_ohm", c.interfacialResistance(), "area_cm2",
						ResultUnits.CM2.fromSI(c.area())));
			}
			o.put("impedance_fit", rows);
		}
		return o;
	}

	/** The failure a summary names; a summary written before failures were recorded names none. */
	private static FailureMode failure(JsonObject metrics, String name) throws ResultsFormatException {
		if (!metrics.has("failure") || !metrics.get("failure").isJsonObject()) {
			return FailureMode.NONE;
		}
		String mode = text(metrics.getAsJsonObject("failure"), "mode");
		for (FailureMode f : FailureMode.values()) {
			if (f.label().equals(mode)) {
				return f;
			}
		}
		throw new ResultsFormatException(name, "has failure mode \"" + mode + "\"; expected one of "
				+ String.join(", ", java.util.Arrays.stream(FailureMode.values()).map(FailureMode::label).toList()));
	}

	/** Reads a results folder's summary file. */
	public static RunSummary read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
	}

	/** Reads a summary's text; {@code name} is the file named in errors. */
	public static RunSummary parse(String text, String name) throws ResultsFormatException {
		JsonObject root;
		try {
			JsonElement parsed = JsonParser.parseString(text);
			if (!parsed.isJsonObject()) {
				throw new ResultsFormatException(name, "is not a JSON object");
			}
			root = parsed.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new ResultsFormatException(name, "is not valid JSON (" + e.getMessage() + ")");
		}
		String simulation = text(root, "simulation");
		String status = text(root, "status");
		if (simulation == null || status == null) {
			throw new ResultsFormatException(name, "lacks \"" + (simulation == null ? "simulation" : "status") + "\"; it is not a Stratum run summary");
		}
		RunResult.Status parsedStatus;
		try {
			parsedStatus = RunResult.Status.valueOf(status.toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new ResultsFormatException(name, "has status \"" + status + "\"; expected completed, shorted, stopped, cancelled or failed");
		}
		JsonObject m = root.has("metrics") && root.get("metrics").isJsonObject() ? root.getAsJsonObject("metrics") : new JsonObject();
		RunMetrics metrics = new RunMetrics(ResultUnits.MA_PER_CM2.toSI(number(m, "critical_current_density_mA_cm2")), ResultUnits.HOUR.toSI(number(m, "short_time_h")),
				(int) orZero(number(m, "cycles")), ResultUnits.HOUR.toSI(number(m, "end_time_h")), failure(m, name), ResultUnits.MILLIVOLT.toSI(number(m, "initial_overpotential_mV")),
				ResultUnits.MILLIVOLT.toSI(number(m, "final_overpotential_mV")), shares(m), discharges(m), number(m, "capacity_retention"),
				number(m, "mean_coulombic_efficiency"), fits(m));
		RunSummary.Calibration calibration = null;
		if (root.has("calibration") && root.get("calibration").isJsonObject()) {
			JsonObject c = root.getAsJsonObject("calibration");
			calibration = new RunSummary.Calibration(ResultUnits.MICROMETRE.toSI(number(c, "l_face_lithium_um")), ResultUnits.MICROMETRE.toSI(number(c, "l_face_carbon_um")),
					text(c, "source"));
		}
		List<RunSummary.InputFile> inputs = new ArrayList<>();
		for (JsonObject f : objects(root, "inputs")) {
			inputs.add(new RunSummary.InputFile(text(f, "file"), text(f, "sha256")));
		}
		JsonObject versions = root.has("versions") && root.get("versions").isJsonObject() ? root.getAsJsonObject("versions") : new JsonObject();
		List<String> notes = new ArrayList<>();
		if (root.has("notes") && root.get("notes").isJsonArray()) {
			root.getAsJsonArray("notes").forEach(n -> notes.add(n.isJsonPrimitive() ? n.getAsString() : n.toString()));
		}
		List<Verdict> expectations = new ArrayList<>();
		for (JsonObject v : objects(root, "expectations")) {
			expectations.add(new Verdict(text(v, "expectation"), "passed".equals(text(v, "result")), text(v, "actual")));
		}
		return new RunSummary(simulation, text(root, "cell"), text(root, "protocol"), text(root, "model"), parsedStatus, text(root, "reason"),
				root.has("partial") && root.get("partial").isJsonPrimitive() && root.get("partial").getAsBoolean(), metrics, calibration, inputs,
				text(versions, "stratum"), text(versions, "java"), notes, expectations);
	}

	private static PlatedShares shares(JsonObject m) {
		JsonObject s = m.has("li_plated_share") && m.get("li_plated_share").isJsonObject() ? m.getAsJsonObject("li_plated_share") : new JsonObject();
		return new PlatedShares(orZero(number(s, SHARE_KEYS[0])), orZero(number(s, SHARE_KEYS[1])), orZero(number(s, SHARE_KEYS[2])),
				orZero(number(s, SHARE_KEYS[3])));
	}

	private static List<Discharge> discharges(JsonObject m) {
		List<Discharge> list = new ArrayList<>();
		for (JsonObject d : objects(m, "discharge_capacities")) {
			double charge = ResultUnits.MAH_PER_CM2.toSI(number(d, "capacity_mAh_cm2"));
			double before = ResultUnits.MAH_PER_CM2.toSI(number(d, "charged_before_mAh_cm2"));
			if (Double.isNaN(before)) { // summaries before charged_before was written: recover it from the efficiency
				before = charge / number(d, "coulombic_efficiency");
			}
			list.add(new Discharge((int) orZero(number(d, "cycle")), ResultUnits.MA_PER_CM2.toSI(number(d, "current_density_mA_cm2")), charge, text(d, "step"),
					Double.isFinite(before) ? before : 0));
		}
		return list;
	}

	private static List<CircuitFit> fits(JsonObject m) {
		List<CircuitFit> list = new ArrayList<>();
		for (JsonObject c : objects(m, "impedance_fit")) {
			double interfacial = ResultUnits.OHM_CM2.toSI(number(c, "R_int_ohm_cm2"));
			double area = ResultUnits.CM2.toSI(number(c, "area_cm2"));
			if (Double.isNaN(area)) {
				area = interfacial / number(c, "R_int_ohm");
			}
			list.add(new CircuitFit(ResultUnits.HOUR.toSI(number(c, "time_h")), ResultUnits.OHM_CM2.toSI(number(c, "R_bulk_and_layers_ohm_cm2")),
					ResultUnits.OHM_CM2.toSI(number(c, "R_gb_ohm_cm2")), interfacial, area));
		}
		return list;
	}

	private static List<JsonObject> objects(JsonObject o, String key) {
		List<JsonObject> list = new ArrayList<>();
		if (o.has(key) && o.get(key).isJsonArray()) {
			JsonArray array = o.getAsJsonArray(key);
			array.forEach(e -> {
				if (e.isJsonObject()) {
					list.add(e.getAsJsonObject());
				}
			});
		}
		return list;
	}

	/** A number, or NaN where the summary has none (null is how the writer spells a value that does not exist). */
	private static double number(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber() ? e.getAsDouble() : Double.NaN;
	}

	private static double orZero(double v) {
		return Double.isNaN(v) ? 0 : v;
	}

	private static String text(JsonObject o, String key) {
		JsonElement e = o.get(key);
		return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
	}

	private static Map<String, Object> object(Object... keysAndValues) {
		Map<String, Object> object = new LinkedHashMap<>();
		for (int k = 0; k < keysAndValues.length; k += 2) {
			object.put((String) keysAndValues[k], keysAndValues[k + 1]);
		}
		return object;
	}
}
