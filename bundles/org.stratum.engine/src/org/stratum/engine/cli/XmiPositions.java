package org.stratum.engine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Where each object of a loaded {@code .stack} file starts in its text. EMF's XMI loader keeps no positions,
 * but every XML element of a stack file is a contained object and XMI writes them in containment order, so the
 * n-th element in the document is the n-th object of {@link Resource#getAllContents()} (the root first).
 */
final class XmiPositions {

	private final Map<EObject, int[]> positions = new IdentityHashMap<>();

	XmiPositions(Path file, Resource resource) {
		List<int[]> starts = new ArrayList<>();
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
				private Locator locator;

				@Override
				public void setDocumentLocator(Locator locator) {
					this.locator = locator;
				}

				@Override
				public void startElement(String uri, String localName, String qName, Attributes attributes) {
					starts.add(new int[] { locator.getLineNumber(), 1 });
				}
			});
		} catch (IOException | SAXException | ParserConfigurationException e) {
			return; // the loader reports unreadable files itself
		}
		int k = 0;
		for (var it = resource.getAllContents(); it.hasNext() && k < starts.size(); k++) {
			positions.put(it.next(), starts.get(k));
		}
	}

	/** "line:col" of the object's element, or of the nearest container that has one, else "1:1". */
	String of(Object object) {
		EObject o = object instanceof EObject e ? e : null;
		while (o != null) {
			int[] p = positions.get(o);
			if (p != null) {
				return p[0] + ":" + p[1];
			}
			o = o.eContainer();
		}
		return "1:1";
	}
}
