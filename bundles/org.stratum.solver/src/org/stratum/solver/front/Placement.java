package org.stratum.solver.front;

/**
 * How a composite layer's particles sit in its matrix: dispersed at random, segregated on the boundaries of the
 * matrix's own grains (coating them, as nano-sized ceramic coats micron carbon), or in chains of touching particles.
 */
public enum Placement {
	RANDOM, SEGREGATED, CHAINS
}
