package org.stratum.solver.cell;

import org.stratum.solver.physics.Constants;
import org.stratum.solver.physics.Griffith;
import org.stratum.solver.physics.Kinetics;

/**
 * The stack model (physics.md section 1) of a symmetric Li cell or a Li-metal full cell: ohmic drop, Butler-Volmer kinetics at
 * both faces with current focusing {@code kappa = 1/contact}, flaw pressurisation and cracking
 * (Griffith), filament growth at {@code v = kappa_tip j Omega / F} to a short, stripping voids beyond the
 * vacancy-diffusion limit {@code Q_max = VSC / j}, {@code VSC = pi D c^2 F^2 / 4}, relieved by creep under stack
 * pressure, and interphase growth.
 * <p>
 * A full cell (Li | electrolyte | cathode) is the same network with a {@link Cathode} in the counter
 * electrode's place: positive current density then charges the cell (plates Li on the anode), the voltage is
 * the cathode's OCV at its state of charge plus or minus the polarisation, and the cathode's Li is kept as
 * equivalent Li thickness so Faraday's law and the exhaustion events serve both sides.
 */
public final class StackCellModel {

	/** Tip focusing of a filament (electrode area over filament cross-section), an order-of-magnitude estimate. */
	public static final double TIP_FOCUSING = 1e3;
	/** Depth of Li removed beyond the diffusion limit that opens voids over the whole face, m (estimate). */
	public static final double VOID_DEPTH = 1e-6;
	/** Li yield strength, Pa (review 001). */
	public static final double LI_YIELD = 0.8e6;
	/** Power-law creep exponent of Li (Masias 2019). */
	public static final double CREEP_EXPONENT = 6.6;
	/** Rate at which voids close by creep at a stack pressure equal to Li's yield strength, 1/s (estimate). */
	public static final double CREEP_RATE_AT_YIELD = 1e-4;
	/**
	 * Upper bound of the creep relief rate, 1/s: creep cannot refill voids faster than Li flows into them
	 * (physics.md: "bound the relief"); it also keeps the state equations non-stiff.
	 */
	public static final double MAX_CREEP_RATE = 1e-2;
	/**
	 * Time over which a passivating film that starts from nothing is taken to grow linearly, s: dR/dt = k / 2R is
	 * singular at R = 0; bounding R below by sqrt(k t_0) changes R(t) = sqrt(R0^2 + k t) by less than t_0 / 2t.
	 */
	static final double PASSIVATION_ONSET = 1;
	/** Resistance of a short across the cell, Ohm m2. */
	public static final double SHORT_RESISTANCE = 1e-7;
	/** Molar concentration of Li in Li metal, mol/m3. */
	private static final double C_LI = 1.0 / Constants.OMEGA_LI;

	private final StackCell cell;
	private final Electrode[] electrodes;
	private final Cathode cathode;

	public StackCellModel(StackCell cell) {
		this(cell, null);
	}

	/** A full cell when cathode is not null; cell.counter() then describes the cathode's face ({@link #cathodeFace}). */
	public StackCellModel(StackCell cell, Cathode cathode) {
		this.cell = cell;
		this.electrodes = new Electrode[] { cell.working(), cell.counter() };
		this.cathode = cathode;
	}

	/** The counter-electrode description of a cathode: its kinetics, no flaw, and its Li as equivalent thickness. */
	public static Electrode cathodeFace(String name, Cathode cathode) {
		return new Electrode(name, cathode.exchangeCurrent(), 0, true, cathode.capacity() * (1 - cathode.initialSoc()) * Constants.LI_THICKNESS_PER_CHARGE,
				0, Electrode.InterphaseGrowth.STABLE, 0, new double[] { 0, 0, 0 });
	}

	public boolean isFullCell() {
		return cathode != null;
	}

	/** Li the cathode holds when fully discharged, as equivalent Li thickness, m. */
	public double cathodeLithium() {
		return cathode.capacity() * Constants.LI_THICKNESS_PER_CHARGE;
	}

	/** State of charge of a full cell's cathode (0 discharged, 1 at nominal capacity). */
	public double stateOfCharge(CellState s) {
		return 1 - s.lithium[1] / cathodeLithium();
	}

