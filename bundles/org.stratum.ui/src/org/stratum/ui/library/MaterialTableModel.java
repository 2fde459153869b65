package org.stratum.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.nebula.widgets.nattable.data.IColumnAccessor;
import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.stratum.model.stack.MaterialClass;

/**
 * The rows the Material Library table shows: all library values, narrowed by a search text and a
 * material class, sorted by one column. NatTable reads the shown list through {@link #accessor()}.
 */
public class MaterialTableModel implements ISortModel {

	private final List<MaterialRow> all;
	private final List<MaterialRow> shown = new ArrayList<>();
	private String search = "";
	private MaterialClass materialClass;
	private int sortColumn = -1;
	private SortDirectionEnum direction = SortDirectionEnum.NONE;

	public MaterialTableModel(List<MaterialRow> rows) {
		this.all = List.copyOf(rows);
		apply();
	}

	/** The list NatTable's data provider reads; it changes in place. */
	public List<MaterialRow> shown() {
		return shown;
	}

	public void setSearch(String text) {
		this.search = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		apply();
	}

	/** Only this class, or every class when null. */
	public void setMaterialClass(MaterialClass materialClass) {
		this.materialClass = materialClass;
		apply();
	}

	private void apply() {
		shown.clear();
		for (MaterialRow row : all) {
			if (materialClass != null && row.material().getMaterialClass() != materialClass) {
				continue;
			}
			if (!search.isEmpty() && !row.searchText().contains(search)) {
				continue;
			}
			shown.add(row);
		}
		if (sortColumn >= 0 && direction != SortDirectionEnum.NONE) {
			Comparator<MaterialRow> c = Comparator.comparing(r -> r.column(sortColumn), MaterialTableModel::compareCells);
			shown.sort(direction == SortDirectionEnum.DESC ? c.reversed() : c);
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareCells(Object a, Object b) {
		if (a == null || b == null) { // rows without a value go last
			return a == null ? (b == null ? 0 : 1) : -1;
		}
		if (a instanceof Comparable ca && a.getClass() == b.getClass()) {
			return ca.compareTo(b);
		}
		return String.valueOf(a).compareToIgnoreCase(String.valueOf(b));
	}

	public IColumnAccessor<MaterialRow> accessor() {
		return new IColumnAccessor<>() {
			@Override
			public Object getDataValue(MaterialRow row, int column) {
				Object value = row.column(column);
				return value == null ? "" : value;
			}

			@Override
			public void setDataValue(MaterialRow row, int column, Object value) {
				// the library is read-only here
			}

			@Override
			public int getColumnCount() {
				return MaterialRow.COLUMNS.length;
			}
		};
	}

	// ---- ISortModel: one column at a time ----

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return sortColumn >= 0 && direction != SortDirectionEnum.NONE ? List.of(sortColumn) : List.of();
	}

	@Override
	public boolean isColumnIndexSorted(int column) {
		return column == sortColumn && direction != SortDirectionEnum.NONE;
	}

	@Override
	public SortDirectionEnum getSortDirection(int column) {
		return column == sortColumn ? direction : SortDirectionEnum.NONE;
	}

	@Override
	public int getSortOrder(int column) {
		return isColumnIndexSorted(column) ? 0 : -1;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public List<Comparator> getComparatorsForColumnIndex(int column) {
		return List.of();
	}

	@Override
	public Comparator<?> getColumnComparator(int column) {
		return null;
	}

	@Override
	public void sort(int column, SortDirectionEnum direction, boolean accumulate) {
		this.sortColumn = column;
		this.direction = direction;
		apply();
	}

	@Override
	public void clear() {
		sortColumn = -1;
		direction = SortDirectionEnum.NONE;
		apply();
	}
}
