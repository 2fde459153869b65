package org.stratum.ui.dsl;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Element;
import org.stratum.dsl.stratum.Label;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Protocol;
import org.stratum.dsl.stratum.Repeat;
import org.stratum.dsl.stratum.Every;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.ui.launch.SimulationLaunchShortcut;
import org.stratum.ui.launch.StudyJob;
import org.stratum.ui.launch.StudyLaunchShortcut;
import org.stratum.dsl.stratum.Fit;
import org.stratum.dsl.stratum.Sweep;

/**
 * The Outline of a .stratum editor: stacks, protocols with their steps, simulations; a click selects the text, and a
 * simulation's context menu runs it.
 */
public class StratumOutlinePage extends ContentOutlinePage implements IDocumentListener {

	private final ITextEditor editor;
	private final IDocument document;

	public StratumOutlinePage(ITextEditor editor) {
		this.editor = editor;
		this.document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof Model model ? model.getElements().toArray() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object element) {
				return children(element).toArray();
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof EObject e ? e.eContainer() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !children(element).isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((EObject) element);
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (e.getStructuredSelection().getFirstElement() instanceof EObject object) {
				INode node = NodeModelUtils.findActualNodeFor(object);
				if (node != null) {
					editor.selectAndReveal(node.getOffset(), node.getLength());
				}
			}
		});
		document.addDocumentListener(this);
		runMenu(viewer);
		refresh();
	}

	/**
	 * The outline's context menu: *Run Simulation* on a simulation, as Run As > Stratum Simulation does for the file;
	 * *Run Sweep* and *Run Fit* on a sweep or a fit.
	 */
	private void runMenu(TreeViewer viewer) {
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> {
			if (viewer.getStructuredSelection().getFirstElement() instanceof Simulation simulation && editor.getEditorInput() instanceof IFileEditorInput input) {
				m.add(new Action("Run Simulation " + simulation.getName()) {
					@Override
					public void run() {
						SimulationLaunchShortcut.launch(editor, input.getFile(), simulation.getName(), ILaunchManager.RUN_MODE);
					}
				});
			}
			Object selected = viewer.getStructuredSelection().getFirstElement();
			StudyJob.Kind kind = selected instanceof Sweep ? StudyJob.Kind.SWEEP : selected instanceof Fit ? StudyJob.Kind.FIT : null;
			if (kind != null && editor.getEditorInput() instanceof IFileEditorInput input) {
				String name = ((Element) selected).getName();
				m.add(new Action("Run " + kind.title() + " " + name) {
					@Override
					public void run() {
						StudyLaunchShortcut.launch(editor, input.getFile(), kind, name, ILaunchManager.RUN_MODE);
					}
				});
			}
		});
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
	}

	static List<EObject> children(Object element) {
		List<EObject> out = new ArrayList<>();
		if (element instanceof Protocol p) {
			out.addAll(p.getStatements());
		} else if (element instanceof Repeat r) {
			out.addAll(r.getSteps());
		} else if (element instanceof Every e) {
			out.addAll(e.getSteps());
		}
		return out;
	}

	/** "protocol Ccd000", "simulation CcdBare", "plate at 2 mA/cm2 for 2 mAh/cm2". */
	static String label(EObject object) {
		if (object instanceof Element element) {
			String kind = object.eClass().getName().replace("Declaration", "").toLowerCase();
			return kind + " " + element.getName();
		}
		if (object instanceof Label label) {
			return "label " + label.getName();
		}
		INode node = NodeModelUtils.findActualNodeFor(object);
		String text = node == null ? object.eClass().getName() : NodeModelUtils.getTokenText(node);
		int brace = text.indexOf('{');
		return (brace > 0 ? text.substring(0, brace) : text).replace(";", "").trim();
	}

	public void refresh() {
		if (getTreeViewer() == null || getTreeViewer().getControl().isDisposed()) {
			return;
		}
		XtextResource resource = StratumLanguage.parse(StratumLanguage.fileOf(document), document.get());
		getTreeViewer().setInput(resource.getContents().isEmpty() ? null : resource.getContents().get(0));
		getTreeViewer().expandToLevel(2);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// refresh after the change
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		var control = getTreeViewer().getControl();
		control.getDisplay().timerExec(600, () -> {
			if (!control.isDisposed()) {
				refresh();
			}
		});
	}

	@Override
	public void dispose() {
		document.removeDocumentListener(this);
		super.dispose();
	}

}
