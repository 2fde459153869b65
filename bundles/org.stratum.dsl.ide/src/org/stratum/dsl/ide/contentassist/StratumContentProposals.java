package org.stratum.dsl.ide.contentassist;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.stratum.dsl.resolve.Expectation;
import org.stratum.dsl.resolve.FrontChoices;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.resolve.StackFiles;
import org.stratum.dsl.stratum.MaterialFactor;
import org.stratum.dsl.stratum.ProtocolFactor;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.study.MaterialValues;
import org.stratum.dsl.study.ColumnRole;
import org.stratum.dsl.study.FitSignal;
import org.stratum.dsl.study.FitSignals;
import org.stratum.dsl.study.Metric;
import org.stratum.dsl.stratum.DataColumn;
import org.stratum.dsl.stratum.Variation;
import org.stratum.dsl.study.ProtocolSteps;
import org.stratum.model.units.Unit;

/**
 * Content assist beyond keywords and references: after a number, the units of the dimension the position
 * expects (a current density, a current or a C-rate after {@code plate at 1}; a time or a capacity after
 * {@code for 2}), the names a front model's morphology and interphase take, and
 * the {@code .stack} files next to the file where a stack declaration names one, the metrics an expectation or sweep
 * names, the steps, quantities and material values a sweep can vary, and what a fit compares, its data formats
 * and the columns (with their units) it reads. Materials and stacks
 * come from the scopes, as in any Xtext language.
 */
public class StratumContentProposals extends IdeContentProposalProvider {

