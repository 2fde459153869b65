package org.stratum.dsl.validation;

/** Codes of the problems the Stratum language reports; quick fixes are keyed on them. */
public final class StratumIssueCodes {

	private static final String PREFIX = "org.stratum.dsl.";

	/** A quantity of the wrong dimension; data: suggested units. */
	public static final String WRONG_UNIT = PREFIX + "wrongUnit";
	/** A unit Stratum cannot read; data: suggested units. */
	public static final String UNKNOWN_UNIT = PREFIX + "unknownUnit";
	/** A reference to a material that is not in the library; data: closest ids. */
	public static final String UNKNOWN_MATERIAL = PREFIX + "unknownMaterial";
	/** A step that never ends: no duration, no stop condition, and no global stop. */
	public static final String MISSING_STOP = PREFIX + "missingStop";
	/** A stack declaration that cannot be resolved into a cell (file missing, bad variation). */
	public static final String BAD_STACK = PREFIX + "badStack";
	/** The resolved cell breaks a rule of the cell-stack model. */
	public static final String INVALID_CELL = PREFIX + "invalidCell";
	/** A count (repeat, cycles, points, seed, frames) that is not a positive whole number. */
	public static final String NOT_A_COUNT = PREFIX + "notACount";
	/** A CCD ramp that does not go up. */
	public static final String BAD_RAMP = PREFIX + "badRamp";
	/** An output name the engine does not produce; data: known outputs. */
	public static final String UNKNOWN_OUTPUT = PREFIX + "unknownOutput";
	/** A stop condition whose quantity does not say what it stops on. */
	public static final String UNCLEAR_CONDITION = PREFIX + "unclearCondition";
	/** Signed currents without an explicit sign convention. */
	public static final String NO_SIGN_CONVENTION = PREFIX + "noSignConvention";
	/** Two elements of the same kind with one name. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";
	/** An EIS sweep from a lower to a higher frequency. */
	public static final String EIS_RANGE = PREFIX + "eisRange";
	/** A goto whose label lies in another block or protocol. */
	public static final String BAD_JUMP = PREFIX + "badJump";
	/** A C-rate written as a fraction whose divisor is not positive ("C/0"). */
	public static final String BAD_RATE = PREFIX + "badRate";

	/** A front model's domain with more cells than the heap holds. */
	public static final String FRONT_DOMAIN_TOO_LARGE = PREFIX + "frontDomainTooLarge";
	/** A front model's grid coarser than d/2.4 for the cell's smallest particles (data: the spacing that resolves them). */
	public static final String FRONT_GRID_TOO_COARSE = PREFIX + "frontGridTooCoarse";

	/** A front model's morphology that is not random, segregated or chains (data: the closest names). */
	public static final String UNKNOWN_MORPHOLOGY = PREFIX + "unknownMorphology";
	/** A front model's interphase that is not none, electrolyte, particles or all (data: the closest names). */
	public static final String UNKNOWN_INTERPHASE = PREFIX + "unknownInterphase";
	/** A front model's nucleation barrier outside 0 .. 1 V (data: its magnitude, when it is negative and that fits). */
	public static final String BAD_NUCLEATION_BARRIER = PREFIX + "badNucleationBarrier";
	/** A front model's voids over no part or more than 90 % of the Li face, or of no size. */
	public static final String BAD_VOIDS = PREFIX + "badVoids";
	/** A front model's flaw spread outside 0 .. 200 %. */
	public static final String BAD_FLAW_SPREAD = PREFIX + "badFlawSpread";

	/** A metric name the engine does not compute (data: the closest names). */
	public static final String UNKNOWN_METRIC = PREFIX + "unknownMetric";
	/** An expectation 'after N cycles' on a metric that has no value per cycle, or of no whole number of cycles. */
	public static final String BAD_EXPECTATION = PREFIX + "badExpectation";
	/** A sweep factor whose step, property or material value the simulation does not have (data: the closest names). */
	public static final String UNKNOWN_FACTOR = PREFIX + "unknownFactor";
	/** A sweep range a grid cannot step (no 'steps', fewer than two) or a log range that crosses or touches zero. */
	public static final String BAD_RANGE = PREFIX + "badRange";
	/** A sweep of more points than one sweep may hold. */
	public static final String SWEEP_TOO_LARGE = PREFIX + "sweepTooLarge";

	/** A fit without what it compares against: voltage without data (or data that is not there), a metric without its value. */
	public static final String BAD_FIT = PREFIX + "badFit";
	/** A fit's data column: a role the fit cannot read, a unit of the wrong kind, 'clock' or 'inverted' where they mean nothing, a role mapped twice. */
	public static final String BAD_DATA_COLUMN = PREFIX + "badDataColumn";

	private StratumIssueCodes() {
	}
}
