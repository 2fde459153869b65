package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.engine.results.ColumnMapping;
import org.stratum.engine.results.CyclerFormat;
import org.stratum.engine.results.MeasuredColumn;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.MeasuredTable;
import org.stratum.engine.results.ResultsFormatException;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.solver.program.Discharge;

/** Cycler exports import into SI and into a results folder whose discharges are the charge each cycle delivered. */
public class MeasuredDataTest {

	@TempDir
	Path dir;

	/** Two cycles of 1 h charge at +2 mA then 1 h discharge at -2 mA, every minute, in Neware's clock time. */
	private Path neware() throws Exception {
		StringBuilder csv = new StringBuilder("Cycle Index,Step Type,Total Time,Current(mA),Voltage(V)\n");
		int minute = 0;
		for (int cycle = 1; cycle <= 2; cycle++) {
			for (int half = 0; half < 2; half++) {
				for (int k = 0; k < 60; k++, minute++) {
					double current = half == 0 ? 2 : -2;
					double voltage = half == 0 ? 3.3 + 0.1 * k / 60 : 3.4 - 0.1 * k / 60;
					csv.append(String.format(Locale.ROOT, "%d,%s,%d:%02d:00,%.1f,%.4f%n", cycle, half == 0 ? "CC_Chg" : "CC_DChg", minute / 60, minute % 60,
							current, voltage));
				}
			}
		}
		Path file = dir.resolve("neware.csv");
		Files.writeString(file, csv);
		return file;
	}

	@Test
	public void aNewareExportReadsInSiAndItsDischargesAreTheChargeEachCycleDelivered() throws Exception {
		MeasuredData data = MeasuredData.read(neware(), CyclerFormat.NEWARE, CyclerFormat.NEWARE.defaults());
		assertEquals(240, data.time().length);
		assertEquals(61 * 60, data.time()[61], 1e-9, "1:01:00 is 3660 s");
		assertEquals(2e-3, data.current()[0], 1e-12, "mA to A");
		Path folder = data.write(dir.resolve("measured"), "Cell1", 1e-4);
		RunFolder run = RunFolder.read(folder);
		assertEquals(MeasuredData.MODEL, run.summary().model());
		assertEquals(240, run.series().size());
		assertEquals(20, run.series().value(SeriesColumn.CURRENT_DENSITY, 0), 1e-9, "2 mA on 1 cm2 is 20 A/m2");
		assertEquals(2, run.summary().metrics().discharges().size());
		for (Discharge d : run.summary().metrics().discharges()) {
			// 59 one-minute intervals at 2 mA on 1 cm2: 20 A/m2 x 3540 s
			assertEquals(20 * 3540, d.charge(), 1e-3 * 20 * 3540, "cycle " + d.cycle());
			assertEquals(1, d.coulombicEfficiency(), 1e-9);
		}
	}

	@Test
	public void anEcLabTextExportSkipsItsHeaderBlockAndReadsDecimalCommas() throws Exception {
		String text = "EC-Lab ASCII FILE\nNb header lines : 4\n\nmode\tox/red\ttime/s\tEwe/V\t<I>/mA\tcycle number\n"
				+ "1\t1\t0,0\t3,30\t1,5\t0\n1\t1\t10,0\t3,31\t1,5\t0\n1\t0\t20,0\t3,29\t-1,5\t0\n";
		Path file = dir.resolve("biologic.txt");
		Files.writeString(file, text);
		MeasuredData data = MeasuredData.read(file, CyclerFormat.BIOLOGIC, CyclerFormat.BIOLOGIC.defaults());
		assertEquals(3, data.time().length);
		assertEquals(3.31, data.voltage()[1], 1e-12);
		assertEquals(-1.5e-3, data.current()[2], 1e-12);
	}

