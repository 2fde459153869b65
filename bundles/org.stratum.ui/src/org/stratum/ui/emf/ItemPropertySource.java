package org.stratum.ui.emf;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * Shows an EMF object in the Properties view through its item provider. Edits go through the item
 * property descriptors, which execute EMF commands on the object's editing domain: undoable, and they
 * mark the editor dirty.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource source;

	public ItemPropertySource(Object object, IItemPropertySource source) {
		this.object = object;
		this.source = source;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
			result.add(new ItemPropertyDescriptorAdapter(object, descriptor));
		}
		return result.toArray(new IPropertyDescriptor[0]);
	}

	private IItemPropertyDescriptor descriptor(Object id) {
		return source.getPropertyDescriptor(object, id);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor descriptor = descriptor(id);
		Object value = descriptor.getPropertyValue(object);
		if (value instanceof IItemPropertySource wrapper) {
			return wrapper.getEditableValue(object);
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return descriptor(id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		descriptor(id).resetPropertyValue(object);
	}

	/** Sets the value through an EMF command (the descriptor finds the editing domain). */
	@Override
	public void setPropertyValue(Object id, Object value) {
		descriptor(id).setPropertyValue(object, value);
	}
}
