package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.cli.FrontPredictions;

/**
 * Seed 002's blind front rows as validate-model prints them, for LPSC1.0-82 at the long cycling's 0.3 mA/cm2: where
 * LGPS reacts to Li-Ge, Li goes into the slab by it; taken as inert, it does not; neither spans the slab.
 */
public class FrontPredictionsTest {

	@TempDir
	Path dir;

	@Test
	public void reactingLgpsDrawsLiIntoTheSlabAndInertLgpsDoesNot() throws Exception {
		SeedSimulations.load(dir, "seed-002/seed-002.stratum");
		List<String> rows = FrontPredictions.rows(dir.resolve("examples"), List.of("LPSC1.0-82"), List.of("0.3 mA/cm2 for 0.3 mAh/cm2"));
		assertEquals(2, rows.size(), rows.toString());
		String[] reacts = rows.get(0).split("\\|");
		String[] inert = rows.get(1).split("\\|");
		assertEquals(" reacts ", reacts[3], rows.get(0));
		assertEquals(" inert ", inert[3], rows.get(1));
		double deepest = Double.parseDouble(reacts[5].split(",")[3].trim());
		assertTrue(deepest >= 1, "Li reaches into the slab by the reacted LGPS: " + rows.get(0));
		assertEquals("0.0, 0.0, 0.0, 0.0", inert[5].trim(), "inert LGPS leaves the face flat at 0.3 mA/cm2");
		assertEquals(" no ", reacts[7], "no filament spans 15 um in a half-cycle");
		assertTrue(Double.parseDouble(reacts[8].trim()) < Double.parseDouble(inert[8].trim()), "Li-Ge lowers the overpotential: " + rows);
	}
}
