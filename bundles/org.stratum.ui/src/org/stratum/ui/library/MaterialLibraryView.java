package org.stratum.ui.library;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.ListDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultColumnHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultCornerDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.data.DefaultRowHeaderDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultColumnHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.DefaultRowHeaderDataLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.sort.SortHeaderLayer;
import org.eclipse.nebula.widgets.nattable.sort.config.SingleClickSortConfiguration;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.stratum.model.resource.MaterialLibraries;
import org.stratum.model.stack.MaterialClass;
import org.stratum.model.stack.MaterialLibrary;

/**
 * The Material Library view: every value of the shipped library with its unit, temperature and
 * source, in a NatTable that can be searched, filtered by material class and sorted by any column.
 */
public class MaterialLibraryView extends ViewPart {

	public static final String ID = "org.stratum.ui.views.materialLibrary";
	static final String ALL_CLASSES = "All classes";

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
		bodyData.setColumnWidthByPosition(7, 150);
		bodyData.setColumnWidthByPosition(8, 220);
		bodyData.setColumnWidthByPosition(9, 500);
		SelectionLayer selection = new SelectionLayer(bodyData);
		ViewportLayer viewport = new ViewportLayer(selection);

		IDataProvider header = new DefaultColumnHeaderDataProvider(MaterialRow.COLUMNS);
		ColumnHeaderLayer columnHeader = new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(header), viewport, selection);
		SortHeaderLayer<?> sortHeader = new SortHeaderLayer<>(columnHeader, model);

		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(body);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(header, rowHeaderData)), rowHeader, sortHeader);

		NatTable natTable = new NatTable(parent, new GridLayer(viewport, sortHeader, rowHeader, corner), false);
		natTable.addConfiguration(new DefaultNatTableStyleConfiguration());
		natTable.addConfiguration(new SingleClickSortConfiguration());
		natTable.configure();
		return natTable;
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
