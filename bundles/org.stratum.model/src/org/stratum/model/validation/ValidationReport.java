package org.stratum.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Adds the validator's diagnostics with the element and feature as data, so markers and editors can point at them. */
final class ValidationReport {

	private final DiagnosticChain chain;
	private boolean errors;

	ValidationReport(DiagnosticChain chain) {
		this.chain = chain;
	}

	void error(int code, EObject object, EStructuralFeature feature, String message) {
		errors = true;
		add(Diagnostic.ERROR, code, object, feature, message);
	}

	void warning(int code, EObject object, EStructuralFeature feature, String message) {
		add(Diagnostic.WARNING, code, object, feature, message);
	}

	private void add(int severity, int code, EObject object, EStructuralFeature feature, String message) {
		if (chain != null) {
			chain.add(new BasicDiagnostic(severity, StackIssueCodes.SOURCE, code, message, new Object[] { object, feature }));
		}
	}

	boolean hasErrors() {
		return errors;
	}
}
