package org.stratum.ui.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.stratum.dsl.ide.StratumIdeSetup;
import org.stratum.model.resource.StratumResources;

import com.google.inject.Injector;

/**
 * The Stratum language as the workbench editor uses it: one Xtext injector (runtime and ide services),
 * and parsing of an editor's text together with the other .stratum files of its project, so that
 * references across files resolve as they do on the command line.
 */
public final class StratumLanguage {

	private static Injector injector;

	private StratumLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new StratumIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** The workspace file shown in a document, or null for documents not backed by one. */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation());
		return resource instanceof IFile file ? file : null;
	}

	/** Parses the text as the given file, beside the saved versions of the project's other .stratum files. */
	public static XtextResource parse(IFile file, String text) {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		URI uri = file == null ? URI.createURI("memory:/unsaved.stratum") : URI.createPlatformResourceURI(file.getFullPath().toString(), true);
		if (file != null) {
			loadSiblings(file, set);
		}
		XtextResource resource = (XtextResource) set.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse " + uri + ": " + e.getMessage(), e);
		}
		return resource;
	}

	private static void loadSiblings(IFile file, XtextResourceSet set) {
		try {
			file.getProject().accept(r -> {
				if (r instanceof IFile other && !other.equals(file) && "stratum".equals(other.getFileExtension())) {
					Resource sibling = set.createResource(URI.createPlatformResourceURI(other.getFullPath().toString(), true));
					try {
						sibling.load(other.getContents(), Map.of());
					} catch (IOException | CoreException e) {
						set.getResources().remove(sibling);
					}
				}
				return !"target".equals(r.getName()) && !r.getName().startsWith(".");
			});
		} catch (CoreException e) {
			// a closed project: the file is parsed alone
		}
	}

	/** All problems of the parsed text. */
	public static List<Issue> validate(XtextResource resource) {
		EcoreUtil.resolveAll(resource);
		return injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}
}