	public StackCell cell() {
		return cell;
	}

	/** Index of the electrode Li plates on at current density j: 0 (working) for j > 0. */
	public static int platingSide(double j) {
		return j >= 0 ? 0 : 1;
	}

	/**
	 * Kinetic overpotential (V, magnitude) of one face at current density magnitude j: where Li meets the
	 * electrolyte, so for a layer with coverage defects at the defects, with the current they draw.
	 */
	public double faceOverpotential(CellState s, int side, double j) {
		double kappa = 1.0 / Math.max(s.contact[side], 1e-3);
		if (electrodes[side].coverage().hasDefects()) {
			return Kinetics.overpotential(kappa * defectFocusing(s, side) * Math.abs(j), defectExchangeCurrent(s, side), s.temperature);
		}
		FaceCurve curve = electrodes[side].curve();
		if (curve != null) {
			return curve.faceOverpotential(curveCurrent(s, side, kappa * Math.abs(j)));
		}
		return Kinetics.overpotential(kappa * Math.abs(j), exchangeCurrent(s, side), s.temperature);
	}

	/**
	 * The current at which to read a face curve tabulated at the cell's temperature: kinetics dominate the layer, so
	 * at another temperature the same overpotentials come at a current scaled by the exchange currents' ratio.
	 */
	private double curveCurrent(CellState s, int side, double j) {
		return j * electrodes[side].exchangeCurrent() / exchangeCurrent(s, side);
	}

	/** Drop across one face's kinetics (V, magnitude): for a mixed-conducting layer, its whole drop. */
	double kineticDrop(CellState s, int side, double j) {
		FaceCurve curve = electrodes[side].curve();
		if (curve != null) {
			return curve.drop(curveCurrent(s, side, Math.abs(j) / Math.max(s.contact[side], 1e-3)));
		}
		return faceOverpotential(s, side, j);
	}

	/** Drop across one face (V, magnitude): kinetics plus the interphase, both carrying the current where Li meets the electrolyte. */
	double faceDrop(CellState s, int side, double j) {
		return kineticDrop(s, side, j) + defectFocusing(s, side) * Math.abs(j) * s.interphase[side];
	}

	/** Where Li plated on a face at current density j goes: Li side, inside the layer, face band. */
	public double[] platingShares(int side, double j) {
		FaceCurve curve = electrodes[side].curve();
		return curve != null ? curve.shares(Math.abs(j)) : electrodes[side].platingShares();
	}

	/**
	 * Current density at a face's coverage defects over the face's mean (1 without defects). The defects (Li on
	 * the electrolyte, with its interphase) and the covered part (Li on the layer: its face's charge transfer and
	 * its ionic resistance) are parallel paths; the current divides by their linearised resistances, so a resistive layer
	 * drives the current into its few defects.
	 */
	public double defectFocusing(CellState s, int side) {
		Electrode.Coverage c = electrodes[side].coverage();
		if (!c.hasDefects()) {
			return 1;
		}
		double f = c.defectFraction();
		double ratio = defectPathResistance(s, side) / coveredPathResistance(s, side); // j_covered / j_defect
		return 1 / (f + (1 - f) * ratio);
	}

	private double defectPathResistance(CellState s, int side) {
		return chargeTransfer(s, side, defectExchangeCurrent(s, side)) + s.interphase[side];
	}

	/**
	 * The covered part's path: Li meets the layer there, not the electrolyte, so its charge transfer is the layer's
	 * face's (the electrode's exchange current; none when the layer's conductivity stands for its face too), plus the
	 * layer's ionic resistance.
	 */
	private double coveredPathResistance(CellState s, int side) {
		return chargeTransfer(s, side, exchangeCurrent(s, side)) + electrodes[side].coverage().coveredResistance() * ohmicResistance(s) / cell.ohmicResistance();
	}

	/** Linearised charge-transfer resistance RT / (F i0 contact) of a face with exchange current i0, Ohm m2. */
	private static double chargeTransfer(CellState s, int side, double i0) {
		return Constants.R * s.temperature / (Constants.F * i0 * Math.max(s.contact[side], 1e-3));
	}

