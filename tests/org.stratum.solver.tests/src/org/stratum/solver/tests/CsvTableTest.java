package org.stratum.solver.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.stratum.engine.results.CsvTable;
import org.stratum.engine.results.CsvTable.CsvFormatException;
import org.stratum.engine.results.ResultsWriter;

/** Reading result and measured-data tables: quotes, short rows, numbers and text, errors with their line. */
public class CsvTableTest {

	private static CsvTable parse(String text) throws IOException {
		return CsvTable.parse(new StringReader(text), "data.csv");
	}

	@Test
	void readsHeaderRowsQuotesAndNumbers() throws IOException {
		CsvTable table = parse("Test Time / s,Voltage / V,\"Note, quoted\"\n0,0.01,start\n10,-2.5e-3,\"said \"\"hi\"\"\"\n\n20,,\n");
		assertEquals(List.of("Test Time / s", "Voltage / V", "Note, quoted"), table.columns());
		assertEquals(3, table.rows().size());
		assertEquals("said \"hi\"", table.rows().get(1).get(2));
		assertArrayEquals(new double[] { 0.01, -2.5e-3, Double.NaN }, table.numbers(1));
		assertTrue(table.isNumeric(0) && table.isNumeric(1));
		assertFalse(table.isNumeric(2), "a column of text");
	}

	@Test
	void shortRowsArePaddedLongRowsAndOpenQuotesNameTheLine() throws IOException {
		assertEquals(List.of("1", ""), parse("a,b\n1\n").rows().get(0));
		CsvFormatException longRow = assertThrows(CsvFormatException.class, () -> parse("a,b\n1,2\n1,2,3\n"));
		assertEquals(3, longRow.line());
		assertEquals("data.csv:3: the line has 3 fields, the header names 2 columns", longRow.getMessage());
		assertEquals(2, assertThrows(CsvFormatException.class, () -> parse("a,b\n\"1,2\n")).line());
	}

	/** What a run writes, the table reads back; a value that is not finite is written as an empty field, never "NaN". */
	@Test
	void writtenRowsReadBackAndNonFiniteValuesAreEmpty() throws IOException {
		String row = ResultsWriter.row(1, Double.NaN, Double.POSITIVE_INFINITY, 2.5e-7);
		assertEquals("1,,,2.50000e-07\n", row);
		CsvTable table = parse("a,b,c,d\n" + row);
		assertArrayEquals(new double[] { 2.5e-7 }, table.numbers(3));
		assertEquals(List.of("1", "", "", "2.50000e-07"), table.rows().get(0));
	}

	@Test
	void anEmptyFileHasNoColumns() throws IOException {
		assertEquals(0, parse("").columns().size());
	}
}
