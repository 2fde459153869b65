package org.stratum.engine.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.model.resource.StratumResources;

import com.google.inject.Injector;

/** .stratum files loaded together (so references across them resolve) and validated, as the command line needs them. */
final class StratumFiles {

	private static Injector injector;
	final XtextResourceSet set;

	StratumFiles() {
		set = injector().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
	}

	static synchronized Injector injector() {
		if (injector == null) {
			injector = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	XtextResource load(Path file) {
		return (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	/**
	 * The simulation of this name in a file the command line itself names (an example, a generated file).
	 *
	 * @throws IllegalArgumentException when the file has none of that name: the caller and its file disagree
	 */
	Simulation simulation(Path file, String name) {
		for (EObject e : ((Model) load(file).getContents().get(0)).getElements()) {
			if (e instanceof Simulation s && s.getName().equals(name)) {
				return s;
			}
		}
		throw new IllegalArgumentException("no simulation " + name + " in " + file);
	}

	/**
	 * A file a user names, loaded with the other .stratum files of its folder (references across them resolve); when
	 * it has errors they are printed with what was not done, and the result is null.
	 */
	XtextResource loadWithoutErrors(Path path, java.io.PrintWriter stderr, String command, String notDone) throws java.io.IOException {
		try (java.util.stream.Stream<Path> siblings = java.nio.file.Files.list(path.getParent())) {
			siblings.filter(p -> p.toString().endsWith(".stratum")).forEach(this::load);
		}
		List<String> errors = problems(path).stream().filter(l -> l.contains(": error: ")).toList();
		if (!errors.isEmpty()) {
			errors.forEach(stderr::println);
			stderr.println("stratum " + command + ": " + path + " has errors; " + notDone);
			return null;
		}
		return load(path);
	}

	/**
	 * The element of a kind a command names with an option ({@code --sweep NAME}; without it, the file's only one); null
	 * after saying what the file has when there is none such.
	 */
	static <T extends org.stratum.dsl.stratum.Element> T choose(XtextResource resource, Class<T> kind, String name, String word, java.io.PrintWriter stderr) {
		List<T> all = elements(resource, kind);
		T chosen = all.stream().filter(e -> e.getName().equals(name) || name == null && all.size() == 1).findFirst().orElse(null);
		if (chosen == null) {
			stderr.println("stratum " + word + ": " + (name == null ? "choose a " + word + " with --" + word : "no " + word + " '" + name + "'") + "; "
					+ resource.getURI().lastSegment() + " has: " + (all.isEmpty() ? "no " + word + "s" : String.join(", ", all.stream().map(e -> e.getName()).toList())));
		}
		return chosen;
	}

	/** The elements of one kind in a loaded file, in order. */
	static <T extends EObject> List<T> elements(XtextResource resource, Class<T> kind) {
		return ((Model) resource.getContents().get(0)).getElements().stream().filter(kind::isInstance).map(kind::cast).toList();
	}

	/** Problems of a loaded file as file:line:col: severity: message. */
	List<String> problems(Path file) {
		XtextResource resource = load(file);
		EcoreUtil.resolveAll(resource);
		List<String> lines = new ArrayList<>();
		for (Issue issue : injector().getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
			lines.add(file + ":" + issue.getLineNumber() + ":" + issue.getColumn() + ": " + issue.getSeverity().name().toLowerCase() + ": "
					+ issue.getMessage());
		}
		return lines;
	}
}
