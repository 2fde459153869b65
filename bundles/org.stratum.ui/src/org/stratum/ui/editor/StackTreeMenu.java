package org.stratum.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.provider.StackEditPlugin;

/**
 * The context menu of the .stack tree: <i>New Child</i> named in words (Component, In Situ Reaction), grouped by
 * the list it goes into where a list takes several kinds (Layers, Fabrication), <i>Move Up</i>/<i>Move Down</i> within a list (also Alt+Up and
 * Alt+Down, as Eclipse moves lines), <i>Delete</i>, <i>Undo</i> and <i>Redo</i>. Every item is an EMF command.
 */
final class StackTreeMenu {

	private final EditingDomain domain;
	private final TreeViewer tree;
	private final CommandStackActions actions;
	private final BooleanSupplier readOnly;

	StackTreeMenu(EditingDomain domain, TreeViewer tree, CommandStackActions actions, BooleanSupplier readOnly) {
		this.domain = domain;
		this.tree = tree;
		this.actions = actions;
		this.readOnly = readOnly;
		tree.getControl().addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.ALT) != 0 && (event.keyCode == SWT.ARROW_UP || event.keyCode == SWT.ARROW_DOWN)) {
				Action move = move(event.keyCode == SWT.ARROW_UP ? -1 : 1);
				if (move != null && move.isEnabled()) {
					move.run();
				}
				event.doit = false;
			}
		});
	}

	void fill(IMenuManager menu) {
		IStructuredSelection selection = tree.getStructuredSelection();
		Object owner = selection.getFirstElement();
		if (owner != null && selection.size() == 1) {
			MenuManager children = new MenuManager("New Child");
			Map<EStructuralFeature, List<Action>> byFeature = newChildren(owner);
			// one kind of child is offered by its name; several kinds are grouped by the list they go into
			byFeature.forEach((feature, creates) -> {
				if (creates.size() == 1 || byFeature.size() == 1) {
					creates.forEach(children::add);
				} else {
					MenuManager group = new MenuManager(featureName(feature));
					creates.forEach(group::add);
					children.add(group);
				}
			});
			menu.add(children);
		}
		if (owner instanceof EObject && selection.size() == 1 && !(owner instanceof Cell)) {
			menu.add(new Separator());
			menu.add(move(-1));
			menu.add(move(1));
		}
		if (!selection.isEmpty() && !(owner instanceof Cell)) {
			menu.add(new Separator());
			menu.add(commandAction("Delete", DeleteCommand.create(domain, selection.toList())));
		}
		menu.add(new Separator());
		menu.add(actions.undo);
		menu.add(actions.redo);
	}

	/** The children the owner can get, by the list they go into, each labelled by its type ("Current Collector"). */
	private Map<EStructuralFeature, List<Action>> newChildren(Object owner) {
		Map<EStructuralFeature, List<Action>> byFeature = new LinkedHashMap<>();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter && parameter.getValue() instanceof EObject child) {
				Command create = CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
				byFeature.computeIfAbsent(parameter.getEStructuralFeature(), f -> new ArrayList<>())
						.add(commandAction(typeName(child), create));
			}
		}
		return byFeature;
	}

	/** Move Up (-1) or Move Down (+1) of the selected element within its list; null where there is no list. */
	private Action move(int step) {
		IStructuredSelection selection = tree.getStructuredSelection();
		if (selection.size() != 1 || !(selection.getFirstElement() instanceof EObject element)
				|| element.eContainer() == null || !element.eContainingFeature().isMany()) {
			return null;
		}
		EList<?> list = (EList<?>) element.eContainer().eGet(element.eContainingFeature());
		int target = list.indexOf(element) + step;
		Command command = target < 0 || target >= list.size() ? null
				: MoveCommand.create(domain, element.eContainer(), element.eContainingFeature(), element, target);
		Action action = command == null ? new Action() {
		} : commandAction("", command);
		action.setText(step < 0 ? "Move &Up\tAlt+Up" : "Move &Down\tAlt+Down");
		action.setEnabled(command != null && command.canExecute() && !readOnly.getAsBoolean());
		return action;
	}

	private Action commandAction(String label, Command command) {
		Action action = new Action(label) {
			@Override
			public void run() {
				domain.getCommandStack().execute(command);
			}
		};
		action.setEnabled(command.canExecute() && !readOnly.getAsBoolean());
		return action;
	}

	/** "Current Collector", from the model's edit texts. */
	static String typeName(EObject object) {
		return StackEditPlugin.INSTANCE.getString("_UI_" + object.eClass().getName() + "_type");
	}

	/** "Layers", "Fabrication", from the model's edit texts. */
	static String featureName(EStructuralFeature feature) {
		return StackEditPlugin.INSTANCE.getString("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature");
	}
}