	/** Units offered after a number, most used first. */
	public static final List<String> UNITS = List.of("mA/cm2", "mAh/cm2", "C", "mA", "uA", "A", "mAh", "V", "mV", "h", "min", "s", "degC",
			"K", "MPa", "um", "nm", "mm", "Hz", "kHz", "MHz", "wt%", "vol%", "%", "mW/cm2", "W", "Ohm", "mg", "mg/cm2", "mV/min", "mV/s");

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ParserRule containing = GrammarUtil.containingParserRule(assignment);
		String rule = containing == null ? "" : containing.getName();
		if ("source".equals(assignment.getFeature()) && "StackDeclaration".equals(GrammarUtil.containingParserRule(assignment).getName())) {
			for (String path : StackFiles.near(context.getResource().getURI())) {
				propose('"' + path + '"', ContentAssistEntry.KIND_FILE, "cell stack", context, acceptor);
			}
			return;
		}
		if ("FrontModel".equals(rule)
				&& ("morphology".equals(assignment.getFeature()) || "interphase".equals(assignment.getFeature()))) {
			boolean morphology = "morphology".equals(assignment.getFeature());
			for (String name : morphology ? FrontChoices.morphologies() : FrontChoices.interphases()) {
				propose(name, ContentAssistEntry.KIND_VALUE, morphology ? "particle placement" : "faces with an electron-blocking interphase", context, acceptor);
			}
			return;
		}
		if ("Fit".equals(rule) && "signal".equals(assignment.getFeature())) {
			for (FitSignal signal : FitSignal.values()) {
				propose(signal.word(), ContentAssistEntry.KIND_VALUE, signal.description(), context, acceptor);
			}
			for (Metric m : Metric.values()) {
				propose(m.word(), ContentAssistEntry.KIND_VALUE, m.description() + " (with its measured value)", context, acceptor);
			}
			return;
		}
		if ("Fit".equals(rule) && "format".equals(assignment.getFeature())) {
			FitSignals.FORMATS.forEach(f -> propose(f, ContentAssistEntry.KIND_VALUE, "data format", context, acceptor));
			return;
		}
		if ("DataColumn".equals(rule) && "role".equals(assignment.getFeature())) {
			for (ColumnRole role : ColumnRole.values()) {
				propose(role.word(), ContentAssistEntry.KIND_VALUE, role.description(), context, acceptor);
			}
			return;
		}
		if ("metric".equals(assignment.getFeature()) || "metrics".equals(assignment.getFeature())) {
			for (Metric m : Metric.values()) {
				propose(m.word(), ContentAssistEntry.KIND_VALUE, m.description(), context, acceptor);
			}
			return;
		}
		if ("ProtocolFactor".equals(rule) && "step".equals(assignment.getFeature())) {
			ProtocolSteps.WORDS.forEach(w -> propose(w, ContentAssistEntry.KIND_VALUE, "protocol step", context, acceptor));
			return;
		}
		if ("ProtocolFactor".equals(rule) && "property".equals(assignment.getFeature()) && context.getCurrentModel() instanceof ProtocolFactor p) {
			ProtocolSteps.properties(p.getStep()).forEach(name -> propose(name, ContentAssistEntry.KIND_PROPERTY, "quantity of a " + p.getStep() + " step", context, acceptor));
			return;
		}
		org.stratum.model.stack.Material valued = context.getCurrentModel() instanceof MaterialFactor m ? m.getMaterial()
				: context.getCurrentModel() instanceof Variation v && v.isLibraryValue() ? v.getMaterial() : null;
		if (("MaterialFactor".equals(rule) || "Variation".equals(rule)) && "property".equals(assignment.getFeature()) && valued != null && !valued.eIsProxy()) {
			for (String name : MaterialValues.names()) {
				MaterialValues.value(valued, name).ifPresent(v -> propose(name, ContentAssistEntry.KIND_PROPERTY, "library value " + v, context, acceptor));
			}
			return;
		}
		if (assignment.getTerminal() instanceof RuleCall call && call.getRule() instanceof ParserRule valueRule && GrammarUtil.isDatatypeRule(valueRule)
				&& GrammarUtil.containedRuleCalls(valueRule).isEmpty()) {
			// a value made of keywords only ('on' | 'off'): the keywords, which the parser does not offer inside a datatype rule
			for (Keyword keyword : GrammarUtil.containedKeywords(valueRule)) {
				propose(keyword.getValue(), ContentAssistEntry.KIND_KEYWORD, "switch", context, acceptor);
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("Unit".equals(ruleCall.getRule().getName()) && context.getCurrentModel() instanceof DataColumn column) {
			ColumnRole.named(column.getRole()).filter(r -> !r.unitless()).ifPresent(r -> UNITS.stream()
					.filter(u -> !Quantities.C_RATE.equals(u) && Unit.parse(u).dimension().equals(r.dimension()))
					.forEach(u -> propose(u, ContentAssistEntry.KIND_UNIT, "unit of the " + r.word() + " column", context, acceptor)));
			return;
		}
		if ("Unit".equals(ruleCall.getRule().getName())) {
			Expectation expected = expectationAt(context);
			for (String unit : unitsFor(expected)) {
				propose(unit, ContentAssistEntry.KIND_UNIT, expected == null ? "unit" : Quantities.C_RATE.equals(unit) && expected.cRateAllowed()
						? "C-rate" : Unit.parse(unit).dimension().describe().replaceFirst(" such as .*", ""), context, acceptor);
			}
			return;
		}
		super._createProposals(ruleCall, context, acceptor);
	}

	/** What the quantity being typed must be, from the number just written; null where it cannot be told. */
	static Expectation expectationAt(ContentAssistContext context) {
		INode last = context.getLastCompleteNode();
		EObject semantic = last == null ? null : NodeModelUtils.findActualSemanticObjectFor(last);
		if (!(semantic instanceof Quantity) && context.getCurrentModel() instanceof Quantity) {
			semantic = context.getCurrentModel();
		}
		return semantic instanceof Quantity quantity ? Expectation.at(quantity) : null;
	}

	/**
	 * The units of the expected dimensions, the usual ones first; every unit where nothing is expected.
	 * "C" is a C-rate where a rate is allowed and never offered as a coulomb.
	 */
	static List<String> unitsFor(Expectation expected) {
		if (expected == null) {
			return UNITS;
		}
		Set<String> units = new LinkedHashSet<>(expected.suggestedUnits());
		for (String unit : UNITS) {
			if (!Quantities.C_RATE.equals(unit) && expected.dimensions().contains(Unit.parse(unit).dimension())) {
				units.add(unit);
			}
		}
		if (!expected.cRateAllowed()) {
			units.remove(Quantities.C_RATE);
		} else {
			units.add(Quantities.C_RATE);
		}
		return List.copyOf(units);
	}

	private void propose(String text, String kind, String description, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		ContentAssistEntry entry = getProposalCreator().createProposal(text, context, e -> {
			e.setKind(kind);
			e.setDescription(description);
		});
		if (entry != null) {
			acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
		}
	}
}
