package org.stratum.ui.emf;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.stratum.model.derive.Labels;
import org.stratum.model.stack.Component;

/**
 * A JFace label provider over EMF.Edit item providers: their text (a component by its material and
 * fraction), and their icons as SWT images.
 */
public class AdapterFactoryLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final Map<Object, Image> images = new HashMap<>();

	public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Component component) {
			return Labels.component(component); // EMF.Edit's generated text is "Component 76.0"
		}
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider instanceof IItemLabelProvider p ? p.getText(element) : String.valueOf(element);
	}

	@Override
	public Image getImage(Object element) {
		Object provider = adapterFactory.adapt(element, IItemLabelProvider.class);
		if (!(provider instanceof IItemLabelProvider p)) {
			return null;
		}
		Object image = p.getImage(element);
		if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
			image = composed.getImages().get(0);
		}
		if (!(image instanceof URL url)) {
			return null;
		}
		return images.computeIfAbsent(url.toString(), key -> ImageDescriptor.createFromURL(url).createImage(false));
	}

	@Override
	public void dispose() {
		images.values().forEach(i -> {
			if (i != null) {
				i.dispose();
			}
		});
		images.clear();
		super.dispose();
	}
}
