package org.stratum.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.server.Document;
import org.stratum.dsl.validation.StratumIssueCodes;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * Quick fixes of the Stratum language: a wrong or unknown unit is replaced by one of the expected
 * units, an unknown material, output, morphology or interphase by the closest known name, a front grid too coarse
 * for its particles by the one that resolves them, a negative nucleation barrier by its magnitude, and a step that never ends gets a duration.
 */
public class StratumQuickfixes extends AbstractDeclarativeIdeQuickfixProvider {

	private static final java.util.Set<String> HANDLED = java.util.Set.of(StratumIssueCodes.WRONG_UNIT, StratumIssueCodes.UNKNOWN_UNIT,
			StratumIssueCodes.UNKNOWN_MATERIAL, StratumIssueCodes.UNKNOWN_OUTPUT, StratumIssueCodes.MISSING_STOP, StratumIssueCodes.FRONT_GRID_TOO_COARSE,
			StratumIssueCodes.UNKNOWN_MORPHOLOGY, StratumIssueCodes.UNKNOWN_INTERPHASE, StratumIssueCodes.BAD_NUCLEATION_BARRIER);

	@Override
	public boolean handlesDiagnostic(Diagnostic diagnostic) {
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		return HANDLED.contains(code) || super.handlesDiagnostic(diagnostic);
	}

	/** One fix as a label and the text edits it makes. */
	public record TextFix(String label, List<TextEdit> edits) {
	}

	/**
	 * The fixes of one problem, as text edits on the document: shared by the language server's code
	 * actions and the workbench editor's quick fixes.
	 */
	public List<TextFix> textFixes(Diagnostic diagnostic, Document document) {
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		List<TextFix> fixes = new ArrayList<>();
		if (StratumIssueCodes.MISSING_STOP.equals(code)) {
			String clause = data(diagnostic).isEmpty() ? "for 1 h" : data(diagnostic).get(0);
			String text = document.getContents();
			int start = document.getOffSet(diagnostic.getRange().getStart());
			int end = document.getOffSet(diagnostic.getRange().getEnd());
			int semicolon = text.lastIndexOf(';', Math.max(start, end - 1));
			Position position = document.getPosition(semicolon >= start ? semicolon : end);
			fixes.add(new TextFix("Add '" + clause + "'", List.of(new TextEdit(new Range(position, position), " " + clause))));
		} else if (code != null && HANDLED.contains(code)) {
			String what = switch (code) {
			case StratumIssueCodes.UNKNOWN_MATERIAL -> "material";
			case StratumIssueCodes.UNKNOWN_OUTPUT -> "output";
			case StratumIssueCodes.FRONT_GRID_TOO_COARSE -> "grid";
			case StratumIssueCodes.UNKNOWN_MORPHOLOGY -> "morphology";
			case StratumIssueCodes.UNKNOWN_INTERPHASE -> "interphase";
			case StratumIssueCodes.BAD_NUCLEATION_BARRIER -> "barrier";
			default -> "unit";
			};
			for (String replacement : data(diagnostic)) {
				fixes.add(new TextFix("Change " + what + " to " + replacement, List.of(new TextEdit(diagnostic.getRange(), replacement))));
			}
		}
		return fixes;
	}

	@Override
	public List<org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution> getResolutions(
			org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options options, Diagnostic diagnostic) {
		List<TextFix> fixes = textFixes(diagnostic, options.getDocument());
		if (fixes.isEmpty()) {
			return super.getResolutions(options, diagnostic);
		}
		List<org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution> result = new ArrayList<>();
		for (TextFix fix : fixes) {
			DiagnosticResolutionAcceptor acceptor = acceptor();
			acceptor.accept(fix.label(), (ITextModification) (d, object, document) -> fix.edits());
			result.addAll(acceptor.getDiagnosticResolutions(options, diagnostic));
		}
		return result;
	}

	@com.google.inject.Inject
	private com.google.inject.Provider<DiagnosticResolutionAcceptor> acceptors;

	private DiagnosticResolutionAcceptor acceptor() {
		return acceptors.get();
	}

	/** The issue's data: a String[] in process, a JSON array after a trip over the wire. */
	static List<String> data(Diagnostic diagnostic) {
		List<String> out = new ArrayList<>();
		Object data = diagnostic.getData();
		if (data instanceof String[] array) {
			out.addAll(List.of(array));
		} else if (data instanceof JsonArray array) {
			for (JsonElement e : array) {
				out.add(e.getAsString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(o -> out.add(String.valueOf(o)));
		} else if (data instanceof JsonElement e && e.isJsonPrimitive()) {
			out.add(e.getAsString());
		}
		return out;
	}
}
