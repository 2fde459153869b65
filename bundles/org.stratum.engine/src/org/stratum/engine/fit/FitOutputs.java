package org.stratum.engine.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.MaterialFactor;
import org.stratum.dsl.study.MaterialValues;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialLibrary;
import org.stratum.model.stack.Source;
import org.stratum.model.stack.StackFactory;
import org.stratum.model.units.Quantity;

/**
 * What a fit leaves: {@code fit.json} (each quantity with its 95 % interval and bounds, the residual), the overlay of
 * measured and fitted signal (drawn by its {@link Comparison}), and {@code fitted.stacklib}: the fitted materials with the fitted values, whose source
 * says they were fitted to that file by stratum fit (the shipped library is never edited).
 */
final class FitOutputs {

	static final String JSON = "fit.json";
	static final String LIBRARY = "fitted.stacklib";

	private FitOutputs() {
	}

	/** Writes fit.json and the library overlay; returns the result with the overlay's path. */
	static FitResult write(Fit fit, Path folder, FitResult result, Path data) throws IOException {
		Path library = library(fit, folder, result, data);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("fit", fit.getName());
		json.put("simulation", fit.getSimulation().getName());
		json.put("compare", fit.getSignal());
		json.put("data", data == null ? null : data.toString());
		List<Object> values = new ArrayList<>();
		for (FitResult.FittedValue v : result.values()) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("quantity", v.label());
			o.put("unit", v.unit());
			o.put("value", v.value());
			o.put("ci95_low", v.low());
			o.put("ci95_high", v.high());
			o.put("lower_bound", v.lowerBound());
			o.put("upper_bound", v.upperBound());
			o.put("at_bound", v.atBound());
			values.add(o);
		}
		json.put("values", values);
		json.put("residual_rms", result.residualShown());
		json.put("residual_unit", result.residualUnit());
		json.put("compared_points", result.points());
		json.put("simulations", result.evaluations());
		json.put("library_overlay", library == null ? null : library.getFileName().toString());
		String declaration = declaration(fit, result);
		json.put("declaration", declaration);
		Files.writeString(folder.resolve(JSON), ResultsWriter.json(json, "") + "\n");
		return new FitResult(result.values(), result.residualRms(), result.residualUnit(), result.points(), result.evaluations(), folder, result.overlay(), library,
				declaration);
	}

	/**
	 * {@code stack <Cell>Fitted = <Cell> with material LPSCl.exchange_current_density = 0.399 mA/cm2, ...;}: the fitted
	 * values as the language writes them after 'with', or null when one of them cannot be written there.
	 */
	private static String declaration(Fit fit, FitResult result) {
		if (fit.getSimulation().getCell() == null) {
			return null;
		}
		List<String> with = new ArrayList<>();
		for (int k = 0; k < fit.getFactors().size(); k++) {
			Factor f = fit.getFactors().get(k);
			boolean writable = f.getTarget() instanceof MaterialFactor || f.getTarget() instanceof org.stratum.dsl.stratum.StackFactor s && s.getBalance() == null;
			if (!writable) {
				return null;
			}
			FitResult.FittedValue v = result.values().get(k);
			with.add(v.label() + " = " + org.stratum.model.units.Quantity.number(Double.parseDouble(String.format(Locale.ROOT, "%.4g", v.value()))) + " "
					+ v.unit());
		}
		String cell = fit.getSimulation().getCell().getName();
		return "stack " + cell + "Fitted = " + cell + " with " + String.join(", ", with) + ";";
	}

	/** fitted.stacklib with a copy of each fitted material at its fitted values; null when no material value was fitted. */
	private static Path library(Fit fit, Path folder, FitResult result, Path data) throws IOException {
		MaterialLibrary library = StackFactory.eINSTANCE.createMaterialLibrary();
		library.setName("fitted by stratum fit " + fit.getName());
		Source source = StackFactory.eINSTANCE.createSource();
		source.setId("FIT-" + fit.getName());
		source.setCitation("fitted to " + (data == null ? fit.getSignal() + " = " + org.stratum.dsl.resolve.Quantities.text(fit.getMeasured()) : data.getFileName())
				+ " by stratum fit (fit " + fit.getName() + ")");
		source.setLocation(folder.resolve(JSON).toString());
		library.getSources().add(source);
		Map<String, Material> fitted = new LinkedHashMap<>();
		for (int k = 0; k < fit.getFactors().size(); k++) {
			Factor f = fit.getFactors().get(k);
			if (f.getTarget() instanceof MaterialFactor m) {
				FitResult.FittedValue v = result.values().get(k);
				Material base = fitted.getOrDefault(m.getMaterial().getId(), m.getMaterial());
				Material copy = MaterialValues.varied(base, m.getProperty(), Quantity.of(v.value(), v.unit()));
				MaterialValues.source(copy, m.getProperty(), source, Double.isFinite(v.low())
						? String.format(Locale.ROOT, "fitted; 95 %% interval %.4g .. %.4g %s", v.low(), v.high(), v.unit()) : "fitted");
				fitted.put(m.getMaterial().getId(), copy);
			}
		}
		if (fitted.isEmpty()) {
			return null;
		}
		library.getMaterials().addAll(fitted.values());
		Path file = folder.resolve(LIBRARY);
		Resource resource = StratumResources.createResourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(library);
		resource.save(Map.of());
		return file;
	}
}
