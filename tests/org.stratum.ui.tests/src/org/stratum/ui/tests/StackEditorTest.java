package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.StackPackage;
import org.stratum.model.units.Quantity;
import org.stratum.ui.Screenshots;
import org.stratum.ui.editor.StackDrawing;
import org.stratum.ui.editor.StackEditor;
import org.stratum.ui.editor.StackMarkers;
import org.stratum.ui.emf.ItemPropertyDescriptorAdapter;
import org.stratum.ui.emf.ItemPropertySourceProvider;

/**
 * The .stack editor as a modeller uses it: open a seed cell, change the interlayer thickness in the
 * Properties view, undo, redo, save, see problems in the Problems view, and look at the drawing.
 */
public class StackEditorTest {

	private static final String EXAMPLE = "examples/seed-000/sym-sc-nano20-llzto.stack";
	@RegisterExtension
	static final SeedProject PROJECT = new SeedProject("editor-test");

	private static StackEditor open(IFile file) throws Exception {
		StackEditor editor = (StackEditor) IDE.openEditor(SeedProject.page(), file, StackEditor.ID);
		StratumPerspectiveTest.flush();
		return editor;
	}

	private static IPropertySource properties(StackEditor editor, Object element) {
		AdapterFactoryEditingDomain domain = (AdapterFactoryEditingDomain) editor.getEditingDomain();
		return new ItemPropertySourceProvider(domain.getAdapterFactory()).getPropertySource(element);
	}

