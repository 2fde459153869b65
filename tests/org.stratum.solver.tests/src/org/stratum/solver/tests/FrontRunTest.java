package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.engine.RunProgress;
import org.stratum.engine.SimulationRunner;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.build.FrontMapper;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.model.stack.Cell;
import org.stratum.solver.front.Phase;
import org.stratum.solver.front.PhaseMap;
import org.stratum.solver.program.RunResult;

/**
 * The front model from a .stratum file: its microstructure built from the cell's .stack file (fractions placed as
 * asked, reproducible by seed, named errors for a domain that cannot hold the cell) and a run through the engine
 * that writes the same results folder as the stack model.
 */
public class FrontRunTest {

	@TempDir
	Path dir;

	private Simulation simulation(String text, String name) throws Exception {
		Map<String, Simulation> sims = SeedSimulations.load(dir, "seed-000/seed-000.stratum");
		Path file = dir.resolve("examples/seed-000/front-" + name + ".stratum");
		Files.writeString(file, "stack Nano = \"sym-sc-nano20-llzto.stack\";\nstack Bare0 = \"sym-bare.stack\";\n" + text);
		XtextResource r = (XtextResource) sims.get("CcdBare").eResource().getResourceSet().getResource(URI.createFileURI(file.toString()), true);
		return ((Model) r.getContents().get(0)).getElements().stream().filter(e -> e instanceof Simulation s && s.getName().equals(name))
				.map(Simulation.class::cast).findFirst().orElseThrow();
	}

	private static FrontMapper.FrontInput map(String stack, FrontMapper.Domain domain, List<String> notes) throws Exception {
		Cell cell = Calibration.load("seed-000/" + stack);
		return FrontMapper.map(cell, domain, FrontMapper.Mechanisms.DEFAULTS, null, Calibration.faceLengths(), notes);
	}

	@Test
	public void theNanoLlztoLayerIsBuiltWithItsFractionAndTheSameSeedGivesTheSameMap() throws Exception {
		List<String> notes = new ArrayList<>();
		FrontMapper.Domain domain = new FrontMapper.Domain(16e-6, 44e-6, 0.125e-6, 7);
		FrontMapper.FrontInput a = map("sym-sc-nano20-llzto.stack", domain, notes);
		PhaseMap map = a.map();
		assertEquals(40, map.layerRow(), "5 um of Li at 0.125 um");
		assertEquals(40 + 240, map.electrolyteRow(), "the 30 um layer above it");
		FrontMapper.LayerReport llzto = a.layers().stream().filter(r -> r.component().equals("LLZTO-nano")).findFirst().orElseThrow();
		assertEquals(llzto.asked(), llzto.achieved(), 0.1 * llzto.asked(), "the LLZTO fraction is placed as asked: " + llzto);
		assertTrue(llzto.particles() > 100, "300 nm particles over a 16 x 30 um layer: " + llzto.particles());
		assertTrue(notes.stream().anyMatch(n -> n.contains("LLZTO-nano") && n.contains("vol% placed")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.contains("PTFE") && n.contains("part of the matrix")), notes.toString());
		FrontMapper.FrontInput b = map("sym-sc-nano20-llzto.stack", domain, new ArrayList<>());
		assertTrue(java.util.Arrays.equals(a.map().phaseIndices(), b.map().phaseIndices()), "the same seed gives the same map");
		FrontMapper.FrontInput c = map("sym-sc-nano20-llzto.stack", new FrontMapper.Domain(16e-6, 44e-6, 0.125e-6, 8), new ArrayList<>());
		assertTrue(!java.util.Arrays.equals(a.map().phaseIndices(), c.map().phaseIndices()), "another seed places the particles elsewhere");
		Phase carbon = map.phase(0, map.layerRow() + 1).conductsElectrons() ? map.phase(0, map.layerRow() + 1) : null;
		assertTrue(map.phases().stream().anyMatch(p -> p.name().equals("SC") && p.conductsElectrons() && p.room() > 0), "the carbon matrix: " + carbon);
		assertTrue(map.phases().stream().anyMatch(p -> p.name().equals("LPSCl") && !p.conductsElectrons() && p.room() == 0), "the dense electrolyte");
	}

