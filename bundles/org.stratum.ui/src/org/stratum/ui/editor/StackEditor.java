package org.stratum.ui.editor;

import java.io.IOException;
import java.util.EventObject;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.provider.StackItemProviderAdapterFactory;
import org.stratum.ui.emf.AdapterFactoryContentProvider;
import org.stratum.ui.emf.AdapterFactoryLabelProvider;
import org.stratum.ui.emf.ItemPropertySourceProvider;

/**
 * The .stack editor: the cell as a tree (edited in the Properties view and by its context menu),
 * beside a to-scale cross-section of the stack. Every change is an EMF command (undo, redo, dirty
 * marker); saving validates the cell and puts its problems into the Problems view. A file that does
 * not load cleanly opens read-only, so nothing in it is lost by saving.
 */
public class StackEditor extends EditorPart implements IEditingDomainProvider {

	public static final String ID = "org.stratum.ui.editors.stack";

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
	private AdapterFactoryEditingDomain domain;
	private Resource resource;
	private String loadProblem;
	private CommandStackActions actions;
	private TreeViewer tree;
	private StackDrawing drawing;
	private PropertySheetPage propertySheet;

	public StackEditor() {
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new StackItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof IFileEditorInput)) {
			throw new PartInitException("The stack editor opens .stack files of the workspace, not " + input.getName());
		}
		setSite(site);
		setInputWithNotify(input);
		setPartName(input.getName());
		BasicCommandStack stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(adapterFactory, stack, StratumResources.createResourceSet());
		domain.setResourceToReadOnlyMap(new HashMap<>());
		// lets item property descriptors find this domain, so Properties-view edits become commands
		domain.getResourceSet().eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		actions = new CommandStackActions(stack);
		stack.addCommandStackListener(this::commandStackChanged);
		load();
	}

	private void load() {
		IFile file = getFile();
		URI uri = URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		resource = domain.getResourceSet().createResource(uri);
		try {
			resource.load(null);
		} catch (IOException | RuntimeException e) {
			loadProblem = e.getMessage();
		}
		if (loadProblem == null && !resource.getErrors().isEmpty()) {
			loadProblem = resource.getErrors().get(0).getMessage();
		}
		if (loadProblem != null) {
			domain.getResourceToReadOnlyMap().put(resource, Boolean.TRUE);
		}
		resource.eAdapters().add(new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (drawing != null && !drawing.isDisposed()) {
					drawing.getDisplay().asyncExec(() -> {
						if (!drawing.isDisposed()) {
							drawing.refresh();
						}
					});
				}
			}
		});
		StackMarkers.update(file, resource);
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		if (loadProblem != null) {
			Label banner = new Label(parent, SWT.WRAP);
			banner.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			banner.setText("This file did not load cleanly and is open read-only, so that saving cannot lose any of it: "
					+ loadProblem + "\nFix it in a text editor (Open With > Text Editor); the Problems view lists what is wrong.");
			banner.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		}
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree = new TreeViewer(sash, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.setContentProvider(new AdapterFactoryContentProvider(adapterFactory));
		tree.setLabelProvider(new AdapterFactoryLabelProvider(adapterFactory));
		tree.setInput(resource);
		tree.expandToLevel(2);
		drawing = new StackDrawing(sash);
		drawing.setCell(getCell());
		drawing.setSelectionListener(layer -> tree.setSelection(new StructuredSelection(layer), true));
		tree.addSelectionChangedListener(e -> {
			Object first = e.getStructuredSelection().getFirstElement();
			drawing.setSelectedLayer(first instanceof Layer layer ? layer : null);
		});
		sash.setWeights(40, 60);
		getSite().setSelectionProvider(tree);
		contextMenu();
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo);
		getEditorSite().getActionBars().setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo);
	}

	private void contextMenu() {
		StackTreeMenu items = new StackTreeMenu(domain, tree, actions, () -> domain.isReadOnly(resource));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(items::fill);
		tree.getControl().setMenu(menu.createContextMenu(tree.getControl()));
		// the tree's elements, not the file: no Run As, Team or Compare With on a layer
		getEditorSite().registerContextMenu(ID + ".tree", menu, tree, false);
	}

	private void commandStackChanged(EventObject event) {
		getSite().getShell().getDisplay().asyncExec(() -> {
			if (tree == null || tree.getControl().isDisposed()) {
				return;
			}
			firePropertyChange(PROP_DIRTY);
			actions.update();
			Command last = domain.getCommandStack().getMostRecentCommand();
			if (last != null && !last.getAffectedObjects().isEmpty()) {
				tree.setSelection(new StructuredSelection(last.getAffectedObjects().toArray()), true);
			}
			if (propertySheet != null && !propertySheet.getControl().isDisposed()) {
				propertySheet.refresh();
			}
			drawing.refresh();
		});
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (domain.isReadOnly(resource)) {
			return;
		}
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.TRUE);
		options.put(Resource.OPTION_SAVE_ONLY_IF_CHANGED, Resource.OPTION_SAVE_ONLY_IF_CHANGED_MEMORY_BUFFER);
		try {
			resource.save(options);
			((BasicCommandStack) domain.getCommandStack()).saveIsDone();
			firePropertyChange(PROP_DIRTY);
			StackMarkers.update(getFile(), resource);
		} catch (IOException e) {
			org.eclipse.jface.dialogs.ErrorDialog.openError(getSite().getShell(), "Save failed",
					"Could not save " + getFile().getFullPath(), org.eclipse.core.runtime.Status.error(String.valueOf(e.getMessage()), e));
			if (monitor != null) {
				monitor.setCanceled(true);
			}
		}
	}

	@Override
	public void doSaveAs() {
		// one file, one cell: copying a stack is done in Project Explorer
	}

	@Override
	public boolean isDirty() {
		return domain != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	@Override
	public void setFocus() {
		if (tree != null) {
			tree.getControl().setFocus();
		}
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(propertySheet());
		}
		if (adapter == IContentOutlinePage.class && tree != null) {
			return adapter.cast(new StackOutlinePage(adapterFactory, resource, tree));
		}
		return super.getAdapter(adapter);
	}

	private PropertySheetPage propertySheet() {
		if (propertySheet == null || propertySheet.getControl() == null || propertySheet.getControl().isDisposed()) {
			propertySheet = new PropertySheetPage() {
				@Override
				public void setActionBars(org.eclipse.ui.IActionBars bars) {
					super.setActionBars(bars);
					bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions.undo);
					bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions.redo);
				}
			};
			propertySheet.setPropertySourceProvider(new ItemPropertySourceProvider(adapterFactory));
		}
		return propertySheet;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	public IFile getFile() {
		return ((IFileEditorInput) getEditorInput()).getFile();
	}

	/** The cell being edited, or null when the file holds none. */
	public Cell getCell() {
		return resource != null && !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Cell cell ? cell : null;
	}

	public TreeViewer getTreeViewer() {
		return tree;
	}

	public StackDrawing getDrawing() {
		return drawing;
	}

	public boolean isReadOnly() {
		return domain.isReadOnly(resource);
	}

	CommandStackActions actions() {
		return actions;
	}

	/** The workbench Undo action of this editor (also reachable through Edit > Undo). */
	public Action getUndoAction() {
		return actions.undo;
	}

	public Action getRedoAction() {
		return actions.redo;
	}

	@Override
	public void dispose() {
		adapterFactory.dispose();
		super.dispose();
	}
}
