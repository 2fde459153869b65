package org.stratum.dsl.resolve;

import org.stratum.dsl.stratum.FrontModel;

/**
 * What a front model's domain costs and resolves, shared by the language's checks and the engine's map builder:
 * the cell count, the heap it needs, and the finest particle a grid resolves.
 */
public final class FrontDomains {

	/** Heap the front model holds per cell, bytes: 255-367 measured (docs/benchmarks.md), with margin. */
	public static final long BYTES_PER_CELL = 400;
	/** The smallest particle diameter a grid spacing resolves is 2.4 spacings (physics.md). */
	public static final double CELLS_PER_DIAMETER = 2.4;
	/** The share of the Java heap a front model may take (the rest is the workbench's and the results'). */
	public static final double HEAP_SHARE = 0.8;
	/** Width, height and spacing (m) of a front model whose simulation gives none: a 20 x 40 um window at 0.25 um. */
	public static final double DEFAULT_WIDTH = 20e-6, DEFAULT_HEIGHT = 40e-6, DEFAULT_SPACING = 0.25e-6;

	/** Frames of the fields a run keeps when its front model does not say. */
	public static final int DEFAULT_FRAMES = 50;

	private FrontDomains() {
	}

	/** A front model's window: width, height and cell size, m. */
	public record Size(double width, double height, double spacing) {
	}

	/**
	 * The window a simulation's front block sets, with the defaults for what it leaves out.
	 *
	 * @throws org.stratum.model.units.UnitException when a length's unit does not read
	 */
	public static Size size(FrontModel model) {
		return new Size(model.getWidth() == null ? DEFAULT_WIDTH : Quantities.si(model.getWidth()),
				model.getHeight() == null ? DEFAULT_HEIGHT : Quantities.si(model.getHeight()),
				model.getSpacing() == null ? DEFAULT_SPACING : Quantities.si(model.getSpacing()));
	}

	/** Cells across a length at a spacing. */
	public static int cells(double length, double spacing) {
		return (int) Math.round(length / spacing);
	}

	/** Heap a domain needs, bytes. */
	public static long bytes(double width, double height, double spacing) {
		return (long) cells(width, spacing) * cells(height, spacing) * BYTES_PER_CELL;
	}

	/** Whether this Java's heap holds a domain. */
	public static boolean fits(double width, double height, double spacing) {
		return bytes(width, height, spacing) <= HEAP_SHARE * Runtime.getRuntime().maxMemory();
	}

	/** The coarsest spacing that resolves particles of this diameter, m. */
	public static double spacingFor(double diameter) {
		return diameter / CELLS_PER_DIAMETER;
	}
}
