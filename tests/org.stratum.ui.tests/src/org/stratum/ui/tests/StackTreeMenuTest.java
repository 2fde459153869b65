package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Layer;
import org.stratum.ui.Screenshots;
import org.stratum.ui.editor.StackEditor;
import org.stratum.ui.emf.ItemPropertySourceProvider;

/**
 * The .stack tree's context menu as a modeller uses it (New Child in words, Move Up and Down, a move saved
 * as a move), and the Properties view's descriptions of every property.
 */
public class StackTreeMenuTest {

	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("tree-menu-test");

	/** The context menu of the tree for the selection, as shown on a right click. */
	private static Menu contextMenu(StackEditor editor, Object selected) {
		editor.getTreeViewer().setSelection(new StructuredSelection(selected), true);
		Menu menu = editor.getTreeViewer().getControl().getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		return menu;
	}

	private static MenuItem item(Menu menu, String text) {
		return Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").split("\t")[0].equals(text)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + text + "' in " + texts(menu)));
	}

	private static List<String> texts(Menu menu) {
		return Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "").split("\t")[0]).filter(t -> !t.isEmpty()).toList();
	}

	private static Menu submenu(MenuItem item) {
		Menu menu = item.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		return menu;
	}

	private static void click(MenuItem item) {
		assertTrue(item.isEnabled(), item.getText() + " is disabled");
		item.notifyListeners(SWT.Selection, new Event());
		StratumPerspectiveTest.flush();
	}

	@Test
	public void newChildInWordsAndMoveUpAndDown() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/full-bare-0.2mAh.stack");
		String original = Files.readString(Path.of(file.getLocationURI()));
		StackEditor editor = (StackEditor) IDE.openEditor(SeedProject.page(), file, StackEditor.ID);
		StratumPerspectiveTest.flush();
		Cell cell = editor.getCell();

		// New Child on the cell: grouped by list, each child named in words
		Menu newChild = submenu(item(contextMenu(editor, cell), "New Child"));
		assertEquals(List.of("Layers", "Fabrication"), texts(newChild));
		List<String> layerKinds = texts(submenu(item(newChild, "Layers")));
		assertTrue(layerKinds.containsAll(List.of("Current Collector", "Anode", "Interlayer", "Solid Electrolyte", "Cathode Composite")), layerKinds.toString());
		List<String> steps = texts(submenu(item(newChild, "Fabrication")));
		assertTrue(steps.containsAll(List.of("Cold Pressing", "Rolling", "Rf Sputtering")), steps.toString());
		for (String label : concat(layerKinds, steps)) {
			assertFalse(label.contains(":") || label.matches(".*[a-z][A-Z].*"), "a raw EMF label: " + label);
		}

		// a layer's children: one kind per list, offered by name; nothing of the file (Run As, Team) on a layer
		Menu onLayer = contextMenu(editor, cell.getLayers().get(1));
		assertEquals(List.of("Component"), texts(submenu(item(onLayer, "New Child"))));
		assertEquals(List.of("New Child", "Move Up", "Move Down", "Delete", "Undo", "Redo"), texts(onLayer));

		// Move Up / Move Down: the first layer cannot go up; the electrolyte goes up, saved as a two-line move
		Layer cathode = cell.getLayers().get(0);
		Layer electrolyte = cell.getLayers().get(1);
		Menu onFirst = contextMenu(editor, cathode);
		assertFalse(item(onFirst, "Move Up").isEnabled(), "the first layer can move up");
		assertTrue(item(onFirst, "Move Down").isEnabled());
		click(item(contextMenu(editor, electrolyte), "Move Up"));
		assertEquals(List.of(electrolyte, cathode), cell.getLayers().subList(0, 2));
		assertTrue(editor.isDirty());
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("stack-tree-menu.png");
		Menu shown = contextMenu(editor, electrolyte);
		Screenshots.capture(editor.getSite().getShell(), shot);
		shown.setVisible(false);
		editor.doSave(new NullProgressMonitor());
		String saved = Files.readString(Path.of(file.getLocationURI()));
		assertEquals(sortedLines(original), sortedLines(saved), "a move changed more than the order of lines");
		assertFalse(original.equals(saved));

		// undo brings back the order, and Alt+Down moves the cathode down as the menu does
		editor.getUndoAction().run();
		StratumPerspectiveTest.flush();
		assertEquals(List.of(cathode, electrolyte), cell.getLayers().subList(0, 2));
		editor.getTreeViewer().setSelection(new StructuredSelection(cathode), true);
		Event key = new Event();
		key.keyCode = SWT.ARROW_DOWN;
		key.stateMask = SWT.ALT;
		editor.getTreeViewer().getControl().notifyListeners(SWT.KeyDown, key);
		StratumPerspectiveTest.flush();
		assertEquals(List.of(electrolyte, cathode), cell.getLayers().subList(0, 2), "Alt+Down did not move the layer");
		editor.getUndoAction().run();
		editor.doSave(new NullProgressMonitor());
		assertEquals(original, Files.readString(Path.of(file.getLocationURI())), "undo and save did not give the file back");
	}

	/** Every property of every element of a full cell is described in words, not "The X of the Y". */
	@Test
	public void everyPropertyHasARealDescription() throws Exception {
		IFile file = PROJECT.file("examples/seed-000/full-sc-nano20-llzto-0.2mAh.stack");
		StackEditor editor = (StackEditor) IDE.openEditor(SeedProject.page(), file, StackEditor.ID);
		StratumPerspectiveTest.flush();
		AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) editor.getEditingDomain();
		ItemPropertySourceProvider provider = new ItemPropertySourceProvider(domain.getAdapterFactory());
		List<Object> elements = new ArrayList<>();
		elements.add(editor.getCell());
		editor.getCell().eAllContents().forEachRemaining(elements::add);
		int checked = 0;
		for (Object element : elements) {
			IPropertySource source = provider.getPropertySource(element);
			for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
				String description = d.getDescription();
				assertNotNull(description, d.getDisplayName());
				assertFalse(description.matches("The [A-Z][A-Za-z ]* of the [A-Z][A-Za-z ]*"), "a generated description: " + description);
				assertTrue(description.length() > 15 && description.endsWith("."), d.getDisplayName() + ": " + description);
				checked++;
			}
		}
		assertTrue(checked > 40, "only " + checked + " properties");
		SeedProject.page().closeAllEditors(false);
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private static List<String> sortedLines(String text) {
		return text.lines().sorted().toList();
	}
}
