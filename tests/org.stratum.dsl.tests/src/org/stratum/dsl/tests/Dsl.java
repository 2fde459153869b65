package org.stratum.dsl.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Model;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;

import com.google.inject.Injector;

/** Parses and validates .stratum text the way the command line and the editor do. */
final class Dsl {

	static final Injector INJECTOR = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration();

	final XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
	private final Path dir;

	Dsl(Path dir) {
		this.dir = dir;
		StratumResources.configure(set);
	}

	/** Loads text as file name in the folder (not yet validated). */
	XtextResource load(String name, String text) {
		try {
			Path file = dir.resolve(name);
			Files.createDirectories(file.getParent());
			Files.writeString(file, text);
			URI uri = URI.createFileURI(file.toString());
			var old = set.getResource(uri, false);
			if (old != null) {
				set.getResources().remove(old);
			}
			XtextResource resource = (XtextResource) set.createResource(uri);
			try (InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))) {
				resource.load(in, Map.of());
			}
			return resource;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Model parse(String text) {
		return (Model) load("test.stratum", text).getContents().get(0);
	}

	static List<Issue> validate(XtextResource resource) {
		EcoreUtil.resolveAll(resource);
		return INJECTOR.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	List<Issue> issues(String text) {
		return validate(load("test.stratum", text));
	}

	/** Copies every shipped example (stacks and .stratum files) into the folder. */
	static void copyExamples(Path dir) throws IOException {
		for (String path : Examples.all()) {
			Path target = dir.resolve(path);
			Files.createDirectories(target.getParent());
			try (InputStream in = Examples.open(path)) {
				Files.copy(in, target);
			}
		}
	}

	/** A stack line pointing at the shipped bare symmetric cell, for protocol tests. */
	static String header(Path dir) throws IOException {
		if (!Files.exists(dir.resolve("seed-000/sym-bare.stack"))) {
			copyExamples(dir);
		}
		return "stack Bare = \"seed-000/sym-bare.stack\";\n";
	}
}
