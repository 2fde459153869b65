package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.stratum.model.stack.MaterialClass;
import org.stratum.ui.Screenshots;
import org.stratum.ui.library.MaterialLibraryView;
import org.stratum.ui.library.MaterialRow;

/** The Material Library view: search, filter by class, sort by clicking a column header. */
public class MaterialLibraryViewTest {

	@Test
	public void searchFilterAndSort() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		MaterialLibraryView view = (MaterialLibraryView) page.showView(MaterialLibraryView.ID);
		StratumPerspectiveTest.flush();
		int total = view.getModel().shown().size();
		assertTrue(total > 150, "the library shows only " + total + " values");
		assertTrue(view.getModel().shown().stream().allMatch(r -> r.source() != null || r.property().startsWith("reaction")),
				"a value without source is shown");

		view.getSearchField().setText("llzto");
		StratumPerspectiveTest.flush();
		List<MaterialRow> found = view.getModel().shown();
		assertTrue(!found.isEmpty() && found.size() < total);
		assertTrue(found.stream().allMatch(r -> r.searchText().contains("llzto")));
		assertTrue(found.stream().anyMatch(r -> r.material().getId().equals("LLZTO-nano")));

		view.getSearchField().setText("ionic conductivity");
		view.getClassFilter().select(view.getClassFilter().indexOf("garnet oxide"));
		view.getClassFilter().notifyListeners(SWT.Selection, new Event());
		StratumPerspectiveTest.flush();
		List<MaterialRow> garnets = view.getModel().shown();
		assertEquals(3, garnets.size(), garnets.toString()); // LLZO, LLZTO-nano, LLZTO-micro
		assertTrue(garnets.stream().allMatch(r -> r.material().getMaterialClass() == MaterialClass.GARNET_OXIDE));

		// sort by the "Value" column as a header click does: ascending order
		view.getClassFilter().select(0);
		view.getClassFilter().notifyListeners(SWT.Selection, new Event());
		StratumPerspectiveTest.flush();
		clickColumnHeader(view, MaterialRow.VALUE);
		List<MaterialRow> sorted = view.getModel().shown();
		List<Double> values = sorted.stream().map(r -> (Double) r.column(MaterialRow.VALUE)).filter(v -> v != null).toList();
		for (int i = 1; i < values.size(); i++) {
			int at = i;
			assertTrue(values.get(i - 1) <= values.get(i), () -> "not sorted by value at row " + at + ": " + values.subList(0, Math.min(values.size(), at + 3)));
		}
		assertEquals(List.of(MaterialRow.VALUE), view.getModel().getSortedColumnIndexes());
		assertEquals(SortDirectionEnum.ASC, view.getModel().getSortDirection(MaterialRow.VALUE));

		view.getSearchField().setText("");
		StratumPerspectiveTest.flush();
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("material-library.png");
		Screenshots.capture(view.getSite().getShell(), shot);
		assertTrue(Files.size(shot) > 10_000);
	}

	/** Each value names its source by code and citation; the tooltip adds where to find it; notes wrap instead of being cut. */
	@Test
	public void sourcesAreCitedAndNotesWrap() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		MaterialLibraryView view = (MaterialLibraryView) page.showView(MaterialLibraryView.ID);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
		view.getSearchField().setText("llzto-nano");
		StratumPerspectiveTest.flush();
		List<MaterialRow> rows = view.getModel().shown();
		MaterialRow cited = rows.stream().filter(r -> r.source() != null && r.source().getCitation() != null).findFirst().orElseThrow();
		assertEquals(cited.source().getCitation(), cited.column(MaterialRow.CITATION));
		assertTrue(cited.sourceText().startsWith(cited.source().getId() + ": " + cited.source().getCitation()), cited.sourceText());
		assertTrue(cited.sourceText().contains(cited.source().getLocation()), "the tooltip says where to find the source");

		// the longest note is shown whole: its row grows beyond one line of text
		var table = view.getTable();
		table.doCommand(new org.eclipse.nebula.widgets.nattable.viewport.command.ShowColumnInViewportCommand(MaterialRow.NOTE));
		table.redraw();
		StratumPerspectiveTest.waitFor(() -> false, 500);
		int longest = 0;
		for (int i = 1; i < rows.size(); i++) {
			if (rows.get(i).note() != null && (rows.get(longest).note() == null || rows.get(i).note().length() > rows.get(longest).note().length())) {
				longest = i;
			}
		}
		assertTrue(rows.get(longest).note().length() > 70, "no note longer than the 420 px column: " + rows.get(longest).note());
		int rowPosition = longest + 1; // below the column header
		StratumPerspectiveTest.flush();
		int height = table.getRowHeightByPosition(table.getRowPositionByY(0) + rowPosition);
		Path shot = StratumPerspectiveTest.screenshotFolder().resolve("material-library-sources.png");
		Screenshots.capture(view.getSite().getShell(), shot);
		assertTrue(height > 30, "a long note stays on one clipped line: row height " + height);
		page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
		view.getSearchField().setText("");
	}

	/**
	 * What a click on a header cell executes (SingleClickSortConfiguration's SortColumnAction): a
	 * SortColumnCommand at the header cell's position, through the whole layer stack.
	 */
	private static void clickColumnHeader(MaterialLibraryView view, int column) {
		var table = view.getTable();
		table.doCommand(new SortColumnCommand(table, column + 1, false)); // column 0 is the row header
		StratumPerspectiveTest.waitFor(() -> !view.getModel().getSortedColumnIndexes().isEmpty(), 2000);
	}
}
