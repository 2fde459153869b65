package org.stratum.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.model.validation.QuantityRules;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * One row of the Properties view for an EMF feature: display name, category, a label from the item
 * provider, and a cell editor that fits the feature (text with conversion and a clear error for data
 * types such as quantities, a list of choices for enumerations and references, true/false for flags).
 */
public class ItemPropertyDescriptorAdapter extends PropertyDescriptor {

	private final Object object;
	private final IItemPropertyDescriptor descriptor;

	public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor) {
		super(descriptor.getId(object), descriptor.getDisplayName(object));
		this.object = object;
		this.descriptor = descriptor;
		setCategory(descriptor.getCategory(object));
		setDescription(descriptor.getDescription(object));
		setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				Object value = element instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : element;
				IItemLabelProvider labels = descriptor.getLabelProvider(object);
				return value == null ? "" : labels.getText(value);
			}
		});
	}

	public IItemPropertyDescriptor getItemDescriptor() {
		return descriptor;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object) || descriptor.isMany(object)) {
			return null;
		}
		Object feature = descriptor.getFeature(object);
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EDataType type
				&& !(type instanceof EEnum)) {
			Class<?> instance = type.getInstanceClass();
			if (instance == boolean.class || instance == Boolean.class) {
				return choices(parent, List.of(Boolean.TRUE, Boolean.FALSE));
			}
			return new DataTypeCellEditor(parent, type, attribute.getName());
		}
		Collection<?> choices = descriptor.getChoiceOfValues(object);
		if (choices != null) {
			List<Object> values = new ArrayList<>(choices);
			if (feature instanceof EStructuralFeature f && !f.isRequired() && !values.contains(null)) {
				values.add(0, null);
			}
			return choices(parent, values);
		}
		return null;
	}

	private CellEditor choices(Composite parent, List<?> values) {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		String[] items = values.stream().map(v -> v == null ? "" : labels.getText(v)).toArray(String[]::new);
		return new ComboBoxCellEditor(parent, items, SWT.READ_ONLY) {
			@Override
			protected Object doGetValue() {
				int index = (Integer) super.doGetValue();
				return index >= 0 && index < values.size() ? values.get(index) : null;
			}

			@Override
			protected void doSetValue(Object value) {
				super.doSetValue(Math.max(0, values.indexOf(value)));
			}
		};
	}

	/**
	 * Text editing of a data-type value: converted through the EMF factory, and a quantity checked for the
	 * dimension its attribute expects (a thickness of "2 V" is refused, the previous value stays); bad text
	 * shows why.
	 */
	public static final class DataTypeCellEditor extends TextCellEditor {
		private final EDataType type;

		public DataTypeCellEditor(Composite parent, EDataType type, String attribute) {
			super(parent);
			this.type = type;
			Dimension expected = QuantityRules.expectedDimension(attribute);
			setValidator(value -> {
				String text = String.valueOf(value).trim();
				if (text.isEmpty()) {
					return null;
				}
				Object parsed;
				try {
					parsed = EcoreUtil.createFromString(type, text);
				} catch (RuntimeException e) {
					return e.getMessage() != null ? e.getMessage() : "'" + text + "' is not a valid " + type.getName();
				}
				if (parsed instanceof Quantity q && expected != null && !q.hasDimension(expected)) {
					return attribute + " must be " + expected.describe() + "; '" + text + "' is " + q.dimension().describe().replaceFirst(" such as .*", "");
				}
				return null;
			});
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(value == null ? "" : EcoreUtil.convertToString(type, value));
		}

		@Override
		protected Object doGetValue() {
			String text = ((String) super.doGetValue()).trim();
			return text.isEmpty() ? null : EcoreUtil.createFromString(type, text);
		}
	}
}
