package org.stratum.solver.front;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Griffith;

/**
 * The dendrite-front model (physics.md section 2): the Li fraction {@code xi} of every cell of a phase map, the
 * two potentials from {@link CoupledPotentials}, and one explicit time step of the front. Li plated across a face
 * fills the ion-conducting cell if it has room (a flaw, a crack, a void, a yielding electrolyte), else the
 * electron-conducting cell's pores, else it thickens the electrode's body beyond the map (the reservoir: a flat
 * face advancing); stripped Li leaves the cell it came from, the electrode's face taking it from the body. A cell
 * conducts as Li once {@code xi} passes {@link #THRESHOLD}. A conservative Allen-Cahn term keeps the profile of Li
 * in cells with full room; its motion is redistribution, never current. Li plated against a dense phase cracks it
 * where the face overpotential meets the Griffith criterion; a reactive phase Li touches turns into its product over
 * its reaction time.
 */
public final class FrontModel {

	/** Li fraction from which a cell conducts as Li metal (a threshold, not a blend: a trace of Li must not short carbon). */
	public static final double THRESHOLD = 0.5;
	/** The largest change of any cell's Li fraction in one step. */
	private static final double MAX_FILL = 0.1;
	/** Half-width of the band around the layer/electrolyte face where plated Li is reported as "at the face", m. */
	public static final double FACE_BAND = 1e-6;
	private static final double ALPHA = 0.5;
	/** Width of the Li profile in cells: half a cell, the narrowest the profile term keeps without oscillation. */
	private static final double PROFILE_WIDTH = 0.5;

	/** Where deposited Li is reported. */
	public enum Region {
		LITHIUM_SIDE, LAYER, FACE_BAND, ELECTROLYTE
	}

	/** What one step did. */
	public record StepReport(double dt, int cracksOpened, boolean shorted) {
	}

	private final int nx, ny;
	private final double h;
	private final int layerRow, electrolyteRow;
	private final FrontOptions options;
	private final List<Phase> phases;
	/** The profile term's speed set by the options, m/s (NaN: from each step's fastest face). */
	private final double profileSpeed;
	private FrontState state;
	private double temperature;
	private CoupledPotentials potentials;
	/** Whether the networks differ from those the potentials were last solved in (which were solved at solvedAt, A/m2). */
	private boolean networksChanged = true;
	private double solvedAt = Double.NaN;
	/** Coupled solves of the potentials so far, and time steps taken. */
	private int solves, steps;
	/** Li of the electrode's body in the map at the start, m3 per m of depth. */
	private final double bodyLithium;

	public FrontModel(PhaseMap map, FrontOptions options, double temperature) {
		this.nx = map.nx();
		this.ny = map.ny();
		this.h = map.h();
		this.layerRow = map.layerRow();
		this.electrolyteRow = map.electrolyteRow();
		this.options = options;
		this.phases = new ArrayList<>(map.phases());
		this.temperature = temperature;
		int[] phaseOf = map.phaseIndices();
		double[] xi = new double[nx * ny];
		for (int p = 0; p < xi.length; p++) {
			xi[p] = phases.get(phaseOf[p]).equals(Phase.LITHIUM) ? 1 : 0;
		}
		this.state = new FrontState(xi, phaseOf, Region.values().length);
		double body = 0;
		for (double x : xi) {
			body += x * h * h;
		}
		this.bodyLithium = body;
		this.profileSpeed = options.profileSpeed();
	}

	public int nx() {
		return nx;
	}

	public int ny() {
		return ny;
	}

	/** Cell size, m. */
	public double h() {
		return h;
	}

	/** The present state (shared: copy it with {@link FrontState#copy()} to keep it). */
	public FrontState state() {
		return state;
	}

	/** Returns to an earlier state (a step taken too far past a stop condition). */
	public void restore(FrontState earlier) {
		state = earlier.copy();
		networksChanged = true;
	}

	public double temperature() {
		return temperature;
	}

	public void setTemperature(double kelvin) {
		if (kelvin != temperature) {
			temperature = kelvin;
			networksChanged = true;
		}
	}

	/** The phase of a cell now (cracks and reactions change it). */
	public Phase phase(int p) {
		return phases.get(state.phaseOf()[p]);
	}

	/** The index of a phase in this run's list, added when a crack or a reaction first makes it. */
	private int indexOf(Phase phase) {
		int index = phases.indexOf(phase);
		if (index < 0) {
			phases.add(phase);
			index = phases.size() - 1;
		}
		return index;
	}

	/** Whether a cell conducts as Li metal. */
	public boolean lithiumAt(int p) {
		return state.xi()[p] >= THRESHOLD;
	}

