package org.stratum.ui.dsl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.stratum.Element;
import org.stratum.dsl.stratum.Label;
import org.stratum.dsl.stratum.Quantity;
import org.stratum.dsl.stratum.StratumPackage;

/**
 * Colours that need the parse, not just the tokens: units after numbers, references to stacks,
 * protocols, labels and materials, and the names being declared.
 */
public final class SemanticColours {

	public static final RGB UNIT = new RGB(0, 128, 128);
	public static final RGB REFERENCE = new RGB(40, 60, 160);
	public static final RGB DECLARATION = new RGB(0, 0, 0);

	private SemanticColours() {
	}

	/** The semantic styles of a parse, sorted and within the document. */
	public static TextPresentation presentation(XtextResource resource, int documentLength) {
		List<StyleRange> ranges = new ArrayList<>();
		if (!resource.getContents().isEmpty()) {
			for (var it = resource.getContents().get(0).eAllContents(); it.hasNext();) {
				EObject object = it.next();
				if (object instanceof Quantity) {
					add(ranges, object, StratumPackage.Literals.QUANTITY__UNIT, UNIT, SWT.NORMAL);
				}
				if (object instanceof Element || object instanceof Label) {
					add(ranges, object, object instanceof Element ? StratumPackage.Literals.ELEMENT__NAME : StratumPackage.Literals.LABEL__NAME,
							DECLARATION, SWT.BOLD);
				}
				for (EReference reference : object.eClass().getEAllReferences()) {
					if (!reference.isContainment()) {
						add(ranges, object, reference, REFERENCE, SWT.ITALIC);
					}
				}
			}
		}
		ranges.removeIf(r -> r.start < 0 || r.start + r.length > documentLength);
		ranges.sort(Comparator.comparingInt(r -> r.start));
		TextPresentation presentation = new TextPresentation();
		List<StyleRange> disjoint = new ArrayList<>();
		int end = 0;
		for (StyleRange r : ranges) {
			if (r.start >= end) {
				disjoint.add(r);
				end = r.start + r.length;
			}
		}
		disjoint.forEach(presentation::addStyleRange);
		return presentation;
	}

	private static void add(List<StyleRange> ranges, EObject object, org.eclipse.emf.ecore.EStructuralFeature feature, RGB rgb, int style) {
		for (INode node : NodeModelUtils.findNodesForFeature(object, feature)) {
			StyleRange range = new StyleRange(node.getOffset(), node.getLength(), new Color(rgb), null, style);
			ranges.add(range);
		}
	}
}
