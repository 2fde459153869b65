package org.stratum.ui.tables;

import java.util.function.UnaryOperator;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
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
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.widgets.Composite;

/** NatTable grids as Stratum's views and editors show them: named columns, numbered rows, selection, scrolling. */
public final class Grids {

	private Grids() {
	}

	/**
	 * A grid over the body data layer, not yet configured (the caller adds its configurations, then calls
	 * {@link NatTable#configure()}); {@code header} may wrap the column header, for instance to sort by it.
	 */
	public static NatTable create(Composite parent, DataLayer body, String[] columns, UnaryOperator<ILayer> header) {
		IDataProvider bodyData = body.getDataProvider();
		SelectionLayer selection = new SelectionLayer(body);
		ViewportLayer viewport = new ViewportLayer(selection);
		IDataProvider headerData = new DefaultColumnHeaderDataProvider(columns);
		ILayer columnHeader = header.apply(new ColumnHeaderLayer(new DefaultColumnHeaderDataLayer(headerData), viewport, selection));
		IDataProvider rowHeaderData = new DefaultRowHeaderDataProvider(bodyData);
		RowHeaderLayer rowHeader = new RowHeaderLayer(new DefaultRowHeaderDataLayer(rowHeaderData), viewport, selection);
		CornerLayer corner = new CornerLayer(new DataLayer(new DefaultCornerDataProvider(headerData, rowHeaderData)), rowHeader, columnHeader);
		return new NatTable(parent, new GridLayer(viewport, columnHeader, rowHeader, corner), false);
	}
}
