package org.stratum.engine.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.stratum.engine.build.CellMapper;
import org.stratum.engine.build.EngineException;
import org.stratum.engine.build.FaceLengths;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Cell;
import org.stratum.solver.cell.StackCell;
import org.stratum.solver.cell.StackCellModel;
import org.stratum.solver.program.Executor;
import org.stratum.solver.program.Program;
import org.stratum.solver.program.RunResult;
import org.stratum.solver.program.Step;

/**
 * The stack model's only fitted constants, the loaded flaw lengths of a Li-metal face and of a carbon
 * scaffold face, fitted once on seed 000's bare-Li and SC cells (measured CCD 3 and 10 mA/cm2 at 55 degC)
 * and nowhere else: each is the largest flaw length with which the simulated 000 CCD ramp (0.25 mA/cm2
 * steps, 0.25 mAh/cm2) does not short below the measured CCD, found by bisection on the real executor.
 */
public final class Calibration {

	/** Measured CCDs used, A/m2 (seed 000, notes 000-4), and the ramp step of the 000 protocol. */
	public static final double BARE_CCD = 30;
	public static final double SC_CCD = 100;
	public static final double RAMP_STEP = 2.5;
	/** The library and the two cells the fit reads. */
	private static final String LIBRARY = "/library/materials.stacklib";
	private static final List<String> CELLS = List.of("seed-000/sym-bare.stack", "seed-000/sym-sc.stack");
	private static Calibrated cached;

	/** How a process got its constants: from the cross-process cache or by fitting them now. */
	public enum Provenance {
		REUSED, COMPUTED
	}

	/**
	 * The constants with where they came from.
	 *
	 * @param lengths the fitted face flaw lengths
	 * @param provenance reused from the cache or computed in this process
	 * @param note one line for the run log: how they were obtained (naming the cache file), and why they were recomputed
	 */
	public record Calibrated(FaceLengths lengths, Provenance provenance, String note) {
	}

	private Calibration() {
	}

	public static FaceLengths faceLengths() {
		return calibrated().lengths();
	}

	/** The constants of this process: computed once, through the standard cache. */
	public static synchronized Calibrated calibrated() {
		if (cached == null) {
			cached = calibrate(CalibrationCache.standard());
		}
		return cached;
	}

	/** The constants from the cache when it holds them for these inputs, else fitted now and stored. */
	public static Calibrated calibrate(CalibrationCache cache) {
		try {
			String key = key();
			CalibrationCache.Lookup found = cache.lookup(key);
			if (found.lengths().isPresent()) {
				return new Calibrated(found.lengths().get(), Provenance.REUSED, "calibration: face flaw lengths reused from " + cache.file());
			}
			long start = System.nanoTime();
			FaceLengths lengths = compute();
			double seconds = (System.nanoTime() - start) / 1e9;
			String why = switch (found.finding()) {
			case MISSING -> "no cache yet";
			case STALE -> "the cached values were for other inputs";
			case CORRUPT -> "the cache file was damaged";
			case VALID -> "";
			};
			String stored;
			try {
				cache.store(key, lengths);
				stored = "cached in " + cache.file();
			} catch (IOException e) {
				stored = "not cached (" + cache.file() + ": " + e.getMessage() + ")";
			}
			return new Calibrated(lengths, Provenance.COMPUTED, String.format(java.util.Locale.ROOT, "calibration: face flaw lengths computed in %.1f s (%s), %s", seconds, why, stored));
		} catch (EngineException | IOException e) {
			throw new IllegalStateException("calibration on seed 000 failed: " + e.getMessage(), e);
		}
	}

	/** Everything the fit depends on: its code (model, solver, engine, examples), library, cells and ramp. */
	static String key() throws IOException {
		List<byte[]> inputs = new ArrayList<>();
		try (InputStream in = StratumResources.class.getResourceAsStream(LIBRARY)) {
			if (in == null) {
				throw new IOException("the material library is missing from org.stratum.model (" + LIBRARY + ")");
			}
			inputs.add(in.readAllBytes());
		}
		for (String cell : CELLS) {
			try (InputStream in = Examples.open(cell)) {
				inputs.add(in.readAllBytes());
			}
		}
		String parameters = "face-lengths/1 " + BARE_CCD + " " + SC_CCD + " " + RAMP_STEP;
		return CalibrationCache.key(List.of(StratumResources.class, StackCellModel.class, CellMapper.class, Examples.class), inputs, parameters);
	}

	static FaceLengths compute() throws EngineException, IOException {
		Cell bareCell = load(CELLS.get(0));
		Cell scCell = load(CELLS.get(1));
		double li = fit(l -> CellMapper.symmetric(bareCell, new FaceLengths(l, l), new ArrayList<>()), BARE_CCD);
		double carbon = fit(l -> CellMapper.symmetric(scCell, new FaceLengths(li, l), new ArrayList<>()), SC_CCD);
		return new FaceLengths(li, carbon);
	}

	private interface CellForLength {
		StackCell at(double flawLength) throws EngineException;
	}

	/** Bisection in log(l): CCD falls as l grows; keep the largest l whose CCD is still the measured one. */
	private static double fit(CellForLength cells, double measured) throws EngineException {
		double lo = 1e-10;
		double hi = 1e-3;
		for (int k = 0; k < 50; k++) {
			double mid = Math.sqrt(lo * hi);
			if (ccd(cells.at(mid)) >= measured - 1e-9) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/** The simulated CCD (A/m2) of seed 000's ramp; infinite when it does not short. */
	static double ccd(StackCell cell) {
		Program ramp = new Program("000 CCD", List.of(new Step.CcdRamp(RAMP_STEP, RAMP_STEP, 0, 200, 9000, 0, 1, 0, 1e-3)), List.of(), 1e12);
		RunResult r = new Executor(new StackCellModel(cell), s -> {
		}, () -> false).run(ramp);
		return r.status() == RunResult.Status.SHORTED ? r.criticalCurrentDensity() : Double.POSITIVE_INFINITY;
	}

	/** A shipped example cell. */
	public static Cell load(String path) throws IOException {
		Resource resource = StratumResources.createResourceSet().createResource(URI.createURI("stratum:/examples/" + path));
		try (InputStream in = Examples.open(path)) {
			resource.load(in, Map.of());
		}
		return (Cell) resource.getContents().get(0);
	}

	/** Lines for the validation report. */
	public static List<String> describe() {
		FaceLengths f = faceLengths();
		return List.of(String.format(java.util.Locale.ROOT, "| l_face, Li-metal face | %.3g um | seed 000 bare Li, CCD 3 mA/cm2 |", f.lithiumMetal() * 1e6),
				String.format(java.util.Locale.ROOT, "| l_face, carbon scaffold face | %.3g um | seed 000 SC interlayer, CCD 10 mA/cm2 |", f.carbonScaffold() * 1e6));
	}
}
