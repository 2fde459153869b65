package org.stratum.dsl.validation;

import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.stratum.dsl.resolve.Library;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.model.stack.Material;

/** Linking errors that help: an unknown material names the closest ids in the library. */
public class StratumLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (context.getReference() == StratumPackage.Literals.VARIATION__MATERIAL
				|| context.getReference() == StratumPackage.Literals.NUCLEATION_BARRIER__MATERIAL) {
			String name = StratumSyntaxErrorMessages.visible(context.getLinkText());
			List<String> closest = closest(name, Library.of(context.getContext()).getMaterials().stream().map(Material::getId).toList());
			return new DiagnosticMessage("unknown material '" + name + "'" + (closest.isEmpty() ? "" : "; did you mean " + String.join(", ", closest) + "?"),
					Severity.ERROR, StratumIssueCodes.UNKNOWN_MATERIAL, closest.toArray(new String[0]));
		}
		DiagnosticMessage message = super.getUnresolvedProxyMessage(context);
		return new DiagnosticMessage(StratumSyntaxErrorMessages.visible(message.getMessage()), message.getSeverity(), message.getIssueCode(),
				message.getIssueData());
	}

	/** Up to three candidates by edit distance, case-insensitively, nearest first. */
	public static List<String> closest(String name, List<String> candidates) {
		String lower = name.toLowerCase();
		return candidates.stream().sorted(Comparator.comparingInt(c -> distance(lower, c.toLowerCase())))
				.filter(c -> distance(lower, c.toLowerCase()) <= Math.max(3, name.length() / 2)).limit(3).toList();
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}
}
