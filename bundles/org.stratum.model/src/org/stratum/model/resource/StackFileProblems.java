package org.stratum.model.resource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.stratum.model.stack.StackPackage;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.UnitException;
import org.stratum.model.validation.QuantityRules;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The problems of a {@code .stack} file as its author should read them: each at its line and column, in
 * plain words. Broken XML is one problem where the parser stopped (an unclosed element, text after the
 * root element, a NUL byte); a value that does not read (a quantity such as {@code "5 um um"}, an unknown
 * enum literal or attribute) is one problem per value, and the cell's own rules are checked only when the
 * file reads whole, since a half-read cell would report the gaps the reading left.
 */
public final class StackFileProblems {

	/** How bad a problem is. */
	public enum Severity {
		ERROR, WARNING
	}

	/**
	 * One problem.
	 *
	 * @param line 1-based line in the file
	 * @param column 1-based column
	 * @param severity error or warning
	 * @param message what is wrong and what was expected
	 */
	public record Problem(int line, int column, Severity severity, String message) {
	}

	private StackFileProblems() {
	}

	/** Every problem of the file's content, read as the file at uri (which resolves its relative references). */
	public static List<Problem> of(URI uri, byte[] content) {
		List<Problem> problems = new ArrayList<>();
		List<int[]> starts = new ArrayList<>();
		Problem broken = wellFormed(content, starts);
		if (broken != null) {
			return List.of(broken);
		}
		Resource resource = StratumResources.createResourceSet().createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(content), Map.of());
		} catch (IOException e) {
			// the resource lists what failed in getErrors(), with positions
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(describe(error));
		}
		if (!problems.isEmpty() || resource.getContents().isEmpty()) {
			if (problems.isEmpty()) {
				problems.add(new Problem(1, 1, Severity.ERROR, "the file holds no cell or material library"));
			}
			return problems;
		}
		Map<EObject, int[]> positions = positions(resource, starts);
		for (EObject root : resource.getContents()) {
			collect(Diagnostician.INSTANCE.validate(root), positions, problems);
		}
		return problems;
	}

	/** A load error of a .stack resource in plain words, at its position. */
	public static Problem describe(Resource.Diagnostic error) {
		int line = Math.max(1, error.getLine());
		int column = Math.max(1, error.getColumn());
		return new Problem(line, column, Severity.ERROR, message(error));
	}

	private static String message(Resource.Diagnostic error) {
		if (error instanceof IllegalValueException e) {
			return illegalValue(e);
		}
		if (error instanceof FeatureNotFoundException e) {
			return "unknown attribute or element '" + e.getName() + "'" + (e.getObject() instanceof EObject o ? " in a " + o.eClass().getName() : "");
		}
		if (error instanceof ClassNotFoundException e) {
			return "unknown type '" + e.getName() + "'; a layer's xsi:type is one of stack:Anode, stack:Interlayer, stack:SolidElectrolyte, "
					+ "stack:CathodeComposite or stack:CurrentCollector";
		}
		if (error instanceof PackageNotFoundException e) {
			return "unknown namespace '" + e.uri() + "'; a .stack file declares xmlns:stack=\"" + StackPackage.eNS_URI + "\"";
		}
		if (error instanceof UnresolvedReferenceException e) {
			return "'" + e.getReference() + "' refers to nothing that can be found";
		}
		if (error instanceof Exception e && e.getCause() instanceof SAXParseException sax) {
			return plainXml(sax);
		}
		String text = error.getMessage() == null ? "the file cannot be read" : error.getMessage();
		return text.replaceAll("\\s*\\((?:file|platform|memory|stratum):[^)]*\\)\\s*$", "");
	}

	private static String illegalValue(IllegalValueException e) {
		EStructuralFeature feature = e.getFeature();
		String value = String.valueOf(e.getValue());
		String name = feature == null ? "a value" : feature.getName();
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() == StackPackage.Literals.QUANTITY) {
			for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof UnitException unit) {
					Dimension expected = QuantityRules.expectedDimension(name);
					return name + ": " + unit.getMessage() + (expected == null ? "" : "; expected " + expected.describe() + ", as in " + name + "=\"20 "
							+ expected.describe().replaceFirst(".* such as (\\S+).*", "$1") + "\"");
				}
			}
			return name + ": '" + value + "' is not a quantity: expected a number followed by a unit, such as '20 um'";
		}
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum literals) {
			return name + "=\"" + value + "\" is not one of " + String.join(", ", literals.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
		}
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == double.class) {
			return name + "=\"" + value + "\" is not a number; write digits such as " + name + "=\"20\" or \"0.85\"";
		}
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class) {
			return name + "=\"" + value + "\" is neither true nor false";
		}
		return name + "=\"" + value + "\" cannot be read";
	}

	/** Checks that the content is XML; records where each element starts; the problem where it is not. */
	private static Problem wellFormed(byte[] content, List<int[]> starts) {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.newSAXParser().parse(new ByteArrayInputStream(content), new DefaultHandler() {
				private Locator locator;

				@Override
				public void setDocumentLocator(Locator locator) {
					this.locator = locator;
				}

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					starts.add(new int[] { locator.getLineNumber(), Math.max(1, locator.getColumnNumber()) });
				}

				@Override
				public void error(SAXParseException e) throws SAXException {
					throw e; // namespace errors are errors too
				}
			});
			return null;
		} catch (SAXParseException e) {
			return new Problem(Math.max(1, e.getLineNumber()), Math.max(1, e.getColumnNumber()), Severity.ERROR, plainXml(e));
		} catch (SAXException | IOException e) {
			return new Problem(1, 1, Severity.ERROR, "the file cannot be read as XML");
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the Java runtime has no XML parser", e);
		}
	}

	/** The XML parser's complaint in a modeller's words; its own text where it is already plain. */
	static String plainXml(SAXParseException e) {
		String text = e.getMessage() == null ? "" : e.getMessage();
		if (text.contains("must start and end within the same entity")) {
			return "the file ends before every element is closed: an element is not closed (a missing '/>' or closing tag), or the file is cut short";
		}
		if (text.contains("Content is not allowed in trailing section") || text.contains("markup in the document following the root element")) {
			return "text after the end of the root element; a .stack file holds one <stack:Cell> and nothing after its closing tag";
		}
		if (text.contains("Content is not allowed in prolog")) {
			return "text before the XML declaration or the root element; the file must start with <?xml ...?> or <stack:Cell";
		}
		if (text.contains("Premature end of file")) {
			return "the file is empty or cut short: no root element";
		}
		if (text.contains("Unicode: 0x0)")) {
			return "a NUL character (byte 0), which XML does not allow; remove it";
		}
		if (text.contains("An invalid XML character")) {
			return text.replaceFirst("^An invalid XML character \\(Unicode: (0x[0-9a-fA-F]+)\\)", "an invalid character ($1)");
		}
		if (text.contains("must be terminated by the matching end-tag")) {
			return text.replaceFirst("The element type \"([^\"]+)\" must be terminated by the matching end-tag \"([^\"]+)\".*",
					"element <$1> is not closed: expected $2 before this point");
		}
		if (text.contains("must be followed by either attribute specifications")) {
			return text.replaceFirst("Element type \"([^\"]+)\".*", "element <$1> is malformed: expected an attribute (name=\"value\"), '>' or '/>'");
		}
		if (text.contains("Open quote is expected")) {
			return text.replaceFirst(".*attribute \"([^\"]+)\".*", "attribute $1: its value must be in double quotes (name=\"value\")");
		}
		if (text.contains("was already specified")) {
			return text.replaceFirst("Attribute \"([^\"]+)\" was already specified for element \"([^\"]+)\".*",
					"attribute $1 appears twice in <$2>; keep one");
		}
		return text.isEmpty() ? "the file is not well-formed XML" : text;
	}

	/** The n-th element of the document is the n-th object of the resource (XMI writes containment in order). */
	private static Map<EObject, int[]> positions(Resource resource, List<int[]> starts) {
		Map<EObject, int[]> positions = new IdentityHashMap<>();
		int k = 0;
		for (var it = resource.getAllContents(); it.hasNext() && k < starts.size(); k++) {
			positions.put(it.next(), starts.get(k));
		}
		return positions;
	}

	private static void collect(Diagnostic d, Map<EObject, int[]> positions, List<Problem> problems) {
		if (!d.getChildren().isEmpty()) {
			d.getChildren().forEach(c -> collect(c, positions, problems));
			return;
		}
		if (d.getSeverity() != Diagnostic.ERROR && d.getSeverity() != Diagnostic.WARNING) {
			return;
		}
		int[] at = { 1, 1 };
		EObject o = !d.getData().isEmpty() && d.getData().get(0) instanceof EObject e ? e : null;
		for (; o != null; o = o.eContainer()) {
			if (positions.containsKey(o)) {
				at = positions.get(o);
				break;
			}
		}
		problems.add(new Problem(at[0], 1, d.getSeverity() == Diagnostic.ERROR ? Severity.ERROR : Severity.WARNING, d.getMessage()));
	}
}
