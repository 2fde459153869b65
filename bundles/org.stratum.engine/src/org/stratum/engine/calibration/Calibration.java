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
import org.stratum.solver.cell.SymmetricCell;
import org.stratum.solver.physics.Griffith;
import org.stratum.solver.physics.Kinetics;

/**
 * The stack model's only fitted constants, the loaded flaw lengths of a Li-metal face and of a carbon
 * scaffold face, fitted once on seed 000's bare-Li and SC cells (measured CCD 3 and 10 mA/cm2 at 55 degC)
 * and nowhere else: each is the flaw length that cracks at the face overpotential of the critical current
 * (taken half a ramp step below the measured CCD, so the ramp shorts at the measured step).
 */
public final class Calibration {

	/** Measured CCDs used, A/m2 (seed 000, notes 000-4), and the ramp step of the 000 protocol. */
	public static final double BARE_CCD = 30;
	public static final double SC_CCD = 100;
	public static final double RAMP_STEP = 2.5;
	private static FaceLengths cached;

	private Calibration() {
	}

	public static synchronized FaceLengths faceLengths() {
		if (cached == null) {
			try {
				cached = compute();
			} catch (EngineException | IOException e) {
				throw new IllegalStateException("calibration on seed 000 failed: " + e.getMessage(), e);
			}
		}
		return cached;
	}

	static FaceLengths compute() throws EngineException, IOException {
		FaceLengths placeholder = new FaceLengths(1e-6, 1e-6);
		SymmetricCell bare = CellMapper.symmetric(load("seed-000/sym-bare.stack"), placeholder, new ArrayList<>());
		SymmetricCell sc = CellMapper.symmetric(load("seed-000/sym-sc.stack"), placeholder, new ArrayList<>());
		double li = flaw(bare, BARE_CCD - RAMP_STEP / 2);
		double carbon = flaw(sc, SC_CCD - RAMP_STEP / 2);
		return new FaceLengths(li, carbon);
	}

	private static double flaw(SymmetricCell cell, double criticalCurrent) {
		double eta = Kinetics.overpotential(criticalCurrent, cell.working().exchangeCurrent(), cell.temperature());
		return Griffith.flawLengthFor(cell.fractureToughness(), eta);
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