	@Test
	public void aMissingColumnOrABadNumberNamesFileLineAndColumn() throws Exception {
		Path file = neware();
		ColumnMapping wrong = new ColumnMapping("Test Time", "s", "Voltage(V)", "V", "Current(mA)", "mA", null, false);
		ResultsFormatException missing = assertThrows(ResultsFormatException.class, () -> MeasuredData.read(file, CyclerFormat.NEWARE, wrong));
		assertTrue(missing.getMessage().contains(":1 has no column \"Test Time\" for time; its columns are [Cycle Index,"), missing.getMessage());
		Files.writeString(file, Files.readString(file).replace("3.3000", "3.3x00"));
		ResultsFormatException bad = assertThrows(ResultsFormatException.class,
				() -> MeasuredData.read(file, CyclerFormat.NEWARE, CyclerFormat.NEWARE.defaults()));
		assertTrue(bad.getMessage().endsWith(":2 has \"3.3x00\" in column \"Voltage(V)\" where a number was expected"), bad.getMessage());
		Files.writeString(file, Files.readString(file).replace("3.3x00", "\"3.3000"));
		ResultsFormatException quote = assertThrows(ResultsFormatException.class,
				() -> MeasuredData.read(file, CyclerFormat.NEWARE, CyclerFormat.NEWARE.defaults()));
		assertTrue(quote.getMessage().endsWith(":2 has a quote that is not closed"), quote.getMessage());
		ColumnMapping volts = new ColumnMapping("Total Time", ColumnMapping.CLOCK, "Voltage(V)", "mA", "Current(mA)", "mA", null, false);
		ResultsFormatException unit = assertThrows(ResultsFormatException.class, () -> MeasuredData.read(file, CyclerFormat.NEWARE, volts));
		assertTrue(unit.getMessage().endsWith("is mapped with 'mA' for voltage, which is not a unit of voltage"), unit.getMessage());
	}

	@Test
	public void anEcLabImpedanceExportReadsItsSpectrumColumnsAndTheLanguageKnowsWhichFormatsNameThem() throws Exception {
		String text = "EC-Lab ASCII FILE\nNb header lines : 3\nfreq/Hz\tRe(Z)/Ohm\t-Im(Z)/Ohm\n1000000\t46,5\t0,4\n1000\t66,6\t17,7\n";
		Path file = Files.writeString(dir.resolve("eis.txt"), text);
		CyclerFormat.SpectrumColumns c = CyclerFormat.BIOLOGIC.spectrum().orElseThrow();
		double[][] v = MeasuredTable.read(file, CyclerFormat.BIOLOGIC, java.util.List.of(new MeasuredColumn("frequency", c.frequency(), null, false, false),
				new MeasuredColumn("real", c.real(), null, false, false), new MeasuredColumn("imaginary", c.imaginary(), null, false, c.imaginaryInverted())));
		assertEquals(1000, v[0][1]);
		assertEquals(66.6, v[1][1], 1e-12);
		assertEquals(-17.7, v[2][1], 1e-12, "-Im(Z) read as Z'' (negative for a capacitive arc)");
		// the validator's list of formats that name impedance columns is the engine's
		java.util.List<String> naming = java.util.Arrays.stream(CyclerFormat.values()).filter(f -> f.spectrum().isPresent())
				.map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
		assertEquals(org.stratum.dsl.study.FitSignals.SPECTRUM_FORMATS, naming);
		assertEquals(org.stratum.dsl.study.FitSignals.FORMATS, java.util.Arrays.stream(CyclerFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
	}

	@Test
	public void aMappedColumnWithAUnitOfTheWrongKindIsTheMappingsError() {
		ResultsFormatException e = assertThrows(ResultsFormatException.class,
				() -> MeasuredColumn.of(dir.resolve("x.csv"), "current", "I", "mV", org.stratum.model.units.Dimension.CURRENT, false));
		assertTrue(e.getMessage().contains("is mapped with 'mV' for current, which is not a unit of current"), e.getMessage());
	}
}
