package org.stratum.solver.tests;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.stratum.dsl.StratumStandaloneSetup;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.examples.Examples;
import org.stratum.model.resource.StratumResources;

/** The shipped examples copied into a folder, as a user has them, and the simulations of one seed file by name. */
final class SeedSimulations {

	private SeedSimulations() {
	}

	static Map<String, Simulation> load(Path dir, String seedFile) throws Exception {
		for (String path : Examples.all()) {
			Path target = dir.resolve("examples").resolve(path);
			Files.createDirectories(target.getParent());
			try (InputStream in = Examples.open(path)) {
				Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		XtextResourceSet set = new StratumStandaloneSetup().createInjectorAndDoEMFRegistration().getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		XtextResource r = (XtextResource) set.getResource(URI.createFileURI(dir.resolve("examples").resolve(seedFile).toString()), true);
		Map<String, Simulation> byName = new LinkedHashMap<>();
		for (var e : ((Model) r.getContents().get(0)).getElements()) {
			if (e instanceof Simulation s) {
				byName.put(s.getName(), s);
			}
		}
		return byName;
	}
}
