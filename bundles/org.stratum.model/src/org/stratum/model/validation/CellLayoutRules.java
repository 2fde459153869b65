package org.stratum.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.stratum.model.derive.Labels;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.CellKind;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.CurrentCollector;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.stack.StackPackage;

/**
 * The rules of a cell as a whole: the operating conditions every simulation needs, and the order of its
 * layers for its kind (a full cell between cathode and anode, a symmetric cell mirrored, interlayers between
 * the electrolyte and an electrode).
 */
final class CellLayoutRules {

	private CellLayoutRules() {
	}

	static void check(Cell cell, ValidationReport report) {
		if (cell.getTemperature() == null) {
			report.warning(StackIssueCodes.MISSING_DATA, cell, StackPackage.Literals.CELL__TEMPERATURE,
					Labels.of(cell) + " has no operating temperature; every simulation needs one");
		}
		if (cell.getStackPressure() == null) {
			report.warning(StackIssueCodes.MISSING_DATA, cell, StackPackage.Literals.CELL__STACK_PRESSURE,
					Labels.of(cell) + " has no stack pressure; void formation and creep need one (give a value and mark it estimated if unknown)");
		}
		if (cell.getArea() == null && cell.getDiameter() == null) {
			report.warning(StackIssueCodes.MISSING_DATA, cell, StackPackage.Literals.CELL__DIAMETER,
					Labels.of(cell) + " has neither an area nor a diameter; currents in mA cannot be turned into current densities");
		}
		List<Layer> layers = new ArrayList<>();
		for (Layer layer : cell.getLayers()) {
			if (!(layer instanceof CurrentCollector)) {
				layers.add(layer);
			}
		}
		if (layers.isEmpty()) {
			report.error(StackIssueCodes.STACK_ORDER, cell, StackPackage.Literals.CELL__LAYERS, Labels.of(cell) + " has no layers");
			return;
		}
		CellKind kind = cell.getKind();
		long cathodes = layers.stream().filter(CathodeComposite.class::isInstance).count();
		long anodes = layers.stream().filter(Anode.class::isInstance).count();
		long electrolytes = layers.stream().filter(SolidElectrolyte.class::isInstance).count();
		switch (kind) {
		case FULL, HALF, ANODE_FREE -> {
			if (cathodes != 1 || anodes != 1) {
				report.error(StackIssueCodes.STACK_ORDER, cell, StackPackage.Literals.CELL__LAYERS, Labels.of(cell) + " is a "
						+ kind.getLiteral() + " cell and needs exactly one cathode and one anode; it has " + cathodes + " and " + anodes);
			} else if (!(ends(layers, CathodeComposite.class, Anode.class))) {
				report.error(StackIssueCodes.STACK_ORDER, cell, StackPackage.Literals.CELL__LAYERS,
						Labels.of(cell) + ": the cathode and the anode must be the two outer layers (current collectors aside)");
			}
		}
		case SYMMETRIC -> {
			if (cathodes != 0 || anodes != 2 || !(layers.get(0) instanceof Anode) || !(layers.get(layers.size() - 1) instanceof Anode)) {
				report.error(StackIssueCodes.STACK_ORDER, cell, StackPackage.Literals.CELL__LAYERS,
						Labels.of(cell) + " is symmetric and needs a Li electrode as first and last layer and no cathode");
			} else if (!mirrors(layers)) {
				report.error(StackIssueCodes.STACK_ORDER, cell, StackPackage.Literals.CELL__LAYERS, Labels.of(cell)
						+ " is symmetric, but its layers do not mirror: read backwards they must give the same layer types and materials");
			}
		}
		default -> {
			// blocking cells are arranged freely
		}
		}
		if (electrolytes == 0 && kind != CellKind.ELECTRON_BLOCKING) {
			report.error(StackIssueCodes.STACK_ORDER, cell, StackPackage.Literals.CELL__LAYERS, Labels.of(cell) + " has no solid electrolyte");
		}
		if (kind != CellKind.ELECTRON_BLOCKING && kind != CellKind.ION_BLOCKING) {
			for (int i = 0; i < layers.size(); i++) {
				if (layers.get(i) instanceof Interlayer interlayer && !betweenElectrolyteAndElectrode(layers, i)) {
					report.error(StackIssueCodes.STACK_ORDER, interlayer, StackPackage.Literals.CELL__LAYERS, Labels.of(interlayer)
							+ " must sit between the solid electrolyte and an electrode (possibly with other interlayers)");
				}
			}
		}
	}

	private static boolean ends(List<Layer> layers, Class<?> a, Class<?> b) {
		Layer first = layers.get(0);
		Layer last = layers.get(layers.size() - 1);
		return a.isInstance(first) && b.isInstance(last) || b.isInstance(first) && a.isInstance(last);
	}

	private static boolean mirrors(List<Layer> layers) {
		for (int i = 0, j = layers.size() - 1; i < j; i++, j--) {
			if (!signature(layers.get(i)).equals(signature(layers.get(j)))) {
				return false;
			}
		}
		return true;
	}

	private static String signature(Layer layer) {
		StringBuilder s = new StringBuilder(layer.eClass().getName());
		if (layer instanceof CompositeLayer composite) {
			for (Component c : composite.getComponents()) {
				s.append('|').append(c.getMaterial() == null ? "?" : c.getMaterial().getId()).append(c.isSetFraction() ? c.getFraction() : "");
			}
		}
		return s.toString();
	}

	private static boolean betweenElectrolyteAndElectrode(List<Layer> layers, int index) {
		return side(layers, index, -1, SolidElectrolyte.class) && side(layers, index, +1, Anode.class, CathodeComposite.class)
				|| side(layers, index, +1, SolidElectrolyte.class) && side(layers, index, -1, Anode.class, CathodeComposite.class);
	}

	/** Walking from index in direction step over further interlayers, is the next layer one of the types? */
	private static boolean side(List<Layer> layers, int index, int step, Class<?>... types) {
		for (int i = index + step; i >= 0 && i < layers.size(); i += step) {
			Layer layer = layers.get(i);
			if (layer instanceof Interlayer) {
				continue;
			}
			for (Class<?> type : types) {
				if (type.isInstance(layer)) {
					return true;
				}
			}
			return false;
		}
		return false;
	}
}
