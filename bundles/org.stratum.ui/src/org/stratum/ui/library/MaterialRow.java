package org.stratum.ui.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.stratum.model.stack.InterfaceKinetics;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.MaterialLibrary;
import org.stratum.model.stack.Property;
import org.stratum.model.stack.Source;
import org.stratum.model.units.Quantity;

/**
 * One value of the material library as the Material Library view shows it: material, class,
 * property, value, unit, temperature, source (code and citation) and whether it is an estimate.
 */
public record MaterialRow(Material material, String property, Quantity value, String temperature, Source source,
		boolean estimate, String note) {

	public static final String[] COLUMNS = { "Material", "Property", "Value", "Unit", "Temperature", "Source", "Citation",
			"Estimate", "Class", "Name", "Note" };
	/** Index of the Value column. */
	public static final int VALUE = 2;
	/** Index of the Source column (the source's code, such as R001). */
	public static final int SOURCE = 5;
	/** Index of the Citation column. */
	public static final int CITATION = 6;
	/** Index of the Note column. */
	public static final int NOTE = 10;

	/** Every value of every material, kinetics and Li reaction included. */
	public static List<MaterialRow> of(MaterialLibrary library) {
		List<MaterialRow> rows = new ArrayList<>();
		for (Material m : library.getMaterials()) {
			for (Property p : m.getProperties()) {
				rows.add(new MaterialRow(m, label(p.getKind().getName()), p.getValue(), text(p.getTemperature()), p.getSource(),
						p.isEstimate(), p.getNote()));
			}
			for (InterfaceKinetics k : m.getKinetics()) {
				String kind = k.isIntrinsic() ? "Li|material exchange current (intrinsic)" : "Li|material exchange current (apparent)";
				rows.add(new MaterialRow(m, kind, k.getExchangeCurrentDensity(), text(k.getTemperature()), k.getSource(), k.isEstimate(), k.getNote()));
				if (k.getActivationEnergy() != null) {
					rows.add(new MaterialRow(m, "activation energy of the exchange current", k.getActivationEnergy(), "", k.getSource(), k.isEstimate(), null));
				}
			}
			LiReaction r = m.getLiReaction();
			if (r != null) {
				StringBuilder products = new StringBuilder();
				r.getProducts().forEach(p -> products.append(products.length() == 0 ? "" : ", ").append(p.getId()));
				rows.add(new MaterialRow(m, "reaction with Li: " + label(r.getKind().getName())
						+ (products.length() > 0 ? " -> " + products : ""), r.getGrowthConstant(), "", r.getSource(), r.isEstimate(), r.getNote()));
			}
		}
		return rows;
	}

	public Object column(int index) {
		return switch (index) {
		case 0 -> material.getId();
		case 1 -> property;
		case 2 -> value == null ? null : value.value();
		case 3 -> value == null ? "" : value.unit().toString();
		case 4 -> temperature;
		case SOURCE -> source == null ? "" : source.getId();
		case CITATION -> source == null || source.getCitation() == null ? "" : source.getCitation();
		case 7 -> estimate ? "estimate" : "";
		case 8 -> label(material.getMaterialClass().getName());
		case 9 -> material.getName();
		case NOTE -> note == null ? "" : note;
		default -> "";
		};
	}

	/** All columns as one lower-case text, for the search field. */
	public String searchText() {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < COLUMNS.length; i++) {
			s.append(column(i)).append(' ');
		}
		return s.toString().toLowerCase(Locale.ROOT);
	}

	/** The full source of the value: its code, citation and where to find it; empty for a value without source. */
	public String sourceText() {
		if (source == null) {
			return "";
		}
		return source.getId() + ": " + (source.getCitation() == null ? "" : source.getCitation())
				+ (source.getLocation() == null ? "" : "\n" + source.getLocation());
	}

	private static String label(String enumName) {
		return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	private static String text(Quantity q) {
		return q == null ? "" : q.toString();
	}
}
