package org.stratum.dsl.ide.hover;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.resolve.FrontDomains;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.resolve.StackResolutionException;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.Expect;
import org.stratum.dsl.stratum.Factor;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.LatinHypercube;
import org.stratum.dsl.stratum.Sweep;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.dsl.study.FitSignal;
import org.stratum.dsl.study.FitSignals;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.stratum.DataColumn;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.study.SweepDesign;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.Property;
import org.stratum.model.units.UnitException;

/**
 * Hovers: a quantity's SI value, a material's library entry, a stack's resolved layers, a front model's settings in effect,
 * a sweep's points, an expectation's metric, a fit and its data columns.
 */
public class StratumHover extends HoverService {

	/**
	 * Statements without a name (an expectation, a data column) hover as a whole: Xtext finds an element only on its
	 * significant region (the first keyword), so anywhere on a word of its own the statement is taken; a quantity
	 * inside it keeps its own hover.
	 */
	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		if (resource.getParseResult() != null) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
			EObject owner = leaf == null || leaf.isHidden() ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
			if (owner instanceof Expect || owner instanceof DataColumn) {
				return new HoverContext(document, resource, offset, NodeModelUtils.findActualNodeFor(owner).getTextRegion(), owner);
			}
		}
		return super.createContext(document, resource, offset);
	}

	@Override
	public String getContents(EObject element) {
		if (element instanceof Quantity q) {
			return quantity(q);
		}
		if (element instanceof Material m) {
			return material(m);
		}
		if (element instanceof StackDeclaration s) {
			return stack(s);
		}
		if (element instanceof FrontModel f) {
			return front(f);
		}
		if (element instanceof Sweep sweep) {
			return sweep(sweep);
		}
		if (element instanceof Expect e) {
			return expectation(e);
		}
		if (element instanceof Fit fit) {
			return fit(fit);
		}
		if (element instanceof DataColumn column) {
			return ColumnRole.named(column.getRole()).map(r -> "**column " + r.word() + "**: " + r.description()).orElse("unknown column '" + column.getRole() + "'");
		}
		return super.getContents(element);
	}

	/** The sweep's size and each factor's values as the design takes them. */
	static String sweep(Sweep sweep) {
		StringBuilder s = new StringBuilder("**sweep " + sweep.getName() + "**: ");
		try {
			long size = SweepDesign.size(sweep);
			s.append(size).append(" points, ").append(sweep.getDesign() instanceof LatinHypercube ? "a Latin hypercube" : "every combination");
			for (Factor f : sweep.getFactors()) {
				s.append("\n- ").append(SweepDesign.label(f)).append(": ");
				if (sweep.getDesign() instanceof LatinHypercube && SweepDesign.isRange(f)) {
					s.append("sampled from ").append(Quantities.text(f.getFrom())).append(" to ").append(Quantities.text(f.getTo())).append(f.isLog() ? " (log)" : "");
				} else {
					List<org.stratum.model.units.Quantity> levels = SweepDesign.levels(f);
					s.append(levels.size()).append(" values, ").append(levels.size() <= 6 ? levels.stream().map(Object::toString).toList().toString()
							: levels.get(0) + " ... " + levels.get(levels.size() - 1));
				}
			}
		} catch (IllegalArgumentException e) { // a unit that does not read (UnitException), a grid too large
			s.append(e.getMessage());
		}
		return s.toString();
	}

	/** What the fit compares, from which file, and what it varies. */
	static String fit(Fit fit) {
		StringBuilder s = new StringBuilder("**fit " + fit.getName() + "**: ");
		Optional<FitSignal> signal = FitSignal.named(fit.getSignal());
		if (signal.isPresent()) {
			s.append("compares ").append(signal.get().description());
			if (fit.getData() != null) {
				s.append("\n- data: ").append(fit.getData()).append(" (").append(FitSignals.format(fit)).append(")");
			}
		} else {
			s.append("compares the metric ").append(fit.getSignal());
		}
		for (Factor f : fit.getFactors()) {
			s.append("\n- fits ").append(SweepDesign.label(f));
		}
		return s.toString();
	}

	/** What the expected metric is, and its unit. */
	static String expectation(Expect e) {
		if (e.isNoShort()) {
			return "**no short before** the time given: the run must reach it without a short circuit (a run that ends earlier fails)";
		}
		return Metric.named(e.getMetric()).map(m -> "**" + m.word() + "**" + (m.unit().isEmpty() ? "" : " (" + m.unit() + ")") + ": " + m.description())
				.orElse("unknown metric '" + e.getMetric() + "'");
	}

	static String quantity(Quantity q) {
		if (Quantities.isCRate(q)) {
			return "**" + Quantities.text(q) + "**: a C-rate, " + Quantities.value(q) + " times the current that (dis)charges the nominal capacity in 1 h";
		}
		try {
			var unit = Quantities.unit(q);
			double si = unit.toSI(Quantities.value(q));
			return "**" + Quantities.text(q) + "** = " + number(si) + " " + unit.dimension() + " (SI)";
		} catch (UnitException e) {
			return e.getMessage();
		}
	}

	/** Six significant digits, without trailing zeros; scientific notation outside 1e-3 .. 1e6. */
	static String number(double v) {
		if (v != 0 && (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e6)) {
			return String.format(Locale.ROOT, "%.5e", v).replaceAll("\\.?0+e", "e");
		}
		return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
	}

	static String material(Material m) {
		StringBuilder s = new StringBuilder("**" + m.getId() + "**: " + m.getName() + " (" + m.getMaterialClass().getLiteral().replace('_', ' ') + ")");
		for (Property p : m.getProperties()) {
			s.append("\n- ").append(p.getKind().getLiteral().replace('_', ' ')).append(": ").append(p.getValue())
					.append(p.getSource() == null ? "" : " [" + p.getSource().getId() + "]").append(p.isEstimate() ? " (estimate)" : "");
		}
		return s.toString();
	}

	static String stack(StackDeclaration declaration) {
		try {
			Cell cell = StackResolver.resolve(declaration);
			StringBuilder s = new StringBuilder("**" + cell.getName() + "** (" + cell.getKind().getLiteral() + ")");
			for (Layer layer : cell.getLayers()) {
				double t;
				try {
					t = Geometry.thickness(layer);
				} catch (RuntimeException e) {
					t = Double.NaN;
				}
				s.append("\n- ").append(layer.getName()).append(": ")
						.append(Double.isNaN(t) ? "thickness unknown" : String.format(Locale.ROOT, "%.3g um", t * 1e6));
			}
			return s.toString();
		} catch (StackResolutionException e) {
			return e.getMessage();
		}
	}

	/** The front model as it will run: cells and heap, and every setting with the default for what the block leaves out. */
	static String front(FrontModel f) {
		StringBuilder s = new StringBuilder("**front model** (2-D dendrite front)");
		try {
			FrontDomains.Size d = FrontDomains.size(f);
			s.append(String.format(Locale.ROOT, "\n- %d x %d cells of %s um, about %d MB of heap", FrontDomains.cells(d.width(), d.spacing()),
					FrontDomains.cells(d.height(), d.spacing()), number(d.spacing() * 1e6), FrontDomains.bytes(d.width(), d.height(), d.spacing()) >> 20));
		} catch (UnitException e) {
			s.append("\n- domain: ").append(e.getMessage());
		}
		s.append("\n- seed ").append(f.getSeed() == 0 ? 1 : (long) f.getSeed());
		s.append("\n- morphology: ").append(f.getMorphology() == null ? "as each interlayer component gives it" : f.getMorphology() + " (for every particle component)");
		s.append("\n- nucleation ").append(nucleation(f)).append(", reactions ").append(switched(f.getReactions())).append(", cracks ")
				.append(switched(f.getCracks())).append(", interphase ").append(f.getInterphase() == null ? "none" : f.getInterphase());
		s.append("\n- voids: ").append(f.getVoidFraction() == null || f.getVoidSize() == null ? "none (the foil touches the whole face)"
				: Quantities.text(f.getVoidFraction()) + " of the Li face, gaps " + Quantities.text(f.getVoidSize()) + " wide");
		s.append("\n- flaws: ").append(f.getFlawSpread() == null ? "the calibrated face flaw length in every electrolyte cell"
				: "lognormal about the calibrated face flaw length, spread " + Quantities.text(f.getFlawSpread()) + " (of its log)");
		s.append("\n- frames: ").append(f.getFrameInterval() != null ? "every " + Quantities.text(f.getFrameInterval()) + " (at logged samples)"
				: (f.getFrames() > 0 ? (long) f.getFrames() : FrontDomains.DEFAULT_FRAMES) + ", spread over the run");
		s.append("\n- threads: ").append(f.getThreads() > 0 ? Long.toString((long) f.getThreads()) : "all " + Runtime.getRuntime().availableProcessors() + " cores");
		return s.toString();
	}

	/** The barriers as written ("SC 20 mV, Li-Ge 5 mV; other substrates none"), or the switch. */
	private static String nucleation(FrontModel f) {
		if (f.getBarriers().isEmpty()) {
			return switched(f.getNucleation()) + ("off".equals(f.getNucleation()) ? "" : " (no barriers given: Li forms on every substrate at once)");
		}
		return "barriers " + String.join(", ", f.getBarriers().stream()
				.map(b -> (b.getMaterial() == null || b.getMaterial().eIsProxy() ? "?" : b.getMaterial().getId()) + " " + Quantities.text(b.getBarrier()))
				.toList()) + "; other substrates none";
	}

	private static String switched(String value) {
		return value == null ? "on" : value;
	}
}
