package org.stratum.ui.dsl;



import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.dsl.stratum.StratumPackage;
import org.stratum.model.stack.Material;
import org.stratum.ui.library.MaterialLibraryView;

/**
 * Go to definition in .stratum editors (Ctrl+click, F3): stacks, protocols and labels jump to their
 * declaration (in this or another file), a stack's file name opens the .stack file, and a material
 * shows its values in the Material Library.
 */
public class StratumHyperlinks extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IFile file = StratumLanguage.fileOf(viewer.getDocument());
		XtextResource resource = StratumLanguage.parse(file, viewer.getDocument().get());
		int offset = region.getOffset();
		EObjectAtOffsetHelper helper = new EObjectAtOffsetHelper();
		INode referenceNode = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(offset, 0));
		EObject target = referenceNode == null ? null : helper.resolveElementAt(resource, offset);
		if (referenceNode != null && target != null && !target.eIsProxy()) {
			Region at = new Region(referenceNode.getOffset(), referenceNode.getLength());
			return new IHyperlink[] { link(at, "Open declaration", () -> reveal(target)) };
		}
		EObject element = helper.resolveContainedElementAt(resource, offset);
		if (element instanceof StackDeclaration declaration && declaration.getSource() != null) {
			for (INode node : NodeModelUtils.findNodesForFeature(declaration, StratumPackage.Literals.STACK_DECLARATION__SOURCE)) {
				if (node.getOffset() <= offset && offset <= node.getEndOffset()) {
					URI stack = StackResolver.location(declaration);
					return new IHyperlink[] { link(new Region(node.getOffset(), node.getLength()), "Open " + declaration.getSource(),
							() -> openWorkspaceFile(stack)) };
				}
			}
		}
		return null;
	}

	static void reveal(EObject target) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			if (target instanceof Material material) {
				MaterialLibraryView view = (MaterialLibraryView) page.showView(MaterialLibraryView.ID);
				view.getSearchField().setText(material.getId());
				return;
			}
			IEditorPart editor = openWorkspaceFile(target.eResource().getURI());
			INode node = NodeModelUtils.findActualNodeFor(target);
			if (editor instanceof ITextEditor text && node != null) {
				text.selectAndReveal(node.getOffset(), node.getLength());
			}
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(StratumHyperlinks.class).log(e.getStatus());
		}
	}

	static IEditorPart openWorkspaceFile(URI uri) {
		IFile file = null;
		if (uri.isPlatformResource()) {
			file = ResourcesPlugin.getWorkspace().getRoot().getFile(IPath.fromPortableString(uri.toPlatformString(true)));
		} else if (uri.isFile()) {
			file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(uri.toFileString()));
		}
		if (file == null || !file.exists()) {
			return null;
		}
		try {
			return IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			org.eclipse.core.runtime.ILog.of(StratumHyperlinks.class).log(e.getStatus());
			return null;
		}
	}

	private static IHyperlink link(IRegion region, String text, Runnable open) {
		return new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return region;
			}

			@Override
			public String getTypeLabel() {
				return null;
			}

			@Override
			public String getHyperlinkText() {
				return text;
			}

			@Override
			public void open() {
				open.run();
			}
		};
	}

}
