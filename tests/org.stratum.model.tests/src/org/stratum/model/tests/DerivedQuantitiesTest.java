package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.stratum.model.derive.Capacity;
import org.stratum.model.derive.DerivationException;
import org.stratum.model.derive.Geometry;
import org.stratum.model.derive.Labels;
import org.stratum.model.stack.CathodeComposite;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.ComponentRole;
import org.stratum.model.stack.FractionBasis;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.LoadingBasis;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.units.Quantity;

/** Values derived from what a cell records, against hand-computed closed forms. */
public class DerivedQuantitiesTest {

	private final Fixtures fx = new Fixtures();

	@Test
	public void componentsAreLabelledByMaterialAndFractionWithItsUnit() {
		Component nano = fx.component("LLZTO-nano", 19);
		nano.setBasis(FractionBasis.WEIGHT);
		assertEquals("LLZTO-nano, 19 wt%", Labels.component(nano));
		nano.setBasis(FractionBasis.VOLUME);
		nano.setFraction(12.5);
		assertEquals("LLZTO-nano, 12.5 vol%", Labels.component(nano));
		assertEquals("Li", Labels.component(fx.component("Li")), "no fraction given: the material alone");
	}

	@Test
	public void areaFromDiameter() {
		Cell cell = fx.symmetricCell();
		assertEquals(Math.PI * 0.005 * 0.005, Geometry.cellArea(cell), 1e-15);
		cell.setArea(new Quantity("0.5 cm2"));
		assertEquals(0.5e-4, Geometry.cellArea(cell), 1e-15);
	}

	@Test
	public void thicknessFromMassDensityAndArea() {
		Cell cell = fx.symmetricCell();
		SolidElectrolyte se = (SolidElectrolyte) cell.getLayers().get(1);
		se.setThickness(null);
		se.setMass(new Quantity("80 mg"));
		se.setRelativeDensity(0.85);
		// 80 mg of Li6PS5Cl (1.64 g/cm3) at 85 % density in a 10 mm die
		double expected = 80e-6 / (1640 * 0.85 * Math.PI * 0.005 * 0.005);
		assertEquals(expected, Geometry.thickness(se), 1e-12);
		assertEquals(0.731e-3, Geometry.thickness(se), 0.001e-3);
	}

	@Test
	public void volumeFractionsFromWeightFractions() {
		Component sc = fx.component("SC", 76);
		Component llzto = fx.component("LLZTO-nano", 19);
		Component ptfe = fx.component("PTFE", 5);
		Interlayer il = fx.interlayer("30 um", sc, llzto, ptfe);
		Map<Component, Double> phi = Geometry.volumeFractions(il);
		double vSc = 76 / 2.0, vLl = 19 / 5.4, vPt = 5 / 2.2;
		double total = vSc + vLl + vPt;
		assertEquals(vSc / total, phi.get(sc), 1e-12);
		assertEquals(vLl / total, phi.get(llzto), 1e-12);
		assertEquals(1.0, phi.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
		// a = 6 phi / d for the 300 nm particles
		llzto.setParticleSize(new Quantity("300 nm"));
		assertEquals(6 * vLl / total / 300e-9, Geometry.specificInterfaceArea(llzto), 1e-3);
	}

	@Test
	public void volumeFractionsGivenDirectly() {
		Component a = fx.component("SC", 70);
		Component b = fx.component("LLZTO-nano", 30);
		a.setBasis(FractionBasis.VOLUME);
		b.setBasis(FractionBasis.VOLUME);
		Map<Component, Double> phi = Geometry.volumeFractions(fx.interlayer("30 um", a, b));
		assertEquals(0.7, phi.get(a), 1e-12);
	}

	@Test
	public void arealCapacityAndOneCFromLoading() {
		CathodeComposite cathode = Fixtures.F.createCathodeComposite();
		Component active = fx.component("LCO-LZO", 60);
		active.setRole(ComponentRole.ACTIVE);
		cathode.getComponents().add(active);
		cathode.getComponents().add(fx.component("LPSCl", 35));
		cathode.getComponents().add(fx.component("VGCF", 5));
		cathode.setLoading(new Quantity("1.48 mg/cm2"));
		cathode.setLoadingBasis(LoadingBasis.ACTIVE_MASS);
		// seed 000: 1.48 mg/cm2 of LZO@LCO at 135 mAh/g is 0.2 mAh/cm2, so 1C = 0.2 mA/cm2
		assertEquals(0.1998, new Quantity(Capacity.arealCapacity(cathode) + " C/m2").in("mAh/cm2"), 1e-9);
		assertEquals(0.1998, new Quantity(Capacity.oneCCurrentDensity(cathode) + " A/m2").in("mA/cm2"), 1e-9);
		// the composite weighs loading / 0.6
		assertEquals(1.48e-2 / 0.6, Capacity.compositeArealMass(cathode), 1e-12);

		cathode.setLoadingBasis(LoadingBasis.COMPOSITE_MASS);
		cathode.setLoading(new Quantity("2.4691 mg/cm2"));
		assertEquals(0.2, new Quantity(Capacity.arealCapacity(cathode) + " C/m2").in("mAh/cm2"), 1e-4);
		cathode.setNominalSpecificCapacity(new Quantity("150 mAh/g"));
		assertEquals(0.2222, new Quantity(Capacity.arealCapacity(cathode) + " C/m2").in("mAh/cm2"), 1e-3);
	}

	@Test
	public void missingDataIsNamed() {
		Cell cell = fx.symmetricCell();
		SolidElectrolyte se = (SolidElectrolyte) cell.getLayers().get(1);
		se.setThickness(null);
		DerivationException e = assertThrows(DerivationException.class, () -> Geometry.thickness(se));
		assertTrue(e.getMessage().contains("layer 'LPSCl' (SolidElectrolyte) has no thickness"), e.getMessage());
		se.setMass(new Quantity("80 mg"));
		se.getComponents().get(0).setMaterial(fx.material("VGCF"));
		fx.material("VGCF").getProperties().removeIf(p -> p.getKind() == org.stratum.model.stack.PropertyKind.DENSITY);
		DerivationException noDensity = assertThrows(DerivationException.class, () -> Geometry.thickness(se));
		assertTrue(noDensity.getMessage().contains("material 'VGCF' has no density"), noDensity.getMessage());
	}
}
