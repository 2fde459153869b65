package org.stratum.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.stratum.model.derive.Geometry;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;

/**
 * A to-scale cross-section of a cell stack: one band per layer, its height proportional to the layer
 * thickness (or to its logarithm, since 20 um of Li sits beside 0.5 mm of electrolyte), coloured by
 * material class and labelled with name, material and thickness. Clicking a band reports its layer.
 */
public class StackDrawing extends Composite {

	/** A drawn layer: where it is and how thick it is (NaN when its thickness cannot be determined). */
	public record Band(Layer layer, Rectangle bounds, double thickness) {
	}

	private static final double LOG_FLOOR = 1e-9; // 1 nm: a layer this thin gets no height on the log scale
	private static final int MIN_BAND = 3;

	private final Canvas canvas;
	private final Button logScale;
	private Cell cell;
	private Consumer<Layer> onSelect = layer -> {
	};
	private Layer selected;

	public StackDrawing(Composite parent) {
		super(parent, SWT.NONE);
		setLayout(new GridLayout(1, false));
		logScale = new Button(this, SWT.CHECK);
		logScale.setText("Logarithmic thickness scale");
		logScale.setToolTipText("Heights proportional to log(thickness / 1 nm): thin films and foils stay visible beside a thick pellet");
		logScale.addListener(SWT.Selection, e -> refresh());
		canvas = new Canvas(this, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		canvas.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.MouseDown, e -> {
			for (Band band : getBands()) {
				if (band.bounds().contains(e.x, e.y)) {
					onSelect.accept(band.layer());
				}
			}
		});
	}

	public void setCell(Cell cell) {
		this.cell = cell;
		refresh();
	}

	public void setSelectionListener(Consumer<Layer> listener) {
		this.onSelect = listener;
	}

	public void setSelectedLayer(Layer layer) {
		this.selected = layer;
		refresh();
	}

	public void setLogScale(boolean log) {
		logScale.setSelection(log);
		refresh();
	}

	public boolean isLogScale() {
		return logScale.getSelection();
	}

	public void refresh() {
		if (!canvas.isDisposed()) {
			canvas.redraw();
			canvas.update();
		}
	}

	/** The bands for the current size, cell and scale, top to bottom (first layer of the stack on top). */
	public List<Band> getBands() {
		return layout(canvas.getClientArea(), top(null));
	}

	private int top(GC gc) {
		return gc == null ? 34 : 10 + gc.textExtent(title()).y + 8;
	}

	private String title() {
		return cell == null ? "" : cell.getName() + (isLogScale() ? "  (log scale)" : "  (to scale)");
	}

	private List<Band> layout(Rectangle area, int top) {
		List<Band> bands = new ArrayList<>();
		if (cell == null || cell.getLayers().isEmpty()) {
			return bands;
		}
		int left = 10;
		int width = Math.max(80, area.width * 45 / 100);
		int height = Math.max(40, area.height - top - 30);
		List<Layer> layers = cell.getLayers();
		double[] thickness = new double[layers.size()];
		double known = 0;
		int knownCount = 0;
		for (int i = 0; i < layers.size(); i++) {
			thickness[i] = thickness(layers.get(i));
			if (!Double.isNaN(thickness[i])) {
				known += thickness[i];
				knownCount++;
			}
		}
		double fallback = knownCount == 0 ? 1 : known / knownCount;
		double[] weight = new double[layers.size()];
		double total = 0;
		for (int i = 0; i < layers.size(); i++) {
			double t = Double.isNaN(thickness[i]) ? fallback : thickness[i];
			weight[i] = isLogScale() ? Math.max(0.3, Math.log10(Math.max(t, LOG_FLOOR) / LOG_FLOOR)) : t;
			total += weight[i];
		}
		int available = Math.max(0, height - MIN_BAND * layers.size());
		int y = top;
		for (int i = 0; i < layers.size(); i++) {
			int h = MIN_BAND + (int) Math.round(available * weight[i] / total);
			bands.add(new Band(layers.get(i), new Rectangle(left, y, width, h), thickness[i]));
			y += h;
		}
		return bands;
	}

	private void paint(Event e) {
		GC gc = e.gc;
		if (cell == null || cell.getLayers().isEmpty()) {
			gc.drawText("This cell has no layers yet.", 10, 10, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.drawText(title(), 10, 6, true);
		List<Band> bands = layout(canvas.getClientArea(), top(gc));
		double known = 0;
		boolean unknown = false;
		int bottom = top(gc);
		for (Band band : bands) {
			drawBand(gc, band.layer(), band.bounds(), band.thickness());
			if (Double.isNaN(band.thickness())) {
				unknown = true;
			} else {
				known += band.thickness();
			}
			bottom = band.bounds().y + band.bounds().height;
		}
		drawScaleNote(gc, 10, bottom + 6, known, unknown);
	}

	private void drawBand(GC gc, Layer layer, Rectangle r, double thickness) {
		RGB rgb = LayerColors.of(layer);
		Color fill = new Color(rgb);
		gc.setBackground(fill);
		gc.fillRectangle(r);
		if (Double.isNaN(thickness)) {
			gc.setClipping(r);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			for (int x = r.x - r.height; x < r.x + r.width; x += 8) {
				gc.drawLine(x, r.y + r.height, x + r.height, r.y);
			}
			gc.setClipping((Rectangle) null);
		}
		gc.setForeground(getDisplay().getSystemColor(layer == selected ? SWT.COLOR_RED : SWT.COLOR_DARK_GRAY));
		gc.setLineWidth(layer == selected ? 3 : 1);
		gc.drawRectangle(r);
		gc.setLineWidth(1);

		String label = label(layer, thickness);
		Point extent = gc.textExtent(label);
		int ly = r.y + (r.height - extent.y) / 2;
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		int lx = r.x + r.width + 14;
		gc.drawLine(r.x + r.width, r.y + r.height / 2, lx - 4, ly + extent.y / 2);
		gc.drawText(label, lx, ly, true);
		fill.dispose();
	}

	private void drawScaleNote(GC gc, int x, int y, double known, boolean someUnknown) {
		Font small = smallFont(gc);
		gc.setFont(small);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		String note = "total " + format(known) + (someUnknown ? " (hatched: thickness cannot be determined)" : "");
		gc.drawText(note, x, y, true);
		gc.setFont(null);
		small.dispose();
	}

	private Font smallFont(GC gc) {
		FontData data = gc.getFont().getFontData()[0];
		data.setHeight(Math.max(7, data.getHeight() - 1));
		return new Font(getDisplay(), data);
	}

	static String label(Layer layer, double thickness) {
		String name = layer.getName() != null ? layer.getName() : layer.eClass().getName();
		Material main = LayerColors.mainMaterial(layer);
		String material = main == null || main.eIsProxy() ? "" : " - " + main.getId();
		String t = Double.isNaN(thickness) ? "thickness unknown" : format(thickness) + (layer.getThickness() == null ? " (derived)" : "");
		return name + material + ": " + t;
	}

	static double thickness(Layer layer) {
		try {
			return Geometry.thickness(layer);
		} catch (RuntimeException e) {
			return Double.NaN;
		}
	}

	/** Thickness for people: nm below 1 um, um below 1 mm, mm above. */
	public static String format(double metres) {
		if (metres < 1e-6) {
			return String.format(Locale.ROOT, "%.0f nm", metres * 1e9);
		}
		if (metres < 1e-3) {
			return String.format(Locale.ROOT, "%.3g um", metres * 1e6);
		}
		return String.format(Locale.ROOT, "%.3g mm", metres * 1e3);
	}
}
