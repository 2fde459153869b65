package org.stratum.model.resource;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMISaveImpl;

/**
 * A {@code .stack} or {@code .stacklib} file: XMI in one canonical layout (UTF-8, one element per line
 * however long, so that an edit never re-wraps its neighbours; references as attributes; attributes in the
 * metamodel's order), which keeps what the user wrote. An attribute whose value did not change is written
 * back with the file's own text, and an attribute the file named is written even when it holds the default
 * value, so loading and saving an unchanged file gives the same bytes and a one-value edit a one-line diff.
 */
public class StackResource extends XMIResourceImpl {

	public StackResource(URI uri) {
		super(uri);
		getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
		getDefaultSaveOptions().put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
	}

	@Override
	protected XMLHelper createXMLHelper() {
		return new WrittenTextHelper(this);
	}

	@Override
	protected XMLSave createXMLSave() {
		return new XMISaveImpl(createXMLHelper()) {
			@Override
			protected boolean shouldSaveFeature(EObject o, EStructuralFeature f) {
				return super.shouldSaveFeature(o, f) || f instanceof EAttribute && !f.isMany() && WrittenValues.wasWritten(o, f);
			}
		};
	}

	/** Records attribute texts as they are read and gives them back for unchanged values when saving. */
	private static final class WrittenTextHelper extends XMIHelperImpl {
		/** The object and feature whose value the saver asked for last; it converts that value next. */
		private EObject savingObject;
		private EStructuralFeature savingFeature;

		WrittenTextHelper(XMLResource resource) {
			super(resource);
		}

		@Override
		public void setValue(EObject object, EStructuralFeature feature, Object value, int position) {
			super.setValue(object, feature, value, position);
			if (feature instanceof EAttribute && !feature.isMany() && value instanceof String text) {
				WrittenValues.record(object, feature, text, object.eGet(feature));
			}
		}

		@Override
		public Object getValue(EObject object, EStructuralFeature feature) {
			savingObject = object;
			savingFeature = feature;
			return super.getValue(object, feature);
		}

		@Override
		public String convertToString(EFactory factory, EDataType dataType, Object value) {
			if (savingObject != null && savingFeature instanceof EAttribute attribute && attribute.getEAttributeType() == dataType) {
				String text = WrittenValues.unchangedText(savingObject, savingFeature, value);
				if (text != null) {
					return text;
				}
			}
			return super.convertToString(factory, dataType, value);
		}
	}
}