	/**
	 * The potentials carrying plating current density j (A/m2 over the map's width; negative strips) in the
	 * present state.
	 *
	 * @throws org.stratum.solver.multigrid.NotConvergedException when no potentials carry it
	 */
	public CoupledPotentials potentials(double j) {
		if (!networksChanged && solvedAt == j) {
			// the potentials depend on the networks and the current alone: Li filling a cell's room short of the
			// threshold, or thickening the body beyond the map, changes neither, so a run re-solves only when a
			// cell starts or stops conducting, a crack opens or a phase reacts
			return potentials;
		}
		if (networksChanged || potentials == null) {
			CoupledPotentials rebuilt = FrontNetworks.of(this, options, ALPHA);
			if (potentials != null) {
				rebuilt.startFrom(potentials);
			}
			potentials = rebuilt;
			networksChanged = false;
		}
		potentials.solveGalvanostatic(j);
		solvedAt = j;
		solves++;
		return potentials;
	}

	/** Cells times time steps taken so far (a step retaken to locate a condition counts again): the work done. */
	public long cellUpdates() {
		return (long) steps * nx * ny;
	}

	/** Coupled solves of the potentials so far: one per change of the networks or of the current. */
	public int solves() {
		return solves;
	}

	/**
	 * Li (m3 per m of depth) a cell can still take: its phase's room, or for an electron conductor at a reacting
	 * face all of it (a Li film at the face squeezes into the host rather than vanish from the map).
	 */
	private double roomLeft(int p) {
		Phase phase = phase(p);
		double room = phase.conductsElectrons() ? 1 : phase.room();
		return (room - state.xi()[p]) * h * h;
	}

	/**
	 * One step of the front at plating current density j (A/m2; negative strips), at most maxDt long (s): the
	 * potentials, then Li moved across every reacting face, the profile term, cracks and reactions.
	 */
	public StepReport step(double j, double maxDt) {
		CoupledPotentials solved = potentials(j);
		int faces = solved.faces();
		double[] volumeRate = new double[faces]; // m3/(m s) plated across each face, negative for stripping
		double[] cellRate = new double[nx * ny];
		for (int k = 0; k < faces; k++) {
			volumeRate[k] = solved.faceCurrentDensity(k) * h * Constants.LI_THICKNESS_PER_CHARGE;
			int changed = changedBy(solved.electronCell(k), solved.ionCell(k), volumeRate[k]);
			if (changed >= 0) {
				cellRate[changed] += Math.abs(volumeRate[k]);
			}
		}
		double fastest = 0;
		for (double r : cellRate) {
			fastest = Math.max(fastest, r);
		}
		// the step is limited by the cells whose Li changes; Li going to the body beyond the map limits nothing
		double dt = Math.min(maxDt, fastest > 0 ? MAX_FILL * h * h / fastest : Double.POSITIVE_INFINITY);
		byte[] was = contacts();
		int cracks = 0;
		for (int k = 0; k < faces; k++) {
			double volume = volumeRate[k] * dt;
			if (volume >= 0) {
				cracks += plate(solved.electronCell(k), solved.ionCell(k), volume, solved.overpotential(k)) ? 1 : 0;
			} else {
				strip(solved.electronCell(k), -volume);
			}
		}
		keepProfile(dt, fastest / h);
		if (options.reactivePhases()) {
			react(dt);
		}
		state = state.advancedBy(dt);
		steps++;
		networksChanged |= !Arrays.equals(was, contacts());
		networksChanged |= cracks > 0;
		return new StepReport(dt, cracks, shorted());
	}

	/**
	 * The cell whose Li a face's volume rate (plating if positive) changes first, as {@link #plate} and {@link #strip}
	 * place it; -1 when it goes to or comes from the electrode's body beyond the map.
	 */
	private int changedBy(int e, int q, double volumeRate) {
		if (volumeRate >= 0) {
			return roomLeft(q) > 0 ? q : roomLeft(e) > 0 ? e : -1;
		}
		return phase(e).room() >= 1 ? -1 : e;
	}

	/** Per cell: 0 without Li, 1 with some (its faces no longer need to nucleate), 2 conducting as Li. */
	private byte[] contacts() {
		byte[] kind = new byte[nx * ny];
		double[] xi = state.xi();
		for (int p = 0; p < kind.length; p++) {
			kind[p] = (byte) (xi[p] >= THRESHOLD ? 2 : xi[p] > 0 ? 1 : 0);
		}
		return kind;
	}

	/** Plates a volume across the face (e, q); returns whether it cracked q. */
	private boolean plate(int e, int q, double volume, double overpotential) {
		double intoIon = Math.min(volume, Math.max(0, roomLeft(q)));
		fill(q, intoIon);
		double left = volume - intoIon;
		double intoElectron = Math.min(left, Math.max(0, roomLeft(e)));
		fill(e, intoElectron);
		left -= intoElectron;
		if (left <= 0) {
			return false;
		}
		state.addToReservoir(left); // nowhere in the map: the electrode's body thickens
		state.plated()[Region.LITHIUM_SIDE.ordinal()] += left;
		Phase dense = phase(q);
		if (options.cracks() && dense.room() == 0 && dense.flawLength() > 0
				&& Math.abs(overpotential) >= Griffith.criticalOverpotential(dense.fractureToughness(), dense.flawLength() + filledCrackBehind(e, q))) {
			state.phaseOf()[q] = indexOf(dense.cracked());
			state.cracked()[q] = true;
			return true;
		}
		return false;
	}