	/**
	 * Seed 002's mixed electrolyte: its LGPS placed as particles in the LPSCl at the fraction asked, each reacting to
	 * the library's Li-Ge where Li touches it; nucleation barriers given per substrate reach that substrate's phase.
	 */
	@Test
	public void aMixedElectrolyteHoldsItsMinorComponentAsReactiveParticles() throws Exception {
		List<String> notes = new ArrayList<>();
		Cell cell = Calibration.load("seed-002/sym-lpsc1.0-82.stack");
		FrontMapper.FrontInput input = FrontMapper.map(cell, new FrontMapper.Domain(20e-6, 20e-6, 0.5e-6, 42), FrontMapper.Mechanisms.DEFAULTS, null,
				Calibration.faceLengths(), notes);
		PhaseMap map = input.map();
		FrontMapper.LayerReport lgps = input.layers().stream().filter(r -> r.component().equals("LGPS")).findFirst().orElseThrow();
		assertEquals(lgps.asked(), lgps.achieved(), 0.1 * lgps.asked(), "LGPS placed as asked: " + lgps);
		assertTrue(lgps.asked() > 0.15 && lgps.asked() < 0.19, "20 wt% LGPS in LPSCl is about 17 vol%: " + lgps.asked());
		Phase particle = map.phases().stream().filter(p -> p.name().equals("LGPS")).findFirst().orElseThrow();
		assertEquals("Li-Ge", particle.product().name(), "LGPS reduces to the library's Li-Ge");
		assertTrue(particle.product().conductsElectrons() && particle.reactionTime() == 0, particle.toString());
		int inElectrolyte = 0, elsewhere = 0;
		for (int j = 0; j < map.ny(); j++) {
			for (int i = 0; i < map.nx(); i++) {
				if (map.phase(i, j).equals(particle)) {
					inElectrolyte += j >= map.electrolyteRow() ? 1 : 0;
					elsewhere += j < map.electrolyteRow() ? 1 : 0;
				}
			}
		}
		assertTrue(inElectrolyte > 0 && elsewhere == 0, "the particles sit in the electrolyte only: " + inElectrolyte + " / " + elsewhere);
		assertTrue(map.phase(0, map.ny() - 1).name().equals("LPSCl") || map.phase(0, map.ny() - 1).equals(particle), "the matrix is LPSCl");
		assertTrue(notes.stream().anyMatch(n -> n.contains("LGPS turns into Li-Ge")), notes.toString());

		FrontMapper.Mechanisms barriers = new FrontMapper.Mechanisms(null, true, org.stratum.dsl.resolve.FrontChoices.Interphase.NONE, true, true,
				Map.of("SC", 0.02, "Cu", 0.01), FrontMapper.Voids.NONE, 0);
		List<String> scNotes = new ArrayList<>();
		FrontMapper.FrontInput sc = FrontMapper.map(Calibration.load("seed-000/sym-sc.stack"), new FrontMapper.Domain(8e-6, 40e-6, 0.25e-6, 1), barriers,
				null, Calibration.faceLengths(), scNotes);
		Phase carbon = sc.map().phases().stream().filter(p -> p.name().equals("SC")).findFirst().orElseThrow();
		assertEquals(0.02, carbon.nucleationBarrier(), 1e-15, "the barrier the simulation gives SC");
		assertTrue(scNotes.stream().anyMatch(n -> n.contains("nucleation barrier of Cu is not used")), scNotes.toString());
	}

