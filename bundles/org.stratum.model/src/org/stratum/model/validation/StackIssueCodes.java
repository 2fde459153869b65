package org.stratum.model.validation;

/** Codes of the problems {@link StackValidator} reports (diagnostic codes), one per rule. */
public final class StackIssueCodes {

	public static final String SOURCE = "org.stratum.model";

	public static final int NOT_POSITIVE = 1;
	public static final int IMPLAUSIBLE_VALUE = 2;
	public static final int FRACTION_OUT_OF_RANGE = 3;
	public static final int FRACTIONS_DO_NOT_SUM = 4;
	public static final int WRONG_DIMENSION = 5;
	public static final int UNKNOWN_MATERIAL = 6;
	public static final int MISSING_DATA = 7;
	public static final int STACK_ORDER = 8;
	public static final int OUT_OF_PHYSICAL_RANGE = 9;
	public static final int NO_SOURCE = 10;
	public static final int DUPLICATE_PROPERTY = 11;
	public static final int MIXED_FRACTION_BASIS = 12;

	private StackIssueCodes() {
	}
}
