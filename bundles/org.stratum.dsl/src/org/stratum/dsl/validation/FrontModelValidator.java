package org.stratum.dsl.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.eclipse.xtext.validation.Check;
import org.stratum.dsl.resolve.Expectation;
import org.stratum.dsl.resolve.FrontChoices;
import org.stratum.dsl.resolve.FrontDomains;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.resolve.StackResolutionException;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.NucleationBarrier;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.model.derive.DerivationException;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.units.Unit;

/**
 * Checks of a simulation's {@code model front { ... }}: a domain the heap cannot hold is an error stating the memory it
 * would need; a grid too coarse for the cell's smallest particles is a warning whose fix sets the grid to d/2.4; an
 * unknown morphology or interphase name is an error whose fixes are the known names, the closest first; a nucleation
 * barrier outside 0 .. 1 V is an error (a negative one's fix is its magnitude), and so are voids over none or more
 * than 90 % of the Li face and a flaw spread outside 0 .. 200 %.
 * Composed into {@link StratumValidator}.
 */
public class FrontModelValidator extends ComposedValidator {

	private static final Unit UM = Unit.parse("um");
	/** The largest nucleation barrier taken as meant, V: measured barriers on bare substrates are tens of mV. */
	private static final double MAX_NUCLEATION_BARRIER = 1;
	/** The most of the Li face voids may cover: beyond it the contacts left are too few for a meant hypothesis. */
	private static final double MAX_VOID_FRACTION = 0.9;
	/** The largest spread of the flaws' log length taken as meant: a factor e^2 (7x) either way for one standard deviation. */
	private static final double MAX_FLAW_SPREAD = 2;

	@Check
	public void checkDomainFitsTheHeap(FrontModel model) {
		double[] d = domain(model);
		if (d == null || d[2] <= 0 || FrontDomains.fits(d[0], d[1], d[2])) {
			return;
		}
		error(String.format(Locale.ROOT, "the front model's %d x %d cells need about %d MB; the heap holds %d MB (a coarser grid or a smaller domain)",
				FrontDomains.cells(d[0], d[2]), FrontDomains.cells(d[1], d[2]), FrontDomains.bytes(d[0], d[1], d[2]) >> 20,
				Runtime.getRuntime().maxMemory() >> 20), model, model.getSpacing() != null ? StratumPackage.Literals.FRONT_MODEL__SPACING : null,
				StratumIssueCodes.FRONT_DOMAIN_TOO_LARGE);
	}

	@Check
	public void checkGridResolvesTheParticles(FrontModel model) {
		double[] d = domain(model);
		if (d == null || !(model.eContainer() instanceof Simulation simulation) || simulation.getCell() == null || simulation.getCell().eIsProxy()) {
			return;
		}
		Cell cell;
		try {
			cell = StackResolver.resolve(simulation.getCell());
		} catch (StackResolutionException e) {
			return; // the stack declaration's own check reports it
		}
		Component smallest = null;
		for (Component c : placedAsParticles(cell)) {
			if (c.getParticleSize() != null && (smallest == null || c.getParticleSize().toSI() < smallest.getParticleSize().toSI())) {
				smallest = c;
			}
		}
		if (smallest == null || d[2] <= FrontDomains.spacingFor(smallest.getParticleSize().toSI()) * (1 + 1e-9)) {
			return;
		}
		String suggested = round(UM.fromSI(FrontDomains.spacingFor(smallest.getParticleSize().toSI()))) + " um";
		String message = "a grid of " + round(UM.fromSI(d[2])) + " um is too coarse for the " + smallest.getMaterial().getId() + " particles of "
				+ round(UM.fromSI(smallest.getParticleSize().toSI())) + " um: at most d/" + FrontDomains.CELLS_PER_DIAMETER + " = " + suggested;
		if (model.getSpacing() != null) {
			warning(message, model, StratumPackage.Literals.FRONT_MODEL__SPACING, StratumIssueCodes.FRONT_GRID_TOO_COARSE, suggested);
		} else {
			warning(message + " (the default grid; write 'grid " + suggested + ";')", model, null, StratumIssueCodes.FRONT_GRID_TOO_COARSE);
		}
	}

	/**
	 * The components the front model draws as particles: an interlayer's (but its binder), and an electrolyte's
	 * other than its main one, which is the matrix they sit in.
	 */
	private static java.util.List<Component> placedAsParticles(Cell cell) {
		java.util.List<Component> placed = new java.util.ArrayList<>();
		for (Layer layer : cell.getLayers()) {
			if (layer instanceof Interlayer interlayer) {
				interlayer.getComponents().stream().filter(c -> c.getRole() != ComponentRole.BINDER).forEach(placed::add);
			} else if (layer instanceof SolidElectrolyte se && se.getComponents().size() > 1) {
				try {
					java.util.Map<Component, Double> phi = Geometry.volumeFractions(se);
					Component main = java.util.Collections.max(phi.entrySet(), java.util.Map.Entry.comparingByValue()).getKey();
					phi.keySet().stream().filter(c -> c != main).forEach(placed::add);
				} catch (DerivationException e) {
					// the stack's own validation reports fractions that do not derive
				}
			}
		}
		return placed;
	}

