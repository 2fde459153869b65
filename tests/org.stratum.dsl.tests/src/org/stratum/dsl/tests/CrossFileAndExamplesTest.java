package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.resolve.StackResolver;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.units.Quantity;

/** References across files, stacks resolved into the metamodel's cells, and every seed example valid. */
public class CrossFileAndExamplesTest {

	@TempDir
	Path dir;

	@Test
	public void simulationsReferToStacksAndProtocolsOfOtherFiles() throws Exception {
		Dsl.copyExamples(dir);
		Dsl dsl = new Dsl(dir);
		dsl.load("stacks.stratum", "stack Nano15 = \"seed-000/sym-sc-nano20-llzto.stack\" with interlayer.thickness = 15 um;");
		dsl.load("protocols.stratum", "protocol P { sign plating positive; plate at 1 mA/cm2 for 1 h; }");
		XtextResource sims = dsl.load("sims.stratum", "simulation S { cell Nano15; protocol P; }");
		List<Issue> issues = Dsl.validate(sims);
		assertTrue(issues.isEmpty(), issues::toString);
		Simulation s = (Simulation) ((Model) sims.getContents().get(0)).getElements().get(0);
		assertFalse(s.getCell().eIsProxy());
		assertEquals("stacks.stratum", s.getCell().eResource().getURI().lastSegment());

		Cell cell = StackResolver.resolve(s.getCell());
		Interlayer first = (Interlayer) cell.getLayers().get(1);
		assertEquals(new Quantity("15 um"), first.getThickness(), "the variation was not applied");
		assertEquals(new Quantity("15 um"), ((Interlayer) cell.getLayers().get(3)).getThickness(), "both interlayers of a symmetric cell change");
		assertEquals("LLZTO-nano", first.getComponents().get(1).getMaterial().getId());
	}

	@Test
	public void stackPathsAreRelativeToTheStratumFile() throws Exception {
		Dsl.copyExamples(dir);
		Dsl dsl = new Dsl(dir.resolve("seed-003"));
		XtextResource r = dsl.load("local.stratum", "stack S = \"sym-cuf2-7um-latp.stack\";");
		assertTrue(Dsl.validate(r).isEmpty());
		Cell cell = StackResolver.resolve((StackDeclaration) ((Model) r.getContents().get(0)).getElements().get(0));
		assertEquals(new Quantity("7 um"), cell.getLayers().get(1).getThickness());
	}

	@Test
	public void everyExampleValidatesClean() throws Exception {
		Dsl.copyExamples(dir);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(p -> p.toString().endsWith(".stratum")).toList();
		}
		assertTrue(files.size() >= 4, "too few .stratum examples: " + files);
		List<String> problems = new ArrayList<>();
		for (Path file : files) {
			XtextResource resource = new Dsl(file.getParent()).load(file.getFileName().toString(), Files.readString(file));
			for (Issue issue : Dsl.validate(resource)) {
				problems.add(file.getFileName() + ":" + issue.getLineNumber() + ": " + issue.getSeverity() + ": " + issue.getMessage());
			}
		}
		assertTrue(problems.isEmpty(), String.join("\n", problems));
	}
}
