package org.stratum.engine.slurm;

/** Slurm could not be used: its commands are missing, or one of them refused (the message says which and why). */
public class SlurmException extends Exception {

	private static final long serialVersionUID = 1L;

	public SlurmException(String message) {
		super(message);
	}
}