	/**
	 * Voids over a fifth of the Li face: gaps at the foil's top, half as deep as wide; flaws spread over their classes;
	 * the run's notes say both.
	 */
	@Test
	public void voidsAtTheLiFaceAreGapsAtTheFoilsTopAndFlawsSpread() throws Exception {
		FrontMapper.Mechanisms voided = new FrontMapper.Mechanisms(null, true, org.stratum.dsl.resolve.FrontChoices.Interphase.NONE, true, true, Map.of(),
				new FrontMapper.Voids(0.2, 1e-6), 0.5);
		List<String> notes = new ArrayList<>();
		PhaseMap map = FrontMapper.map(Calibration.load("seed-000/sym-bare.stack"), new FrontMapper.Domain(20e-6, 20e-6, 0.25e-6, 3), voided, null,
				Calibration.faceLengths(), notes).map();
		int top = map.layerRow() - 1, gapColumns = 0;
		for (int i = 0; i < map.nx(); i++) {
			if (map.phase(i, top).equals(Phase.VOID)) {
				gapColumns++;
				assertEquals(Phase.VOID, map.phase(i, top - 1), "2 cells deep: half of 1 um at 0.25 um");
				assertEquals(Phase.LITHIUM, map.phase(i, top - 2));
			}
		}
		assertEquals(0.2, gapColumns / (double) map.nx(), 0.03, "a fifth of the face's width");
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("front model: voids over 20 % of the Li face")), notes.toString());
		java.util.Set<Double> flaws = new java.util.HashSet<>();
		for (int i = 0; i < map.nx(); i++) {
			flaws.add(map.phase(i, map.electrolyteRow()).flawLength());
		}
		assertEquals(org.stratum.solver.front.FlawSpread.CLASSES, flaws.size(), "the electrolyte's flaws in every class: " + flaws);
		assertTrue(notes.stream().anyMatch(n -> n.contains("flaws are lognormal about the calibrated")), notes.toString());
	}

	/**
	 * An electrolyte that gives a grain size: its boundaries are drawn as their own phase, whose cells add the
	 * boundary's resistance (2 nm at 1e-4 S/cm: 0.002 Ohm cm2) to a grain cell's, on about 2h/d of the cells.
	 */
	@Test
	public void anElectrolyteWithAGrainSizeHasItsBoundariesDrawn() throws Exception {
		Cell cell = Calibration.load("seed-002/sym-lpsc1.0.stack");
		org.stratum.model.stack.SolidElectrolyte se = (org.stratum.model.stack.SolidElectrolyte) cell.getLayers().get(1);
		se.setGrainSize(org.stratum.model.units.Quantity.valueOf("3 um"));
		se.setGrainBoundaryConductivity(org.stratum.model.units.Quantity.valueOf("1e-4 S/cm"));
		List<String> notes = new ArrayList<>();
		PhaseMap map = FrontMapper.map(cell, new FrontMapper.Domain(20e-6, 20e-6, 0.25e-6, 42), FrontMapper.Mechanisms.DEFAULTS, null,
				Calibration.faceLengths(), notes).map();
		Phase grain = map.phase(0, map.ny() - 1).name().equals("LPSCl") ? map.phase(0, map.ny() - 1) : map.phase(1, map.ny() - 1);
		Phase boundary = map.phases().stream().filter(p -> p.name().equals("LPSCl grain boundary")).findFirst().orElseThrow();
		double h = 0.25e-6;
		assertEquals(h / boundary.ionic(), h / map.phases().stream().filter(p -> p.name().equals("LPSCl")).findFirst().orElseThrow().ionic() + 2e-9 / 1e-2,
				1e-9 * h / boundary.ionic(), "a boundary cell adds delta / sigma_gb");
		long boundaries = 0, cells = 0;
		for (int j = map.electrolyteRow(); j < map.ny(); j++) {
			for (int i = 0; i < map.nx(); i++) {
				cells++;
				boundaries += map.phase(i, j).equals(boundary) ? 1 : 0;
			}
		}
		double share = boundaries / (double) cells;
		assertTrue(share > 0.1 && share < 0.35, "boundaries of 3 um grains on a 0.25 um grid: about 2h/d of the cells, " + share);
		assertTrue(grain != null && notes.stream().anyMatch(n -> n.contains("grain boundaries of") && n.contains("grains of 3.00 um")), notes.toString());
	}

	@Test
	public void anElectrolyteParticleWithoutASizeIsANamedError() throws Exception {
		Cell cell = Calibration.load("seed-002/sym-lpsc1.0-82.stack");
		((org.stratum.model.stack.SolidElectrolyte) cell.getLayers().get(1)).getComponents().get(1).setParticleSize(null);
		EngineException e = assertThrows(EngineException.class, () -> FrontMapper.map(cell, new FrontMapper.Domain(20e-6, 20e-6, 0.5e-6, 42),
				FrontMapper.Mechanisms.DEFAULTS, null, Calibration.faceLengths(), new ArrayList<>()));
		assertEquals("electrolyte 'LPSCl-82': LGPS gives no particle size, which the front model's microstructure needs (particleSize on its component"
				+ " in the .stack file)", e.getMessage());
	}

	@Test
	public void aDomainThatCannotHoldTheCellIsANamedError() throws Exception {
		EngineException shortDomain = assertThrows(EngineException.class,
				() -> map("sym-sc-nano20-llzto.stack", new FrontMapper.Domain(10e-6, 20e-6, 0.25e-6, 1), new ArrayList<>()));
		assertTrue(shortDomain.getMessage().contains("does not fit in the front model's domain of 20 um") && shortDomain.getMessage().contains("taller"),
				shortDomain.getMessage());
		EngineException memory = assertThrows(EngineException.class,
				() -> map("sym-bare.stack", new FrontMapper.Domain(2e-3, 2e-3, 0.1e-6, 1), new ArrayList<>()));
		assertTrue(memory.getMessage().matches("the front model's 20000 x 20000 cells need about \\d+ MB; this Java heap holds \\d+ MB.*"), memory.getMessage());
		EngineException narrow = assertThrows(EngineException.class,
				() -> map("sym-sc-nano20-llzto.stack", new FrontMapper.Domain(0.2e-6, 44e-6, 0.05e-6, 1), new ArrayList<>()));
		assertTrue(narrow.getMessage().contains("do not fit in the domain's width"), narrow.getMessage());
	}

	@Test
	public void aFrontSimulationRunsThroughTheEngineAndWritesItsResults() throws Exception {
		Simulation s = simulation("protocol Plate { sign plating positive; temperature 55 degC; log every 10 s; plate at 5 mA/cm2 for 0.02 mAh/cm2; }\n"
				+ "simulation FrontBare { cell Bare0; protocol Plate; model front { domain 8 um x 12 um; grid 0.5 um; seed 3; } }\n", "FrontBare");
		List<RunProgress> progress = new ArrayList<>();
		SimulationRunner.Outcome o = SimulationRunner.run(s, dir.resolve("results"), progress::add, () -> false);
		assertEquals(RunResult.Status.COMPLETED, o.result().status(), o.result().reason());
		RunFolder folder = RunFolder.read(o.folder());
		assertEquals("front", folder.summary().model());
		assertTrue(progress.size() > 2, "one plating segment reports its progress as it goes: " + progress.size());
		for (int k = 1; k < progress.size(); k++) {
			assertTrue(progress.get(k).fraction() >= progress.get(k - 1).fraction(), "progress does not go back: " + progress);
		}
		RunProgress reported = progress.get(progress.size() - 1);
		assertEquals(1, reported.fraction(), 1e-9, "the segment's end is the program's");
		assertTrue(reported.cellUpdates() >= 16 * 24 && reported.cellUpdates() % (16 * 24) == 0, "cells times steps: " + reported);
		assertEquals(0.02, ResultUnits.MAH_PER_CM2.fromSI(reported.charge()), 0.002, "the charge passed by the last report: " + reported);
		String line = progress.get(progress.size() / 2).describe("FrontBare", 2.0);
		assertTrue(line.matches("FrontBare \\[#* *\\] \\d+%  .* h, .* mAh/cm2, cycle 0, .* cells/s(, ETA \\d+ s)?"), line);
		double[] top = folder.series().values(SeriesColumn.FRONT_HEIGHT_MAX);
		double[] mean = folder.series().values(SeriesColumn.FRONT_HEIGHT_MEAN);
		double[] tip = folder.series().values(SeriesColumn.TIP_VELOCITY);
		for (int k = 0; k < top.length; k++) {
			assertTrue(Double.isFinite(top[k]) && mean[k] <= top[k] + 1e-15, "the mean front is not above the highest point: " + mean[k] + " > " + top[k]);
			double t = k == 0 ? 0 : folder.series().value(SeriesColumn.TIME, k) - folder.series().value(SeriesColumn.TIME, k - 1);
			if (t == 0) {
				assertTrue(Double.isNaN(tip[k]), "no velocity over no time"); // the first sample, or one logged again at the end
			} else {
				assertEquals((top[k] - top[k - 1]) / t, tip[k], 1e-9 + 1e-6 * Math.abs(tip[k]), "the tip velocity is the highest point's rate");
			}
		}
		assertTrue(folder.series().size() >= 2, "the time series has the run's samples");
		RunMetrics.PlatedShares shares = folder.summary().metrics().platedShares();
		double sum = shares.liSide() + shares.insideLayer() + shares.faceBand() + shares.insideElectrolyte();
		assertEquals(1, sum, 1e-9, "every plated Li is somewhere: " + shares);
		assertTrue(folder.summary().notes().stream().anyMatch(n -> n.startsWith("front model: 16 x 24 cells")), folder.summary().notes().toString());

		Path fields = o.folder().resolve("fields");
		var pvd = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(fields.resolve("front.pvd").toFile());
		var datasets = pvd.getElementsByTagName("DataSet");
		assertTrue(datasets.getLength() >= 2, "the time collection lists the frames");
		String last = ((org.w3c.dom.Element) datasets.item(datasets.getLength() - 1)).getAttribute("file");
		Map<String, float[]> frame = readVti(fields.resolve(last));
		float[] xi = frame.get("xi");
		assertEquals(16 * 24, xi.length);
		int[] labels = readLabels(fields.resolve(last), "phase");
		assertEquals(-1, labels[0], "the foil at the bottom is Li");
		for (float v : xi) {
			assertTrue(v >= -1e-6 && v <= 1 + 1e-6, "xi in [0, 1]: " + v);
		}
		assertTrue(frame.containsKey("phi_i") && frame.containsKey("phi_e") && frame.containsKey("current_density"), frame.keySet().toString());
		var gif = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
		try (var in = javax.imageio.ImageIO.createImageInputStream(o.folder().resolve("plots/front.gif").toFile())) {
			gif.setInput(in);
			assertEquals(datasets.getLength(), gif.getNumImages(true), "one GIF frame per field frame");
		}
		assertTrue(Files.size(o.folder().resolve("plots/front_0000.png")) > 2000);
		try (var left = Files.list(dir.resolve("results"))) {
			assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".")), "the frames' scratch folder is gone");
		}
	}

	/**
	 * The block's switches reach the model as written: the morphology placed for every particle component, the
	 * mechanisms and the interphase's blocked faces noted, frames every so much time, the run on its own threads.
	 */
	@Test
	public void theFrontBlocksSwitchesMorphologyFramesAndThreadsReachTheRun() throws Exception {
		Simulation s = simulation("protocol Plate { sign plating positive; temperature 55 degC; log every 2 s; plate at 5 mA/cm2 for 0.02 mAh/cm2; }\n"
				+ "simulation Switched { cell Nano; protocol Plate; model front { domain 4 um x 40 um; grid 0.25 um; seed 3; morphology chains;"
				+ " nucleation off; interphase particles; cracks off; frames every 4 s; threads 1; } }\n", "Switched");
		SimulationRunner.Outcome o = SimulationRunner.run(s, dir.resolve("results"), p -> {
		}, () -> false);
		assertEquals(RunResult.Status.COMPLETED, o.result().status(), o.result().reason());
		List<String> notes = o.summary().notes();
		assertTrue(notes.stream().anyMatch(n -> n.contains("LLZTO-nano") && n.contains("chains particles")), "the morphology written: " + notes);
		assertTrue(notes.contains("front model mechanisms: nucleation off, reactions on, cracks off, interphase particles (blocking the faces of LLZTO-nano)"),
				notes.toString());
		var pvd = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(o.folder().resolve("fields/front.pvd").toFile());
		var datasets = pvd.getElementsByTagName("DataSet");
		List<Double> times = new ArrayList<>();
		for (int k = 0; k < datasets.getLength(); k++) {
			times.add(Double.parseDouble(((org.w3c.dom.Element) datasets.item(k)).getAttribute("timestep")));
		}
		double end = o.result().endTime();
		assertEquals((int) Math.floor(end / 4) + 1, times.size(), "a frame every 4 s of the " + end + " s: " + times);
		for (int k = 1; k < times.size(); k++) {
			assertEquals(4, times.get(k) - times.get(k - 1), 1e-6, "frames 4 s apart: " + times);
		}
	}

	/** Frames every so much charge: one at the start, then one each time that much has passed at a logged sample. */
	@Test
	public void framesEverySoMuchChargeFollowTheChargePassed() throws Exception {
		Simulation s = simulation("protocol Plate { sign plating positive; temperature 55 degC; log every 2 s; plate at 5 mA/cm2 for 0.02 mAh/cm2; }\n"
				+ "simulation ByCharge { cell Bare0; protocol Plate; model front { domain 8 um x 12 um; grid 0.5 um; frames every 0.005 mAh/cm2; } }\n",
				"ByCharge");
		SimulationRunner.Outcome o = SimulationRunner.run(s, dir.resolve("results"), p -> {
		}, () -> false);
		assertEquals(RunResult.Status.COMPLETED, o.result().status(), o.result().reason());
		var datasets = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(o.folder().resolve("fields/front.pvd").toFile())
				.getElementsByTagName("DataSet");
		List<Double> times = new ArrayList<>();
		for (int k = 0; k < datasets.getLength(); k++) {
			times.add(Double.parseDouble(((org.w3c.dom.Element) datasets.item(k)).getAttribute("timestep")));
		}
		// 0.005 mAh/cm2 at 5 mA/cm2 is 3.6 s; samples every 2 s: frames at 0, 4, 8, 12 s (0.02 mAh/cm2 ends at 14.4 s)
		assertEquals(List.of(0.0, 4.0, 8.0, 12.0), times.stream().map(t -> (double) Math.round(t * 1000) / 1000).toList(), times.toString());
	}

	/**
	 * An independent reader of VTK XML image data (appended raw, zlib, UInt64 headers): the JDK's XML parser and
	 * Inflater only, nothing of the writer. Float32 arrays as floats, Int32 arrays as their int bits.
	 */
	private static Map<String, float[]> readVti(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		int appended = text.indexOf("<AppendedData");
		int start = text.indexOf('_', appended) + 1;
		var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new java.io.ByteArrayInputStream(text.substring(0, appended).concat("</VTKFile>").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
		assertEquals("ImageData", doc.getDocumentElement().getAttribute("type"));
		assertEquals("vtkZLibDataCompressor", doc.getDocumentElement().getAttribute("compressor"));
		var arrays = doc.getElementsByTagName("DataArray");
		Map<String, float[]> out = new java.util.LinkedHashMap<>();
		for (int k = 0; k < arrays.getLength(); k++) {
			var a = (org.w3c.dom.Element) arrays.item(k);
			int offset = Integer.parseInt(a.getAttribute("offset"));
			java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes, start + offset, bytes.length - start - offset).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			long blocks = b.getLong(), blockSize = b.getLong(), lastSize = b.getLong();
			assertEquals(1, blocks);
			assertEquals(blockSize, lastSize);
			int compressed = (int) b.getLong();
			var inflater = new java.util.zip.Inflater();
			inflater.setInput(bytes, b.position(), compressed);
			byte[] raw = new byte[(int) blockSize];
			assertEquals(raw.length, inflater.inflate(raw));
			java.nio.ByteBuffer values = java.nio.ByteBuffer.wrap(raw).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			float[] f = new float[raw.length / 4];
			for (int i = 0; i < f.length; i++) {
				f[i] = "Int32".equals(a.getAttribute("type")) ? Float.intBitsToFloat(values.getInt()) : values.getFloat();
			}
			out.put(a.getAttribute("Name"), f);
		}
		return out;
	}

	private static int[] readLabels(Path file, String name) throws Exception {
		float[] bits = readVti(file).get(name);
		int[] labels = new int[bits.length];
		for (int k = 0; k < bits.length; k++) {
			labels[k] = Float.floatToRawIntBits(bits[k]);
		}
		return labels;
	}
}
