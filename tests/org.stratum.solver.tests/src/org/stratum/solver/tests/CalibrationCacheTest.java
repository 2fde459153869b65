package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.build.FaceLengths;
import org.stratum.engine.calibration.Calibration;
import org.stratum.engine.calibration.Calibration.Calibrated;
import org.stratum.engine.calibration.Calibration.Provenance;
import org.stratum.engine.calibration.CalibrationCache;
import org.stratum.engine.calibration.CalibrationCache.Finding;

/**
 * The calibration is computed once and reused by later processes through the cache file; a stale,
 * damaged or tampered file is recomputed, never trusted.
 */
public class CalibrationCacheTest {

	@TempDir
	Path dir;

	@Test
	public void computedOnceThenReusedWithTheSameValues() {
		CalibrationCache cache = new CalibrationCache(dir);
		Calibrated first = Calibration.calibrate(cache);
		assertEquals(Provenance.COMPUTED, first.provenance());
		assertTrue(first.note().contains("computed") && first.note().contains("no cache yet"), first.note());
		assertTrue(Files.isRegularFile(cache.file()));

		Calibrated second = Calibration.calibrate(new CalibrationCache(dir)); // as a new process would
		assertEquals(Provenance.REUSED, second.provenance(), second.note());
		assertEquals(first.lengths(), second.lengths());
		assertTrue(second.note().contains("reused from " + cache.file()), second.note());
		assertEquals(first.lengths(), Calibration.faceLengths(), "the standard cache gives the same constants");
	}

	@Test
	public void damagedFilesAreRecomputed() throws Exception {
		CalibrationCache cache = new CalibrationCache(dir);
		FaceLengths fitted = Calibration.calibrate(cache).lengths();
		String good = Files.readString(cache.file());

		Files.writeString(cache.file(), "\u0000\u0001 not a cache \\u12");
		assertEquals(Finding.CORRUPT, cache.lookup("any").finding());
		Calibrated again = Calibration.calibrate(cache);
		assertEquals(Provenance.COMPUTED, again.provenance());
		assertTrue(again.note().contains("damaged"), again.note());
		assertEquals(fitted, again.lengths());

		// a value changed by hand no longer matches the checksum
		String line = good.lines().filter(l -> l.startsWith("l_face_lithium_m=")).findFirst().orElseThrow();
		Files.writeString(cache.file(), good.replace(line, "l_face_lithium_m=1e-3"));
		assertEquals(Provenance.COMPUTED, Calibration.calibrate(cache).provenance());
		assertEquals(fitted, Calibration.calibrate(cache).lengths());

		Files.writeString(cache.file(), good.lines().filter(l -> !l.startsWith("checksum")).reduce("", (a, b) -> a + b + "\n"));
		assertEquals(Finding.CORRUPT, cache.lookup("x").finding());
	}

	@Test
	public void anEntryForOtherInputsIsStale() throws Exception {
		CalibrationCache cache = new CalibrationCache(dir);
		assertEquals(Finding.MISSING, cache.lookup("k").finding());
		cache.store("inputs-of-another-version", new FaceLengths(1e-6, 2e-6));
		assertEquals(Finding.STALE, cache.lookup("k").finding());
		assertEquals(Finding.VALID, cache.lookup("inputs-of-another-version").finding());
		assertEquals(new FaceLengths(1e-6, 2e-6), cache.lookup("inputs-of-another-version").lengths().orElseThrow());

		Calibrated recomputed = Calibration.calibrate(cache);
		assertEquals(Provenance.COMPUTED, recomputed.provenance());
		assertTrue(recomputed.note().contains("other inputs"), recomputed.note());
		assertTrue(recomputed.lengths().lithiumMetal() != 1e-6, "the stale value was not used");
		assertEquals(Provenance.REUSED, Calibration.calibrate(cache).provenance());
	}
}
