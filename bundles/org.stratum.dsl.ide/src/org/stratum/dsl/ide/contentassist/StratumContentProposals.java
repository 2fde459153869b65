package org.stratum.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

/**
 * Content assist beyond keywords and references: the units of the field where a unit is expected
 * (currents, capacities, voltages, times, temperatures, pressures, lengths, frequencies, fractions).
 * Materials and stacks come from the scopes, as in any Xtext language.
 */
public class StratumContentProposals extends IdeContentProposalProvider {

	/** Units offered after a number, most used first. */
	public static final List<String> UNITS = List.of("mA/cm2", "mAh/cm2", "C", "mA", "A", "V", "mV", "h", "min", "s", "degC", "K",
			"MPa", "um", "nm", "mm", "Hz", "kHz", "MHz", "wt%", "vol%", "mW/cm2", "W", "mg", "mg/cm2", "mV/min");

	@Override
	protected void _createProposals(RuleCall ruleCall, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("Unit".equals(ruleCall.getRule().getName())) {
			for (String unit : UNITS) {
				ContentAssistEntry entry = getProposalCreator().createProposal(unit, context, e -> {
					e.setKind(ContentAssistEntry.KIND_UNIT);
					e.setDescription("unit");
				});
				if (entry != null) {
					acceptor.accept(entry, getProposalPriorities().getDefaultPriority(entry));
				}
			}
			return;
		}
		super._createProposals(ruleCall, context, acceptor);
	}
}
