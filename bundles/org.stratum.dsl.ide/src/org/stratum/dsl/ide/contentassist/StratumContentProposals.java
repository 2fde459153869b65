package org.stratum.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.stratum.dsl.resolve.StackFiles;

/**
 * Content assist beyond keywords and references: the units of the field where a unit is expected
 * (currents, capacities, voltages, times, temperatures, pressures, lengths, frequencies, fractions), and
 * the {@code .stack} files next to the file where a stack declaration names one. Materials and stacks
 * come from the scopes, as in any Xtext language.
 */
public class StratumContentProposals extends IdeContentProposalProvider {

	/** Units offered after a number, most used first. */
	public static final List<String> UNITS = List.of("mA/cm2", "mAh/cm2", "C", "mA", "A", "V", "mV", "h", "min", "s", "degC", "K",
			"MPa", "um", "nm", "mm", "Hz", "kHz", "MHz", "wt%", "vol%", "mW/cm2", "W", "mg", "mg/cm2", "mV/min");

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("source".equals(assignment.getFeature()) && "StackDeclaration".equals(GrammarUtil.containingParserRule(assignment).getName())) {
			for (String path : StackFiles.near(context.getResource().getURI())) {
				propose('"' + path + '"', ContentAssistEntry.KIND_FILE, "cell stack", context, acceptor);
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("Unit".equals(ruleCall.getRule().getName())) {
			for (String unit : UNITS) {
				propose(unit, ContentAssistEntry.KIND_UNIT, "unit", context, acceptor);
			}
			return;
		}
		super._createProposals(ruleCall, context, acceptor);
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