	@Check
	public void checkMorphology(FrontModel model) {
		String name = model.getMorphology();
		if (name != null && FrontChoices.morphology(name).isEmpty()) {
			error("unknown morphology '" + name + "'; expected one of " + String.join(", ", FrontChoices.morphologies()), model,
					StratumPackage.Literals.FRONT_MODEL__MORPHOLOGY, StratumIssueCodes.UNKNOWN_MORPHOLOGY,
					closestFirst(name, FrontChoices.morphologies()));
		}
	}

	@Check
	public void checkInterphase(FrontModel model) {
		String name = model.getInterphase();
		if (name != null && FrontChoices.interphase(name).isEmpty()) {
			error("unknown interphase '" + name + "'; expected one of " + String.join(", ", FrontChoices.interphases())
					+ " (the faces of a bare electron conductor that carry an electron-blocking interphase)", model,
					StratumPackage.Literals.FRONT_MODEL__INTERPHASE, StratumIssueCodes.UNKNOWN_INTERPHASE, closestFirst(name, FrontChoices.interphases()));
		}
	}

	@Check
	public void checkNucleationBarrier(NucleationBarrier barrier) {
		double volts = si(barrier.getBarrier(), Expectation.VOLTAGE);
		if (Double.isNaN(volts) || volts >= 0 && volts <= MAX_NUCLEATION_BARRIER) {
			return;
		}
		String magnitude = Quantities.text(barrier.getBarrier()).replaceFirst("^-\\s*", "");
		error("a nucleation barrier is the overpotential Li needs to form on a bare substrate, 0 .. 1 V; not " + Quantities.text(barrier.getBarrier()),
				barrier, StratumPackage.Literals.NUCLEATION_BARRIER__BARRIER, StratumIssueCodes.BAD_NUCLEATION_BARRIER,
				volts < 0 && -volts <= MAX_NUCLEATION_BARRIER ? new String[] { magnitude } : new String[0]);
	}

	@Check
	public void checkVoids(FrontModel model) {
		double fraction = si(model.getVoidFraction(), Expectation.FRACTION);
		double size = si(model.getVoidSize(), Expectation.LENGTH);
		if (Double.isNaN(fraction) || Double.isNaN(size)) {
			return;
		}
		if (!(fraction > 0 && fraction <= MAX_VOID_FRACTION)) {
			error("voids cover part of the Li face, more than 0 and at most 90 %, so that some of it still touches; not "
					+ Quantities.text(model.getVoidFraction()), model, StratumPackage.Literals.FRONT_MODEL__VOID_FRACTION, StratumIssueCodes.BAD_VOIDS);
		}
		if (!(size > 0)) {
			error("a void needs a width above 0, such as 1 um", model, StratumPackage.Literals.FRONT_MODEL__VOID_SIZE, StratumIssueCodes.BAD_VOIDS);
		}
	}

	@Check
	public void checkFlawSpread(FrontModel model) {
		double spread = si(model.getFlawSpread(), Expectation.FRACTION);
		if (!Double.isNaN(spread) && !(spread > 0 && spread <= MAX_FLAW_SPREAD)) {
			error("the flaws' spread is the standard deviation of the log of their length, above 0 and at most 200 %; not "
					+ Quantities.text(model.getFlawSpread()), model, StratumPackage.Literals.FRONT_MODEL__FLAW_SPREAD, StratumIssueCodes.BAD_FLAW_SPREAD);
		}
	}

	/** A setting's value in SI, or NaN when it is not written or its unit is not the expected one (the unit check reports that). */
	private static double si(org.stratum.dsl.stratum.Quantity quantity, Expectation expected) {
		if (quantity == null || expected.check(quantity) != null) {
			return Double.NaN;
		}
		try {
			return Quantities.si(quantity);
		} catch (org.stratum.model.units.UnitException e) {
			return Double.NaN;
		}
	}

	/** Every choice, the closest to the name first: a short list, so each is offered as a fix. */
	private static String[] closestFirst(String name, java.util.List<String> choices) {
		java.util.LinkedHashSet<String> ordered = new java.util.LinkedHashSet<>(StratumLinkingMessages.closest(name, choices));
		ordered.addAll(choices);
		return ordered.toArray(new String[0]);
	}

	/** Width, height and spacing of the model in m, with the defaults for what it leaves out; null when a unit does not read. */
	private static double[] domain(FrontModel model) {
		try {
			FrontDomains.Size size = FrontDomains.size(model);
			return new double[] { size.width(), size.height(), size.spacing() };
		} catch (org.stratum.model.units.UnitException e) {
			return null; // the unit check reports it
		}
	}

	private static String round(double v) {
		return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}
}
