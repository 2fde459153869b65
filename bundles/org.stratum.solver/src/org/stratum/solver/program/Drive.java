package org.stratum.solver.program;

/**
 * What a segment holds constant: the current density (A/m2), the cell voltage (V), the power density (W/m2,
 * magnitude) or a load's areal resistance (Ohm m2). The current of the last three follows from the cell, in
 * the direction {@code sign} (+1 charges a full cell or plates the working electrode, -1 the reverse, 0 rests).
 * Quantities the drive does not hold are NaN.
 */
public record Drive(double current, double voltage, double power, double resistance, int sign) {

	/** A constant current density j (A/m2); zero rests. */
	public static Drive constantCurrent(double j) {
		return new Drive(j, Double.NaN, Double.NaN, Double.NaN, (int) Math.signum(j));
	}

	/** A voltage hold at volts, charging (+1) or discharging (-1). */
	public static Drive voltageHold(double volts, int sign) {
		return new Drive(Double.NaN, volts, Double.NaN, Double.NaN, sign);
	}

	/** A constant power density (W/m2): positive charges a full cell, negative discharges it. */
	public static Drive constantPower(double powerDensity) {
		return new Drive(Double.NaN, Double.NaN, Math.abs(powerDensity), Double.NaN, (int) Math.signum(powerDensity));
	}

	/** A discharge through a load of areal resistance r (Ohm m2). */
	public static Drive resistiveDischarge(double r) {
		return new Drive(Double.NaN, Double.NaN, Double.NaN, r, -1);
	}

	/** Whether the drive holds the cell voltage. */
	public boolean potentiostatic() {
		return !Double.isNaN(voltage);
	}

	/** Whether the current changes as the cell does (a hold, a power or a resistance). */
	public boolean currentVaries() {
		return potentiostatic() || !Double.isNaN(power) || !Double.isNaN(resistance);
	}
}