	/**
	 * Length of the Li-filled crack behind the face from q to e (m), for a face across the cell's column (q above or
	 * below e): the cracked cells conducting as Li in a line from e away from q. Li in a crack presses on all of it,
	 * so the loaded length of the next crack grows with the filament, which is what lets a filament run once it has
	 * started. A face beside a filament loads only the wall's own flaws: cracks here run across the electrolyte,
	 * away from the electrode, not along it.
	 */
	private double filledCrackBehind(int e, int q) {
		int step = e - q;
		if (Math.abs(step) != nx) {
			return 0;
		}
		int length = 0;
		for (int p = e; p >= 0 && p < nx * ny && lithiumAt(p) && state.cracked()[p]; p += step) {
			length++;
		}
		return length * h;
	}

	private void fill(int p, double volume) {
		if (volume > 0) {
			state.xi()[p] += volume / (h * h);
			state.plated()[region(p / nx).ordinal()] += volume;
		}
	}

	/**
	 * Strips a volume from the face's electron side. Li metal with full room (the foil, Li in cracks and voids) is
	 * one body: stripping anywhere on it thins the foil, creep under the pressure that drove Li into a crack
	 * resupplying the crack. Li in the pores of a host (carbon) is stripped where it sits, the rest from the body
	 * through the Li it still touches.
	 */
	private void strip(int e, double volume) {
		if (phase(e).room() >= 1) {
			state.addToReservoir(-volume);
			return;
		}
		double available = state.xi()[e] * h * h;
		double taken = Math.min(volume, available);
		state.xi()[e] -= taken / (h * h);
		state.addToReservoir(-(volume - taken));
	}

	/** Whether the electrode's body has given all its Li (its cells in the map and what plating added beyond it). */
	public boolean exhausted() {
		return bodyLithium + state.reservoir() <= 0;
	}

	/**
	 * The profile term over cells with full room, in as many stable sub-steps as dt needs. Its speed is the
	 * options' or, by default, four times the fastest face's speed of this step (at least that of 1 mA/cm2), so that
	 * the profile is restored faster than plating smears it.
	 */
	private void keepProfile(double dt, double fastestSpeed) {
		int n = nx * ny;
		boolean[] mobile = new boolean[n];
		boolean any = false;
		double[] xi = state.xi();
		for (int p = 0; p < n; p++) {
			mobile[p] = phase(p).room() >= 1;
			any |= mobile[p] && xi[p] > 0 && xi[p] < 1;
		}
		if (!any) {
			return; // no cell part filled: no profile to keep
		}
		double speed = !Double.isNaN(profileSpeed) ? profileSpeed
				: Math.max(4 * fastestSpeed, Constants.A_PER_M2_PER_MA_PER_CM2 * Constants.LI_THICKNESS_PER_CHARGE);
		new ProfileKeeping(nx, ny, h, PROFILE_WIDTH * h, speed).advance(xi, mobile, dt);
	}

	/** Reactive cells Li touches advance towards their product; the networks change while they do. */
	private void react(double dt) {
		double[] reacted = state.reacted();
		for (int j = 0; j < ny; j++) {
			for (int i = 0; i < nx; i++) {
				int p = j * nx + i;
				Phase phase = phase(p);
				if (phase.product() == null || !touchedByLithium(i, j)) {
					continue;
				}
				reacted[p] = phase.reactionTime() > 0 ? Math.min(1, reacted[p] + dt / phase.reactionTime()) : 1; // 0: on contact
				networksChanged = true;
				if (reacted[p] >= 1) {
					state.phaseOf()[p] = indexOf(phase.product());
					reacted[p] = 0;
				}
			}
		}
	}

	private boolean touchedByLithium(int i, int j) {
		int p = j * nx + i;
		return state.xi()[p] > 0 || i > 0 && lithiumAt(p - 1) || i < nx - 1 && lithiumAt(p + 1) || j > 0 && lithiumAt(p - nx)
				|| j < ny - 1 && lithiumAt(p + nx);
	}

	/** Where Li in a row is reported. */
	public Region region(int row) {
		double y = (row + 0.5) * h;
		double face = electrolyteRow * h;
		if (Math.abs(y - face) < FACE_BAND && electrolyteRow > layerRow) {
			return Region.FACE_BAND;
		}
		if (row < layerRow) {
			return Region.LITHIUM_SIDE;
		}
		return row < electrolyteRow ? Region.LAYER : Region.ELECTROLYTE;
	}

	/** Whether Li conducts in the row against the counter side: a filament spans the map. */
	public boolean shorted() {
		for (int i = 0; i < nx; i++) {
			if (lithiumAt((ny - 1) * nx + i)) {
				return true;
			}
		}
		return false;
	}

	/** The first row of the interlayer (the foil's face at the start). */
	int layerRow() {
		return layerRow;
	}

	/** The first row of the dense electrolyte. */
	int electrolyteRow() {
		return electrolyteRow;
	}
}