	/** Linearised area-specific resistance of a face (Ohm m2): charge transfer plus interphase, or both paths in parallel. */
	public double faceResistance(CellState s, int side) {
		Electrode.Coverage c = electrodes[side].coverage();
		if (!c.hasDefects()) {
			return chargeTransfer(s, side, exchangeCurrent(s, side)) + s.interphase[side];
		}
		return 1 / (c.defectFraction() / defectPathResistance(s, side) + (1 - c.defectFraction()) / coveredPathResistance(s, side));
	}

	private double defectExchangeCurrent(CellState s, int side) {
		return Kinetics.arrhenius(electrodes[side].coverage().defectExchangeCurrent(), cell.kineticActivationEnergy(), cell.temperature(), s.temperature);
	}

	/** Exchange current of a face at the present temperature (Arrhenius from the cell's temperature), A/m2. */
	public double exchangeCurrent(CellState s, int side) {
		return Kinetics.arrhenius(electrodes[side].exchangeCurrent(), cell.kineticActivationEnergy(), cell.temperature(), s.temperature);
	}

	/** Ohmic area-specific resistance at the present temperature, Ohm m2. */
	public double ohmicResistance(CellState s) {
		return cell.ohmicResistance() / Kinetics.arrhenius(1.0, cell.ionicActivationEnergy(), cell.temperature(), s.temperature);
	}

	/** Cell voltage phi_W - phi_C (V): negative while Li plates on the working electrode. */
	public double voltage(CellState s, double j) {
		if (s.shorted) {
			return -j * SHORT_RESISTANCE;
		}
		double drop = Math.abs(j) * ohmicResistance(s) + faceDrop(s, 0, j) + faceDrop(s, 1, j);
		if (cathode != null) {
			return cathode.ocv().voltage(stateOfCharge(s)) + Math.signum(j) * drop;
		}
		return -Math.signum(j) * drop;
	}

	/** Parts of |V|: ohmic, working face, counter face, interphases (V). */
	public double[] voltageParts(CellState s, double j) {
		double interphases = 0;
		for (int side = 0; side < 2; side++) {
			interphases += defectFocusing(s, side) * Math.abs(j) * s.interphase[side];
		}
		return new double[] { Math.abs(j) * ohmicResistance(s), kineticDrop(s, 0, j), kineticDrop(s, 1, j), interphases };
	}

	/** The face overpotential at which the plating electrode's face cracks the electrolyte (infinite if electron-blocking). */
	public double criticalOverpotential(int side) {
		Electrode e = electrodes[side];
		if (e.electronBlocking() && !e.coverage().hasDefects() || e.faceFlawLength() <= 0) {
			return Double.POSITIVE_INFINITY;
		}
		return Griffith.criticalOverpotential(cell.fractureToughness(), e.faceFlawLength());
	}

	/** Vacancy-diffusion-limited stripping capacity VSC (C^2/m4... as C/m2 times A/m2). */
	public double vacancyStrippingCapacity() {
		return Math.PI * cell.lithiumDiffusivity() * C_LI * C_LI * Constants.F * Constants.F / 4.0;
	}

	/** Rate of void closure by Li creep under stack pressure, 1/s. */
	public double creepRate(CellState s) {
		double ratio = s.stackPressure / LI_YIELD;
		return Math.min(MAX_CREEP_RATE, CREEP_RATE_AT_YIELD * Math.pow(ratio, CREEP_EXPONENT));
	}