	private static Object descriptorId(IPropertySource source, String displayName) {
		return Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals(displayName))
				.map(IPropertyDescriptor::getId).findFirst().orElseThrow(() -> new AssertionError("no property " + displayName));
	}

	@Test
	public void editUndoRedoSaveAndDraw() throws Exception {
		IFile file = PROJECT.file(EXAMPLE);
		String original = Files.readString(Path.of(file.getLocationURI()));
		StackEditor editor = open(file);
		editor.getTreeViewer().expandAll();
		List<String> labels = new java.util.ArrayList<>();
		collectLabels(editor.getTreeViewer().getTree().getItems(), labels);
		assertTrue(labels.contains("LLZTO-nano, 19 wt%") && labels.contains("SC, 76 wt%"), "components by material and fraction: " + labels);
		Cell cell = editor.getCell();
		assertNotNull(cell);
		assertFalse(editor.isReadOnly());
		assertEquals(0, file.findMarkers(StackMarkers.TYPE, false, IResource.DEPTH_ZERO).length, "a seed example has problems");

		// the drawing: five bands, the 0.73 mm electrolyte dwarfs the 20 um Li linearly, not on the log scale
		List<StackDrawing.Band> bands = editor.getDrawing().getBands();
		assertEquals(5, bands.size());
		int li = bands.get(0).bounds().height;
		int se = bands.get(2).bounds().height;
		assertTrue(se > 10 * li, "linear scale: SE " + se + " px vs Li " + li + " px");
		editor.getDrawing().setLogScale(true);
		StratumPerspectiveTest.flush();
		bands = editor.getDrawing().getBands();
		assertTrue(bands.get(2).bounds().height < 2 * bands.get(0).bounds().height, "log scale keeps the Li visible");
		assertEquals(0.731e-3, bands.get(2).thickness(), 0.002e-3, "derived SE thickness from 80 mg");

		// select the interlayer in the tree, change its thickness in the Properties view
		Interlayer interlayer = (Interlayer) cell.getLayers().get(1);
		editor.getTreeViewer().setSelection(new StructuredSelection(interlayer), true);
		SeedProject.page().showView(IPageLayout.ID_PROP_SHEET);
		SeedProject.page().activate(editor);
		IPropertySource source = properties(editor, interlayer);
		Object thickness = descriptorId(source, "Thickness");
		Shell shell = editor.getSite().getShell();
		ItemPropertyDescriptorAdapter.DataTypeCellEditor cellEditor = new ItemPropertyDescriptorAdapter.DataTypeCellEditor(shell,
				StackPackage.Literals.QUANTITY, "thickness");
		assertNotNull(cellEditor.getValidator().isValid("thick"), "bad text is accepted");
		assertEquals("thickness must be a length such as um or mm; '2 V' is a voltage", cellEditor.getValidator().isValid("2 V"),
				"a quantity of the wrong dimension is refused when typed");
		assertNull(cellEditor.getValidator().isValid("15 um"));
		cellEditor.setValue(new Quantity("15 um"));
		source.setPropertyValue(thickness, cellEditor.getValue());
		cellEditor.dispose();
		StratumPerspectiveTest.flush();
		assertEquals(new Quantity("15 um"), interlayer.getThickness());
		assertTrue(editor.isDirty());
		assertEquals(15e-6, editor.getDrawing().getBands().get(1).thickness(), 1e-12);

		editor.getUndoAction().run();
		StratumPerspectiveTest.flush();
		assertEquals(new Quantity("30 um"), interlayer.getThickness());
		assertFalse(editor.isDirty(), "undoing the only change leaves the editor clean");
		editor.getRedoAction().run();
		StratumPerspectiveTest.flush();
		assertEquals(new Quantity("15 um"), interlayer.getThickness());

		editor.doSave(new NullProgressMonitor());
		StratumPerspectiveTest.flush();
		assertFalse(editor.isDirty());
		String saved = Files.readString(Path.of(file.getLocationURI()));
		assertTrue(saved.contains("thickness=\"15 um\""), saved);
		assertTrue(saved.contains("stratum:/library/materials.stacklib#LLZTO-nano"), "library references kept");
		List<String> before = original.lines().toList();
		List<String> after = saved.lines().toList();
		assertEquals(before.size(), after.size(), "the save added or removed lines");
		long changed = java.util.stream.IntStream.range(0, before.size()).filter(k -> !before.get(k).equals(after.get(k))).count();
		assertEquals(1, changed, "a one-value edit is a one-line diff");

		assertNotNull(editor.getAdapter(org.eclipse.ui.views.contentoutline.IContentOutlinePage.class), "no outline");
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("stack-editor.png");
		Screenshots.capture(editor.getSite().getShell(), shot);
		assertTrue(Files.size(shot) > 10_000);

		// a bad value saved: the Problems view gets an error naming the layer and the quantity
		source.setPropertyValue(thickness, new Quantity("-3 um"));
		editor.doSave(new NullProgressMonitor());
		IMarker[] markers = file.findMarkers(StackMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("thickness '-3 um' must be positive")
				&& m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR), "no error marker for -3 um");
		editor.getUndoAction().run();
		editor.doSave(new NullProgressMonitor());
		assertEquals(0, file.findMarkers(StackMarkers.TYPE, false, IResource.DEPTH_ZERO).length);
		SeedProject.page().closeEditor(editor, false);
	}

	private static void collectLabels(org.eclipse.swt.widgets.TreeItem[] items, List<String> labels) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			labels.add(item.getText());
			collectLabels(item.getItems(), labels);
		}
	}

	@Test
	public void aBrokenFileOpensReadOnlyWithItsProblem() throws Exception {
		IFile file = PROJECT.file("broken.stack");
		String text = new String(PROJECT.file(EXAMPLE).getContents().readAllBytes(), StandardCharsets.UTF_8)
				.replaceFirst("thickness=\"20 um\"", "thickness=\"twenty um\"");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		StackEditor editor = open(file);
		assertTrue(editor.isReadOnly(), "a file with load errors must not be editable");
		IMarker[] markers = file.findMarkers(StackMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertTrue(Arrays.stream(markers).anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains("twenty um")),
				() -> "no marker naming the bad value: " + Arrays.toString(Arrays.stream(markers).map(m -> m.getAttribute(IMarker.MESSAGE, "")).toArray()));
		Layer first = editor.getCell().getLayers().get(0);
		IPropertySource source = properties(editor, first);
		IPropertyDescriptor thickness = Arrays.stream(source.getPropertyDescriptors()).filter(d -> d.getDisplayName().equals("Thickness"))
				.findFirst().orElseThrow();
		assertNull(thickness.createPropertyEditor(editor.getSite().getShell()), "read-only properties must not be editable");
		SeedProject.page().closeEditor(editor, false);
		assertTrue(new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).contains("twenty um"), "the file was changed");
	}

	static IProject workspaceProject(String name) {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(name);
	}
}
