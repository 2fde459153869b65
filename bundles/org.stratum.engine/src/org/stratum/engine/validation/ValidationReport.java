package org.stratum.engine.validation;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The rows of the validation report and the two files made of them: {@code validation.json}, one record per row,
 * and the Markdown table with a summary line per seed, generated from the same rows.
 */
public final class ValidationReport {

	private final List<ValidationRow> rows = new ArrayList<>();
	private final List<ValidationRow> front = new ArrayList<>();

	/** Adds a row. */
	public void add(ValidationRow row) {
		rows.add(row);
	}

	/**
	 * Adds a record of the front model's blind study (seed 002's penetration tables): in the JSON under
	 * {@code front_rows}, not in the table of measured quantities or the seeds' agreement.
	 */
	public void addFront(ValidationRow row) {
		front.add(row);
	}

	public List<ValidationRow> rows() {
		return List.copyOf(rows);
	}

	/** The JSON document: the rows, each seed's agreement, and the front model's blind records when there are any. */
	public String json() {
		JsonObject root = new JsonObject();
		root.add("rows", records(rows));
		JsonArray seeds = new JsonArray();
		for (SeedAgreement a : SeedAgreement.of(rows)) {
			JsonObject o = new JsonObject();
			o.addProperty("seed", a.seed());
			o.add("kendall_tau", finite(a.tau()));
			o.addProperty("pairs", a.pairs());
			o.addProperty("concordant", a.concordant());
			o.addProperty("discordant", a.discordant());
			o.add("median_abs_log10_ratio", finite(a.medianLogRatio()));
			o.addProperty("magnitudes", a.magnitudes());
			o.addProperty("predictions", a.predictions());
			seeds.add(o);
		}
		root.add("seeds", seeds);
		if (!front.isEmpty()) {
			root.add("front_rows", records(front));
		}
		return new GsonBuilder().setPrettyPrinting().serializeNulls().create().toJson(root) + "\n";
	}

	private static JsonArray records(List<ValidationRow> rows) {
		JsonArray records = new JsonArray();
		for (ValidationRow r : rows) {
			JsonObject o = new JsonObject();
			o.addProperty("seed", r.seed());
			o.addProperty("case", r.cell());
			o.addProperty("quantity", r.quantity());
			o.addProperty("unit", r.unit());
			o.add("measured", number(r.measured()));
			o.addProperty("measured_kind", r.measured().kind().name().toLowerCase(java.util.Locale.ROOT));
			o.addProperty("measured_text", r.measured().text());
			o.add("predicted", number(r.predicted()));
			o.addProperty("predicted_kind", r.predicted().kind().name().toLowerCase(java.util.Locale.ROOT));
			o.addProperty("predicted_text", r.predicted().text());
			o.addProperty("agreement", r.agreement());
			o.addProperty("role", r.role().label());
			o.add("basis", r.basis() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.basis()));
			o.add("failure", r.failure() == null ? JsonNull.INSTANCE : new JsonPrimitive(r.failure().label()));
			records.add(o);
		}
		return records;
	}

	private static com.google.gson.JsonElement number(Value v) {
		return v.hasNumber() ? new JsonPrimitive(v.value()) : JsonNull.INSTANCE;
	}

	private static com.google.gson.JsonElement finite(double v) {
		return Double.isFinite(v) ? new JsonPrimitive(v) : JsonNull.INSTANCE;
	}

	/** The Markdown table of the rows. */
	public List<String> table() {
		List<String> out = new ArrayList<>();
		out.add("| case | quantity | measured | predicted | ratio or agreement | failure | role |");
		out.add("|---|---|---|---|---|---|---|");
		for (ValidationRow r : rows) {
			String role = r.basis() == null ? r.role().label() : r.role().label() + " (" + r.basis() + ")";
			String failure = r.failure() == null ? "-" : r.failure().words();
			out.add("| " + cell(r.seed() + " " + r.cell()) + " | " + cell(r.quantityWithUnit()) + " | " + cell(r.measured().text()) + " | "
					+ cell(r.predicted().text()) + " | " + cell(r.agreement()) + " | " + failure + " | " + cell(role) + " |");
		}
		return out;
	}

	/** A table cell's text: a '|' of the text ("Li|LATP") escaped, or Markdown would split the cell there. */
	private static String cell(String text) {
		return text.replace("|", "\\|");
	}

	/** One line per seed: rank agreement and magnitude error. */
	public List<String> summary() {
		return SeedAgreement.of(rows).stream().map(SeedAgreement::line).toList();
	}
}
