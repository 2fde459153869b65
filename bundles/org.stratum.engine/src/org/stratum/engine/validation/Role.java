package org.stratum.engine.validation;

/** What a row of the validation report is for. */
public enum Role {
	/** A measurement a constant was fitted on: agreement here is by construction. */
	CALIBRATION("calibration"),
	/** A measurement the library takes as a material's input: shown for completeness, compared with nothing. */
	INPUT("input"),
	/** A measurement the model predicts without fitting to it. */
	PREDICTION("prediction"),
	/** A quantity of a blind paper (002, 004): its measurement is withheld and never looked at. */
	BLIND("blind prediction");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** How the report prints the role. */
	public String label() {
		return label;
	}
}
