package org.stratum.ui.results;

import org.stratum.model.units.Unit;

/** The units the results editor shows quantities in (the results model is SI), named once. */
final class DisplayUnits {

	static final Unit HOUR = Unit.parse("h");
	static final Unit MA_PER_CM2 = Unit.parse("mA/cm2");
	static final Unit MAH_PER_CM2 = Unit.parse("mAh/cm2");
	static final Unit MILLIVOLT = Unit.parse("mV");
	static final Unit OHM_CM2 = Unit.parse("Ohm cm2");
	static final Unit PERCENT = Unit.parse("%");

	private DisplayUnits() {
	}
}
