package org.stratum.ui.editor;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.stratum.ui.emf.AdapterFactoryContentProvider;
import org.stratum.ui.emf.AdapterFactoryLabelProvider;

/** The Outline of a .stack editor: the cell's layers and steps; selecting one selects it in the editor. */
class StackOutlinePage extends ContentOutlinePage {

	private final AdapterFactory adapterFactory;
	private final Resource resource;
	private final TreeViewer editorTree;

	StackOutlinePage(AdapterFactory adapterFactory, Resource resource, TreeViewer editorTree) {
		this.adapterFactory = adapterFactory;
		this.resource = resource;
		this.editorTree = editorTree;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		viewer.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
		viewer.setInput(resource);
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(e -> {
			if (!e.getSelection().isEmpty() && !editorTree.getControl().isDisposed()) {
				editorTree.setSelection(e.getSelection(), true);
			}
		});
	}
}
