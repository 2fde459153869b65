package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.stratum.model.units.Dimension;
import org.stratum.model.units.Quantity;
import org.stratum.model.units.Unit;
import org.stratum.model.units.UnitException;

/** Reading units and quantities, converting to SI, and the errors a user sees for bad text. */
public class UnitsTest {

	@Test
	public void convertsTheUnitsOfTheField() {
		assertEquals(20e-6, new Quantity("20 um").toSI(), 1e-18);
		assertEquals(20e-6, new Quantity("20 µm").toSI(), 1e-18);
		assertEquals(10.0, new Quantity("1 mA/cm2").toSI(), 1e-12); // A/m2
		assertEquals(3600, new Quantity("0.1 mAh/cm2").toSI(), 1e-9); // C/m2: 0.36 C per 1e-4 m2
		assertEquals(0.1, new Quantity("1 mS/cm").toSI(), 1e-15); // S/m
		assertEquals(328.15, new Quantity("55 degC").toSI(), 1e-12);
		assertEquals(268.15, new Quantity("-5 °C").toSI(), 1e-12);
		assertEquals(375e6, new Quantity("375 MPa").toSI(), 1e-3);
		assertEquals(1e-15, new Quantity("1e-11 cm2/s").toSI(), 1e-27);
		assertEquals(1640, new Quantity("1.64 g/cm3").toSI(), 1e-9);
		assertEquals(486000, new Quantity("135 mAh/g").toSI(), 1e-6); // C/kg
		assertEquals(0.0148, new Quantity("1.48 mg/cm2").toSI(), 1e-12); // kg/m2
		assertEquals(9806.65, new Quantity("1 tf").toSI(), 1e-9);
		assertEquals(0.23e6, new Quantity("0.23 MPa m^0.5").toSI(), 1e-6);
		assertEquals(3600, new Quantity("1 h").toSI(), 0);
		assertEquals(0.05, new Quantity("5 wt%").toSI(), 1e-15);
		assertEquals(1.602176634e-20, new Quantity("0.1 eV").toSI(), 1e-32);
	}

	@Test
	public void knowsDimensions() {
		assertEquals(Dimension.CURRENT_DENSITY, Unit.parse("mA/cm2").dimension());
		assertEquals(Dimension.AREAL_CAPACITY, Unit.parse("mAh/cm2").dimension());
		assertEquals(Dimension.CONDUCTIVITY, Unit.parse("S/cm").dimension());
		assertEquals(Dimension.MOLAR_ENERGY, Unit.parse("kJ/mol").dimension());
		assertEquals(Dimension.AREAL_RESISTANCE, Unit.parse("Ohm cm2").dimension());
		assertEquals(Unit.parse("J/(mol K)").dimension(), Unit.parse("J/mol/K").dimension());
		assertEquals(Dimension.FREQUENCY, Unit.parse("s-1").dimension());
		assertEquals(Unit.parse("mS").factor(), 1e-3, 1e-18);
		assertEquals(Unit.parse("ms").factor(), 1e-3, 1e-18);
		assertTrue(Unit.parse("Ms").dimension().equals(Dimension.TIME));
	}

	@Test
	public void convertsBetweenUnitsOfOneDimension() {
		assertEquals(0.25, new Quantity("2.5 A/m2").in("mA/cm2"), 1e-12);
		assertEquals(-5, new Quantity("268.15 K").in("degC"), 1e-9);
		UnitException e = assertThrows(UnitException.class, () -> new Quantity("1 mAh/cm2").in("mA/cm2"));
		assertTrue(e.getMessage().contains("an areal capacity"), e.getMessage());
	}

	@Test
	public void roundTripsThroughText() {
		for (String text : new String[] { "20 um", "2.44e-6 S/cm", "55 degC", "0.291 mA/cm2", "1.48 mg/cm2", "-5 degC", "12345.678 Pa" }) {
			Quantity q = new Quantity(text);
			assertEquals(q, new Quantity(q.toString()), text);
		}
		assertEquals("20 um", new Quantity("20.0 um").toString());
		assertEquals("2.44e-6 S/cm", new Quantity("2.44e-06 S/cm").toString());
	}

	@Test
	public void badTextSaysWhatIsWrong() {
		UnitException noNumber = assertThrows(UnitException.class, () -> new Quantity("thick"));
		assertTrue(noNumber.getMessage().contains("expected a number followed by a unit"), noNumber.getMessage());
		UnitException unknown = assertThrows(UnitException.class, () -> new Quantity("20 furlongs"));
		assertTrue(unknown.getMessage().contains("unknown unit 'furlongs'"), unknown.getMessage());
		UnitException badPrefix = assertThrows(UnitException.class, () -> Unit.parse("kmin"));
		assertTrue(badPrefix.getMessage().contains("kmin"), badPrefix.getMessage());
	}
}
