package org.stratum.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.product.tests.InstalledStratum.Result;

/** {@code stratum sweep} of the installed product on seed 000's design sweep, as a modeller runs it from a shell. */
public class SweepCommandTest {

	@TempDir
	Path dir;

	private Result stratum(String... args) throws Exception {
		return InstalledStratum.run(dir, null, args);
	}

	@Test
	public void theSeed000DesignSweepRunsEveryPointWritesItsTableAndRunsOnlyWhatIsMissingAgain() throws Exception {
		String file = InstalledStratum.examples().resolve("seed-000/seed-000.stratum").toString();
		String out = dir.resolve("results").toString();
		Result r = stratum("sweep", file, "--sweep", "CcdDesign", "--out", out, "--jobs", "2");
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("sweep CcdDesign: 20 points, 20 done, 0 failed"), r.out());
		assertTrue(r.out().contains("expect li_inside_electrolyte <= 1 %: passed at every point that ran"), r.out());
		Path root = dir.resolve("results/CcdDesign");
		List<String> table = Files.readAllLines(root.resolve("sweep.csv"));
		assertEquals(21, table.size());
		assertTrue(table.get(0).startsWith("point,interlayer.thickness / um,interlayer.fraction of LLZTO-nano balanced by SC / wt%,state,"), table.get(0));
		assertTrue(Files.isRegularFile(root.resolve("plots/critical_current_density-vs-interlayer.thickness.png")));

		for (String point : List.of("000004", "000017")) { // as a crash leaves them
			Files.walk(root.resolve("points").resolve(point)).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		Result again = stratum("sweep", file, "--sweep", "CcdDesign", "--out", out);
		assertEquals(0, again.exit(), again.out() + again.err());
		assertTrue(again.out().contains("20 done, 0 failed (18 finished by an earlier run)"), again.out());
		assertEquals(table, Files.readAllLines(root.resolve("sweep.csv")), "the same table after resuming");
	}

	@Test
	public void aSweepWhoseExpectationFailsAtAPointExitsWithOne() throws Exception {
		Path study = Files.createDirectories(dir.resolve("study"));
		Files.copy(InstalledStratum.examples().resolve("seed-000/sym-sc-nano20-llzto.stack"), study.resolve("cell.stack"));
		Files.writeString(study.resolve("s.stratum"), """
				stack Nano = "cell.stack";
				protocol Ccd { sign plating positive; temperature 55 degC; ccd { start 1 mA/cm2; increment 1 mA/cm2; end 40 mA/cm2; per step 0.25 mAh/cm2; } }
				simulation Run { cell Nano; protocol Ccd; model stack; }
				sweep Share {
					simulation Run;
					vary interlayer.fraction of LLZTO-nano balanced by SC = 5 wt%, 25 wt%;
					metrics critical_current_density;
					expect critical_current_density >= 15 mA/cm2;
				}
				""");
		Result r = stratum("sweep", study.resolve("s.stratum").toString(), "--out", dir.resolve("results").toString());
		assertEquals(1, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("expect critical_current_density >= 15 mA/cm2: failed at 1 points"), r.out());

		Result none = stratum("sweep", InstalledStratum.examples().resolve("ci-project/cells/screening.stratum").toString());
		assertEquals(2, none.exit(), none.out() + none.err());
		assertTrue(none.err().contains("choose a sweep with --sweep; screening.stratum has: no sweeps"), none.err());
	}
}
