package org.stratum.model.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The text of each attribute as the file said it, kept on the object it was read into, so that saving
 * writes an unchanged value exactly as the user wrote it ({@code fraction="5"}, {@code "1.0e-3 S/cm"},
 * {@code kind="symmetric"}) instead of EMF's canonical form ({@code 5.0}, {@code 0.001 S/cm}, or nothing
 * for a default). A value changed since loading is written in the canonical form.
 */
public final class WrittenValues extends AdapterImpl {

	/** What was read: the text and the value it gave. */
	private record Written(String text, Object value) {
	}

	private final Map<EStructuralFeature, Written> written = new HashMap<>();

	@Override
	public boolean isAdapterForType(Object type) {
		return type == WrittenValues.class;
	}

	/** Records that the file gave this text for the feature, which read as value. */
	static void record(EObject object, EStructuralFeature feature, String text, Object value) {
		WrittenValues values = of(object);
		if (values == null) {
			values = new WrittenValues();
			object.eAdapters().add(values);
		}
		values.written.put(feature, new Written(text, value));
	}

	/** The text the file gave, when the feature still holds the value read from it; else null. */
	static String unchangedText(EObject object, EStructuralFeature feature, Object value) {
		WrittenValues values = of(object);
		Written w = values == null ? null : values.written.get(feature);
		return w != null && Objects.equals(w.value(), value) ? w.text() : null;
	}

	/** Whether the file named the feature (even with its default value). */
	static boolean wasWritten(EObject object, EStructuralFeature feature) {
		WrittenValues values = of(object);
		return values != null && values.written.containsKey(feature);
	}

	private static WrittenValues of(EObject object) {
		for (Object adapter : object.eAdapters()) {
			if (adapter instanceof WrittenValues values) {
				return values;
			}
		}
		return null;
	}
}
