package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.cli.Seed002PostMortem;
import org.stratum.engine.validation.Role;
import org.stratum.engine.validation.ValidationRow;
import org.stratum.engine.validation.Value;
import org.stratum.solver.program.FailureMode;

/**
 * Seed 002's post-mortem rows as validate-model prints them: the SEM cells' interface after 10 and 50 cycles, and the
 * XPS of the three -82 mixtures after 10 cycles, all blind.
 */
public class Seed002PostMortemTest {

	@TempDir
	Path dir;

	@Test
	public void semAndXpsRowsComeFromTheCellsStateWhenOpened() throws Exception {
		SeedSimulations.load(dir, "seed-002/seed-002.stratum");
		List<ValidationRow> rows = Seed002PostMortem.rows(dir.resolve("examples"));
		assertEquals(11, rows.size(), rows.toString());
		rows.forEach(r -> assertEquals(Role.BLIND, r.role(), r.toString()));
		rows.forEach(r -> assertEquals("withheld", r.measured().text(), r.toString()));
		List<ValidationRow> slow = rows.stream().filter(r -> r.cell().startsWith("LPSC1.0 0.1 mA/cm2")).toList();
		assertEquals(4, slow.size());
		for (ValidationRow r : slow) {
			assertEquals(Value.Kind.EQUAL, r.predicted().kind(), r.toString());
			if (r.unit().equals("%")) {
				assertTrue(r.predicted().value() > 99, "0.1 mA/cm2 stays below the vacancy-diffusion limit: the face keeps its contact: " + r);
			} else {
				assertEquals(0, r.predicted().value(), 1e-9, "far below the CCD no filament grows: " + r);
			}
		}
		List<ValidationRow> fast = rows.stream().filter(r -> r.cell().startsWith("LPSC1.0-82 1.0 mA/cm2")).toList();
		assertEquals(4, fast.size());
		for (ValidationRow r : fast) {
			assertEquals(FailureMode.SHORT, r.failure(), "1.0 mA/cm2 is above the mixture's CCD (0.9): " + r);
			assertTrue(r.predicted().text().startsWith("failed before: short after"), r.toString());
		}
		List<ValidationRow> xps = rows.stream().filter(r -> r.cell().contains("(XPS)")).toList();
		assertEquals(3, xps.size());
		double first = interphase(xps.get(0));
		for (ValidationRow r : xps) {
			assertTrue(r.predicted().text().startsWith("Ge0 present: Li turns the face's LGPS into Li-Ge"), r.toString());
			assertEquals(first, interphase(r), first * 0.01, "the three mixtures share LGPS's share and growth law: " + xps);
		}
	}

	/** The interphase per face the XPS row's text gives, Ohm cm2. */
	private static double interphase(ValidationRow r) {
		String text = r.predicted().text();
		return Double.parseDouble(text.substring(text.indexOf("interphase ") + "interphase ".length(), text.indexOf(" Ohm cm2")));
	}
}
