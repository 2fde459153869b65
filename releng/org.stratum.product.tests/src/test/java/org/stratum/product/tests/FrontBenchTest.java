package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed {@code stratum bench front} as a user runs it (one small grid for the solver cases): it ends with the
 * whole reference run from the shipped seed-000 example, which the command line finds without OSGi, and prints its
 * machine-readable line. The time is printed, not asserted: speed targets are the benchmark's to report.
 */
public class FrontBenchTest {

	@TempDir
	Path dir;

	@Test
	public void benchFrontRunsTheWholeReferenceRun() throws Exception {
		String out = Product.run(List.of(Product.home().resolve("stratum").toString(), "bench", "front", "--grid", "16", "--repeats", "1"), dir, 600);
		assertTrue(out.contains("whole reference run (seed-000/seed-000.stratum --simulation FrontScNanoReference"), out);
		Matcher line = Pattern.compile("front-bench-run grid 240x480 status (\\w+) simulated_s ([0-9.]+) wall_s ([0-9.]+) heap_MB [0-9]+").matcher(out);
		assertTrue(line.find(), out);
		assertTrue(line.group(1).equals("completed") && Double.parseDouble(line.group(2)) == 360.0,
				"the reference run plates 0.5 mAh/cm2 at 5 mA/cm2, 360 s, to the end: " + line.group());
	}
}
