package org.stratum.ui.library;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.layer.cell.ColumnOverrideLabelAccumulator;
import org.eclipse.nebula.widgets.nattable.painter.cell.AutomaticRowHeightTextPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.stratum.model.resource.MaterialLibraries;
import org.stratum.model.stack.MaterialClass;
import org.stratum.model.stack.MaterialLibrary;
import org.stratum.ui.tables.Grids;

/**
 * The Material Library view: every value of the shipped library with its unit, temperature and
 * source, in a NatTable that can be searched, filtered by material class and sorted by any column.
 * Each value names its source by code and citation (the tooltip adds where to find it); citations and
 * notes wrap instead of being cut off.
 */
public class MaterialLibraryView extends ViewPart {

	public static final String ID = "org.stratum.ui.views.materialLibrary";
	static final String ALL_CLASSES = "All classes";
	private static final String WRAPPED = "wrapped";

	private MaterialTableModel model;
	private NatTable table;
	private Text search;
	private Combo classes;
	private Label count;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(5, false));
		new Label(parent, SWT.NONE).setText("Search:");
		search = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		search.setMessage("material, property, source...");
		search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(parent, SWT.NONE).setText("Class:");
		classes = new Combo(parent, SWT.READ_ONLY);
		List<String> items = new ArrayList<>();
		items.add(ALL_CLASSES);
		for (MaterialClass c : MaterialClass.VALUES) {
			items.add(c.getName().toLowerCase().replace('_', ' '));
		}
		classes.setItems(items.toArray(new String[0]));
		classes.select(0);
		count = new Label(parent, SWT.NONE);
		count.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));

		MaterialLibrary library = MaterialLibraries.standard();
		model = new MaterialTableModel(MaterialRow.of(library));
		table = createTable(parent);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1));

		search.addModifyListener(e -> {
			model.setSearch(search.getText());
			refresh();
		});
		classes.addListener(SWT.Selection, e -> {
			int index = classes.getSelectionIndex();
			model.setMaterialClass(index <= 0 ? null : MaterialClass.VALUES.get(index - 1));
			refresh();
		});
		refresh();
	}

	private NatTable createTable(Composite parent) {
		IDataProvider body = new ListDataProvider<>(model.shown(), model.accessor());
		DataLayer bodyData = new DataLayer(body);
		bodyData.setColumnWidthByPosition(1, 230);
		bodyData.setColumnWidthByPosition(MaterialRow.SOURCE, 120);
		bodyData.setColumnWidthByPosition(MaterialRow.CITATION, 320);
		bodyData.setColumnWidthByPosition(8, 150);
		bodyData.setColumnWidthByPosition(9, 220);
		bodyData.setColumnWidthByPosition(MaterialRow.NOTE, 420);
		// citations and notes wrap, and their rows grow to show all of them
		ColumnOverrideLabelAccumulator labels = new ColumnOverrideLabelAccumulator(bodyData);
		labels.registerColumnOverrides(MaterialRow.CITATION, WRAPPED);
		labels.registerColumnOverrides(MaterialRow.NOTE, WRAPPED);
		bodyData.setConfigLabelAccumulator(labels);
		NatTable natTable = Grids.create(parent, bodyData, MaterialRow.COLUMNS, header -> new SortHeaderLayer<>(header, model));
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.addConfiguration(new AbstractRegistryConfiguration() {
			@Override
			public void configureRegistry(IConfigRegistry registry) {
				registry.registerConfigAttribute(CellConfigAttributes.CELL_PAINTER, new AutomaticRowHeightTextPainter(2), DisplayMode.NORMAL,
						WRAPPED);
				Style leftAligned = new Style();
				leftAligned.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
				registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, leftAligned, DisplayMode.NORMAL, WRAPPED);
			}
		});
		natTable.configure();
		new SourceTooltip(natTable);
		return natTable;
	}

	/** Over a source code or citation: the whole citation and where to find it; elsewhere the cell's full text. */
	private final class SourceTooltip extends NatTableContentTooltip {

		SourceTooltip(NatTable table) {
			super(table, GridRegion.BODY);
		}

		@Override
		protected String getText(Event event) {
			int column = natTable.getColumnIndexByPosition(natTable.getColumnPositionByX(event.x));
			int row = natTable.getRowIndexByPosition(natTable.getRowPositionByY(event.y));
			if ((column == MaterialRow.SOURCE || column == MaterialRow.CITATION) && row >= 0 && row < model.shown().size()) {
				return model.shown().get(row).sourceText();
			}
			return super.getText(event);
		}
	}

	private void refresh() {
		table.refresh();
		count.setText(model.shown().size() + " values");
		count.getParent().layout(new org.eclipse.swt.widgets.Control[] { count });
	}

	/** What the table shows now (tests read it as a user reads the table). */
	public MaterialTableModel getModel() {
		return model;
	}

	public NatTable getTable() {
		return table;
	}

	public Text getSearchField() {
		return search;
	}

	public Combo getClassFilter() {
		return classes;
	}

	@Override
	public void setFocus() {
		search.setFocus();
	}
}