	/**
	 * Time derivatives of the continuous state at current density j: contact fractions (2), filament
	 * lengths (2), stripped charges (2), Li thicknesses (2), interphase resistances (2).
	 */
	public void derivatives(CellState s, double j, double[] dydt) {
		java.util.Arrays.fill(dydt, 0);
		interphaseGrowth(s, Math.abs(j), dydt);
		selfDischarge(s, dydt);
		if (j == 0) {
			for (int side = 0; side < 2; side++) {
				dydt[side] = (1 - s.contact[side]) * creepRate(s);
			}
			return;
		}
		int plate = platingSide(j);
		int strip = 1 - plate;
		double magnitude = Math.abs(j);
		double growth = magnitude * Constants.LI_THICKNESS_PER_CHARGE;
		// stripping side: voids once the stripped charge passes the diffusion limit; creep closes them
		double qMax = vacancyStrippingCapacity() / magnitude;
		double opening = s.strippedCharge[strip] > qMax ? s.contact[strip] * growth / VOID_DEPTH : 0;
		dydt[strip] = -opening + (1 - s.contact[strip]) * creepRate(s);
		dydt[plate] = (1 - s.contact[plate]) * creepRate(s) + (1 - s.contact[plate]) * growth / VOID_DEPTH;
		// filament growth from the plating side once cracked (slower or faster where it meets reacting particles)
		if (s.cracked[plate]) {
			dydt[2 + plate] = TIP_FOCUSING * growth / cell.filamentCharge();
		}
		dydt[4 + strip] = magnitude;
		dydt[6 + plate] += growth;
		dydt[6 + strip] -= growth;
		if (cathode != null) {
			dydt[1] = 0; // the cathode composite keeps its contact; voids and creep belong to Li metal
		}
	}

	/**
	 * Electronic leakage current density through the electrolyte (A/m2): in a full cell electrons cross the
	 * separator under the cell's open-circuit voltage while Li+ follows ionically, so the cathode discharges
	 * internally (self-discharge; the Coulombic efficiency falls below 1). It fades out as the cathode empties.
	 */
	public double leakageCurrent(CellState s) {
		if (cathode == null || Double.isInfinite(cell.electronicResistance()) || s.shorted) {
			return 0;
		}
		double soc = stateOfCharge(s);
		return soc <= 0 ? 0 : Math.min(1, soc / 1e-3) * cathode.ocv().voltage(soc) / cell.electronicResistance();
	}

	/**
	 * Share of the plated Li that deposits inside the electrolyte of a symmetric cell: electrons leaking through the
	 * electrolyte under the cell's polarisation, {@code |V| / R_e}, reduce Li+ there instead of at the face (Han et al.,
	 * Nat. Energy 4 (2019) 187). In a full cell the same leakage discharges the cathode instead ({@link #leakageCurrent}).
	 */
	public double internalDepositionShare(CellState s, double j) {
		if (cathode != null || j == 0 || s.shorted || Double.isInfinite(cell.electronicResistance())) {
			return 0;
		}
		return Math.min(1, Math.abs(voltage(s, j)) / cell.electronicResistance() / Math.abs(j));
	}

	private void selfDischarge(CellState s, double[] dydt) {
		double moved = leakageCurrent(s) * Constants.LI_THICKNESS_PER_CHARGE;
		dydt[6] -= moved; // Li leaves the anode ...
		dydt[7] += moved; // ... and refills the cathode
	}

	/** Parabolic films grow with time (at rest too), others with the charge passed through their part of the face, stable ones not. */
	private void interphaseGrowth(CellState s, double magnitude, double[] dydt) {
		for (int side = 0; side < 2; side++) {
			Electrode e = electrodes[side];
			dydt[8 + side] = switch (e.interphaseGrowth()) {
			case PARABOLIC -> e.growthConstant() == 0 ? 0
					: e.growthConstant() / (2 * Math.max(s.interphase[side], Math.sqrt(e.growthConstant() * PASSIVATION_ONSET)));
			case PER_CHARGE -> e.growthConstant() * magnitude * defectFocusing(s, side);
			case STABLE -> 0;
			};
		}
	}

	public static final int STATE_SIZE = 10;

	public static void read(CellState s, double[] y) {
		for (int side = 0; side < 2; side++) {
			s.contact[side] = Math.max(1e-3, Math.min(1, y[side]));
			s.filament[side] = y[2 + side];
			s.strippedCharge[side] = y[4 + side];
			s.lithium[side] = y[6 + side];
			s.interphase[side] = y[8 + side];
		}
	}

	public static double[] write(CellState s) {
		double[] y = new double[STATE_SIZE];
		for (int side = 0; side < 2; side++) {
			y[side] = s.contact[side];
			y[2 + side] = s.filament[side];
			y[4 + side] = s.strippedCharge[side];
			y[6 + side] = s.lithium[side];
			y[8 + side] = s.interphase[side];
		}
		return y;
	}

	public Electrode electrode(int side) {
		return electrodes[side];
	}
}
