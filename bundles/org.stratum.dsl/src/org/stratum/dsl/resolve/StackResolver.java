package org.stratum.dsl.resolve;

import java.io.IOException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.stratum.dsl.stratum.LayerRole;
import org.stratum.dsl.stratum.LayerSelector;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.dsl.stratum.StackFactor;
import org.stratum.dsl.stratum.Variation;
import org.stratum.dsl.study.MaterialValues;
import org.stratum.model.resource.StackFileProblems;
import org.stratum.model.resource.StratumResources;
import org.stratum.model.stack.Anode;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.CompositeLayer;
import org.stratum.model.stack.CurrentCollector;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.Layer;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.stack.StackPackage;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.model.units.UnitException;
import org.stratum.model.validation.QuantityRules;

/**
 * Turns a stack declaration of a .stratum file into the metamodel's own {@link Cell}: the referenced
 * .stack file (path relative to the .stratum file) or another declaration, copied, with the
 * declaration's variations applied. The copy's materials still refer to the shipped library.
 */
public final class StackResolver {

	private StackResolver() {
	}

	public static Cell resolve(StackDeclaration declaration) throws StackResolutionException {
		return resolve(declaration, new HashSet<>());
	}

	private static Cell resolve(StackDeclaration declaration, Set<StackDeclaration> seen) throws StackResolutionException {
		if (!seen.add(declaration)) {
			throw new StackResolutionException(declaration, "stack '" + declaration.getName() + "' is defined in terms of itself");
		}
		Cell cell;
		if (declaration.getSource() != null) {
			cell = EcoreUtil.copy(load(declaration));
		} else if (declaration.getBase() != null && !declaration.getBase().eIsProxy()) {
			cell = resolve(declaration.getBase(), seen);
		} else {
			throw new StackResolutionException(declaration, "stack '" + declaration.getName() + "' names no .stack file and no other stack");
		}
		new ResourceHolder(cell);
		for (Variation variation : declaration.getVariations()) {
			apply(cell, variation);
		}
		return cell;
	}

	/** The .stack file a declaration refers to, resolved against the .stratum file's location. */
	public static URI location(StackDeclaration declaration) {
		URI source = URI.createURI(declaration.getSource());
		URI base = declaration.eResource() == null ? null : declaration.eResource().getURI();
		return source.isRelative() && base != null ? source.resolve(base) : source;
	}

