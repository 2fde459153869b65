package org.stratum.engine.results;

import org.stratum.model.units.Unit;

/**
 * The units results are shown and written in to a user (the results model is SI), named once for summary.json,
 * the command line's summary, the validation report and the workbench's charts and tables.
 */
public final class ResultUnits {

	public static final Unit HOUR = Unit.parse("h");
	public static final Unit MA_PER_CM2 = Unit.parse("mA/cm2");
	public static final Unit MAH_PER_CM2 = Unit.parse("mAh/cm2");
	public static final Unit MILLIVOLT = Unit.parse("mV");
	public static final Unit OHM_CM2 = Unit.parse("Ohm cm2");
	public static final Unit PERCENT = Unit.parse("%");
	public static final Unit MICROMETRE = Unit.parse("um");
	public static final Unit NANOMETRE = Unit.parse("nm");
	public static final Unit SIEMENS_PER_CM = Unit.parse("S/cm");
	public static final Unit MILLISIEMENS_PER_CM = Unit.parse("mS/cm");
	public static final Unit CM2 = Unit.parse("cm2");

	private ResultUnits() {
	}
}
