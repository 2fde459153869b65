package org.stratum.engine.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.InterlayerFaces;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.ResultsWriter;
import org.stratum.engine.validation.Value;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.units.Quantity;

/**
 * How seed 003's CuF2 rows hang on the CuF2 particle size, which the paper does not give: the layer's coverage
 * defects ({@code exp(-L sum 3 phi / 2d)}), the CCD, R_int before cycling and the 7, 15 and 32 um layers' lifetimes,
 * for a range of sizes, each run on copies of the seed's files with only the size changed.
 */
final class Cuf2Sensitivity {

	/** The sizes compared, um; the examples take 0.5 um. */
	static final double[] SIZES_UM = { 0.2, 0.5, 1, 2 };
	private static final String[] LAYERS = { "sym-cuf2-7um-latp.stack", "sym-cuf2-15um-latp.stack", "sym-cuf2-32um-latp.stack" };

	private Cuf2Sensitivity() {
	}

	static List<String> rows(Path examples) throws Exception {
		List<String> out = new ArrayList<>();
		out.add("");
		out.add("## Seed 003: the CuF2 particle size (not in the paper)");
		out.add("");
		out.add("The examples take 0.5 um; the paper's text gives no size (its particle SEM is in the ESI, not available here). Each row runs the"
				+ " seed's CuF2 cells with only that size changed. Measured: CCD >= 1.7 mA/cm2, R_int 92 Ohm, the 7 um layer shorts at 250 h,"
				+ " 15 um lasts 6000 h, 32 um shorts at 210 h.");
		out.add("");
		out.add("| CuF2 size / um | uncovered 7 / 15 / 32 um / % | CCD 15 um / mA cm-2 | R_int 15 um before cycling / Ohm | lifetime 7 um | lifetime 15 um | lifetime 32 um |");
		out.add("|---|---|---|---|---|---|---|");
		for (double size : SIZES_UM) {
			out.add(row(examples, size));
		}
		return out;
	}

	private static String row(Path examples, double sizeUm) throws Exception {
		Path dir = Files.createTempDirectory("stratum-cuf2-size");
		try {
			try (var files = Files.list(examples.resolve("seed-003"))) {
				for (Path p : files.filter(Files::isRegularFile).toList()) {
					String text = Files.readString(p);
					if (p.getFileName().toString().startsWith("sym-cuf2")) {
						text = text.replace("particleSize=\"0.5 um\"", "particleSize=\"" + Value.plain(sizeUm) + " um\"");
					}
					Files.writeString(dir.resolve(p.getFileName()), text);
				}
			}
			try (SeedRuns runs = new SeedRuns(dir.getParent())) {
				String file = dir.getFileName() + "/seed-003.stratum";
				List<String> uncovered = new ArrayList<>();
				for (String layer : LAYERS) {
					Cell cell = Calibration.load("seed-003/" + layer);
					Interlayer interlayer = (Interlayer) cell.getLayers().get(1);
					for (Component c : interlayer.getComponents()) {
						if (c.getParticleSize() != null) {
							c.setParticleSize(new Quantity(Value.plain(sizeUm) + " um"));
						}
					}
					uncovered.add(String.format(Locale.ROOT, "%.3g", ResultUnits.PERCENT.fromSI(InterlayerFaces.defectFraction(interlayer))));
				}
				SimulationRunner.Outcome ccd = runs.run(file, "CcdCuf2");
				SimulationRunner.Outcome cycling = runs.run(file, "CyclingCuf2");
				double ccdValue = ResultUnits.MA_PER_CM2.fromSI(ccd.result().criticalCurrentDensity());
				double rInt = cycling.metrics().impedanceFit().isEmpty() ? Double.NaN : cycling.metrics().impedanceFit().get(0).interfacialResistance();
				return "| " + Value.plain(sizeUm) + " | " + String.join(" / ", uncovered) + " | "
						+ (Double.isNaN(ccdValue) ? "no short" : Value.format(ccdValue)) + " | " + Value.format(rInt) + " | "
						+ ValidationRows.lifetime(runs.run(file, "CyclingCuf2x7").result()).text() + " | " + ValidationRows.lifetime(cycling.result()).text() + " | "
						+ ValidationRows.lifetime(runs.run(file, "CyclingCuf2x32").result()).text() + " |";
			}
		} finally {
			ResultsWriter.delete(dir);
		}
	}
}