	/** Parsed .stack files by address and modification time: validation resolves stacks on every keystroke. */
	private static final java.util.Map<String, Cell> CACHE = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(java.util.Map.Entry<String, Cell> eldest) {
			return size() > 256;
		}
	});

	private static Cell load(StackDeclaration declaration) throws StackResolutionException {
		URI uri = location(declaration);
		String key = cacheKey(uri);
		Cell cached = key == null ? null : CACHE.get(key);
		if (cached != null) {
			return cached;
		}
		Cell cell = read(declaration, uri);
		if (key != null) {
			CACHE.put(key, cell);
		}
		return cell;
	}

	private static String cacheKey(URI uri) {
		if (!uri.isFile()) {
			return null;
		}
		java.io.File file = new java.io.File(uri.toFileString());
		return file.isFile() ? uri + "@" + file.lastModified() + "/" + file.length() : null;
	}

	private static Cell read(StackDeclaration declaration, URI uri) throws StackResolutionException {
		if (uri.isFile() && !new java.io.File(uri.toFileString()).isFile()) {
			throw new StackResolutionException(declaration, "cannot read stack file '" + declaration.getSource() + "': no such file (" + uri.toFileString() + ")");
		}
		ResourceSet set = StratumResources.createResourceSet();
		Resource resource = set.createResource(uri);
		try {
			resource.load(Map.of());
		} catch (IOException e) {
			if (resource.getErrors().isEmpty()) {
				throw new StackResolutionException(declaration, "cannot read stack file '" + declaration.getSource() + "': "
						+ (e instanceof java.io.FileNotFoundException ? "no such file (" + uri + ")" : String.valueOf(e.getMessage())));
			}
			// otherwise the resource lists what failed, with positions (below)
		}
		if (!resource.getErrors().isEmpty()) {
			StackFileProblems.Problem first = StackFileProblems.describe(resource.getErrors().get(0));
			throw new StackResolutionException(declaration, "'" + declaration.getSource() + "' line " + first.line() + ", column " + first.column() + ": "
					+ first.message() + (resource.getErrors().size() > 1 ? " (and " + (resource.getErrors().size() - 1) + " more; 'stratum validate' lists them)" : ""));
		}
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Cell cell)) {
			throw new StackResolutionException(declaration, "'" + declaration.getSource() + "' holds no cell");
		}
		EcoreUtil.resolveAll(cell);
		return cell;
	}

	private static void apply(Cell cell, Variation variation) throws StackResolutionException {
		if (variation.isLibraryValue()) {
			libraryValue(cell, variation);
			return;
		}
		apply(cell, new Change(variation.getTarget(), variation.getProperty(), variation.getMaterial(), null, modelValue(variation), variation,
				variation.getValue()));
	}

	/** A material value of this cell only ({@code material LPSCl.exchange_current_density = 0.4 mA/cm2}): the cell's own copy of the material. */
	private static void libraryValue(Cell cell, Variation variation) throws StackResolutionException {
		Material material = variation.getMaterial();
		String id = material.getId();
		if (!MaterialValues.uses(cell, id)) {
			throw new StackResolutionException(variation, "the cell has no component of material '" + id + "'");
		}
		Optional<Quantity> shipped = MaterialValues.value(material, variation.getProperty());
		if (shipped.isEmpty()) {
			List<String> given = MaterialValues.names().stream().filter(n -> MaterialValues.value(material, n).isPresent()).toList();
			throw new StackResolutionException(variation, "the library gives " + id + " no value '" + variation.getProperty() + "'; it gives " + String.join(", ", given));
		}
		Quantity value = modelValue(variation);
		if (!value.hasDimension(shipped.get().dimension())) {
			throw new StackResolutionException(variation.getValue(), variation.getProperty() + " of " + id + ": expected "
					+ shipped.get().dimension().describe().replaceFirst(" such as .*", "") + " like the library's '" + shipped.get() + "', got '" + value.unit() + "'");
		}
		MaterialValues.vary(cell, id, variation.getProperty(), value);
	}

	/**
	 * Applies a sweep's stack factor to a resolved cell (a copy of the sweep's own): the factor's layers get that
	 * value as a variation of the same text would give it.
	 */
	public static void vary(Cell cell, StackFactor factor, Quantity value) throws StackResolutionException {
		apply(cell, new Change(factor.getSelector(), factor.getProperty(), factor.getMaterial(), factor.getBalance(), value, factor, factor));
	}

	/**
	 * One change of a cell: the layers a selector picks get a property (or a material's fraction) of a value.
	 *
	 * @param balance the component whose fraction takes what the others leave of 100 % (null: none changes with it)
	 * @param where what a problem with the layers or the property is reported on
	 * @param valueWhere what a problem with the value is reported on
	 */
	private record Change(LayerSelector selector, String property, Material material, Material balance, Quantity value, EObject where,
			EObject valueWhere) {
	}

	private static void apply(Cell cell, Change change) throws StackResolutionException {
		List<EObject> targets = targets(cell, change.selector());
		String property = change.property();
		for (EObject target : targets) {
			if (change.material() != null) {
				fraction(target, change);
				continue;
			}
			EStructuralFeature feature = target.eClass().getEStructuralFeature(property);
			if (!(feature instanceof EAttribute attribute) || attribute.isMany()) {
				throw new StackResolutionException(change.where(), "a " + target.eClass().getName() + " has no property '" + property
						+ "'; it has " + settable(target));
			}
			Quantity value = change.value();
			if (attribute.getEAttributeType() == StackPackage.Literals.QUANTITY) {
				Dimension expected = QuantityRules.expectedDimension(property);
				if (expected != null && !value.hasDimension(expected)) {
					throw new StackResolutionException(change.valueWhere(), property + ": expected " + expected.describe() + ", got "
							+ value.dimension().describe().replaceFirst(" such as .*", "") + " ('" + value.unit() + "')");
				}
				target.eSet(attribute, value);
			} else if (attribute.getEAttributeType().getInstanceClass() == double.class) {
				target.eSet(attribute, value.toSI());
			} else {
				throw new StackResolutionException(change.where(), "property '" + property + "' cannot be set to a quantity");
			}
		}
	}

	/** The variation's value as a model quantity; a unit that does not read is the variation's error. */
	private static Quantity modelValue(Variation variation) throws StackResolutionException {
		try {
			return Quantities.toModel(variation.getValue());
		} catch (UnitException e) {
			throw new StackResolutionException(variation.getValue(), variation.getProperty() + ": " + e.getMessage());
		}
	}

	private static void fraction(EObject target, Change change) throws StackResolutionException {
		if (!"fraction".equals(change.property())) {
			throw new StackResolutionException(change.where(), "only 'fraction of <material>' names a material; '" + change.property() + "' does not");
		}
		if (!(target instanceof CompositeLayer layer)) {
			throw new StackResolutionException(change.where(), "a " + target.eClass().getName() + " has no components");
		}
		Component set = component(layer, change.material(), change);
		set.setFraction(change.value().toSI() * 100);
		if (change.balance() != null) {
			Component balance = component(layer, change.balance(), change);
			double others = 0;
			for (Component c : layer.getComponents()) {
				others += c == balance || !c.isSetFraction() ? 0 : c.getFraction();
			}
			if (others > 100) {
				throw new StackResolutionException(change.valueWhere(), "at " + change.value() + " of " + change.material().getId() + " the other components of layer '"
						+ layer.getName() + "' have " + org.stratum.model.units.Quantity.number(others) + " %, leaving no " + change.balance().getId());
			}
			balance.setFraction(100 - others);
		}
	}

	private static Component component(CompositeLayer layer, Material material, Change change) throws StackResolutionException {
		String id = material.getId();
		for (Component c : layer.getComponents()) {
			if (c.getMaterial() != null && id.equals(c.getMaterial().getId())) {
				return c;
			}
		}
		throw new StackResolutionException(change.where(), "layer '" + layer.getName() + "' has no component of material '" + id + "'");
	}

	private static List<EObject> targets(Cell cell, LayerSelector selector) throws StackResolutionException {
		List<EObject> result = new ArrayList<>();
		if (selector.getName() != null) {
			for (Layer layer : cell.getLayers()) {
				if (selector.getName().equals(layer.getName())) {
					result.add(layer);
				}
			}
			if (result.isEmpty()) {
				throw new StackResolutionException(selector, "the cell has no layer named '" + selector.getName() + "'");
			}
			return result;
		}
		if (selector.getRole() == LayerRole.CELL) {
			return List.of(cell);
		}
		for (Layer layer : cell.getLayers()) {
			if (matches(layer, selector.getRole())) {
				result.add(layer);
			}
		}
		if (result.isEmpty()) {
			throw new StackResolutionException(selector, "the cell '" + cell.getName() + "' has no " + selector.getRole().getLiteral() + " layer");
		}
		if (selector.getIndex() > 0) {
			int index = (int) selector.getIndex();
			if (index != selector.getIndex() || index > result.size()) {
				throw new StackResolutionException(selector, "the cell has " + result.size() + " " + selector.getRole().getLiteral()
						+ " layer(s); [" + index + "] is out of range");
			}
			return List.of(result.get(index - 1));
		}
		return result;
	}

	private static boolean matches(Layer layer, LayerRole role) {
		return switch (role) {
		case ANODE -> layer instanceof Anode;
		case INTERLAYER -> layer instanceof Interlayer;
		case ELECTROLYTE -> layer instanceof SolidElectrolyte;
		case CATHODE -> layer instanceof CathodeComposite;
		case COLLECTOR -> layer instanceof CurrentCollector;
		case CELL -> false;
		};
	}

	private static String settable(EObject target) {
		List<String> names = new ArrayList<>();
		for (EAttribute a : target.eClass().getEAllAttributes()) {
			if (a.getEAttributeType() == StackPackage.Literals.QUANTITY || a.getEAttributeType().getInstanceClass() == double.class) {
				names.add(a.getName());
			}
		}
		return String.join(", ", names);
	}

	/** Puts a copied cell into a resource of its own, so derived values that need its container work. */
	private static final class ResourceHolder {
		ResourceHolder(Cell cell) {
			if (cell.eResource() == null) {
				Resource resource = StratumResources.createResourceSet().createResource(URI.createURI("memory:/resolved.stack"));
				resource.getContents().add(cell);
			}
		}
	}
}
