package org.stratum.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.junit.jupiter.api.Test;
import org.stratum.model.stack.Cell;
import org.stratum.model.stack.CellKind;
import org.stratum.model.stack.Component;
import org.stratum.model.stack.FractionBasis;
import org.stratum.model.stack.Interlayer;
import org.stratum.model.stack.LiReaction;
import org.stratum.model.stack.LiReactionKind;
import org.stratum.model.stack.Material;
import org.stratum.model.stack.Property;
import org.stratum.model.stack.PropertyKind;
import org.stratum.model.stack.SolidElectrolyte;
import org.stratum.model.units.Quantity;
import org.stratum.model.validation.StackIssueCodes;

/** Every validation rule: a cell that breaks it gets the named problem, a correct one does not. */
public class StackValidatorTest {

	private final Fixtures fx = new Fixtures();

	private List<String> problems(Object root) {
		return Fixtures.problems(Fixtures.validate((org.eclipse.emf.ecore.EObject) root));
	}

	private static void assertProblem(List<String> problems, String severity, int code, String fragment) {
		assertTrue(problems.stream().anyMatch(p -> p.startsWith(severity + " " + code + ":") && p.contains(fragment)),
				() -> "expected " + severity + " " + code + " containing '" + fragment + "', got " + problems);
	}

	private static void assertNoProblem(List<String> problems, int code) {
		assertTrue(problems.stream().noneMatch(p -> p.matches("(ERROR|WARNING) " + code + ":.*")),
				() -> "expected no problem " + code + ", got " + problems);
	}

	@Test
	public void aCorrectCellIsClean() {
		Diagnostic d = Fixtures.validate(fx.symmetricCell());
		assertEquals(Diagnostic.OK, d.getSeverity(), () -> Fixtures.problems(d).toString());
	}

	@Test
	public void nonPositiveThickness() {
		Cell cell = fx.symmetricCell();
		cell.getLayers().get(0).setThickness(new Quantity("-5 um"));
		assertProblem(problems(cell), "ERROR", StackIssueCodes.NOT_POSITIVE, "layer 'Li' (Anode): thickness '-5 um' must be positive");
	}

	@Test
	public void implausibleThickness() {
		Cell cell = fx.symmetricCell();
		cell.getLayers().get(1).setThickness(new Quantity("8 mm"));
		assertProblem(problems(cell), "WARNING", StackIssueCodes.IMPLAUSIBLE_VALUE, "thickness '8 mm' is outside the plausible range 1 nm .. 5 mm");
		cell.getLayers().get(1).setThickness(new Quantity("0.6 mm"));
		assertNoProblem(problems(cell), StackIssueCodes.IMPLAUSIBLE_VALUE);
	}

	@Test
	public void wrongUnitDimension() {
		Cell cell = fx.symmetricCell();
		cell.getLayers().get(0).setThickness(new Quantity("20 mAh/cm2"));
		assertProblem(problems(cell), "ERROR", StackIssueCodes.WRONG_DIMENSION,
				"thickness '20 mAh/cm2' has the wrong unit; expected a length such as um or mm, got an areal capacity such as mAh/cm2");
		Property p = fx.material("LPSCl").getProperties().get(0);
		p.setValue(new Quantity("3.57 mA/cm2"));
		assertProblem(problems(p), "ERROR", StackIssueCodes.WRONG_DIMENSION, "expected a conductivity such as S/cm");
	}

	@Test
	public void growthConstantUnitSaysTheGrowthLaw() {
		LiReaction latp = fx.material("LATP").getLiReaction();
		assertNoProblem(problems(latp), StackIssueCodes.WRONG_DIMENSION);
		// a parabolic rate constant is a growth law a mixed-conducting interphase may show (LGPS, Wenzel 2016)
		latp.setGrowthConstant(new Quantity("50 Ohm2 cm4/h"));
		assertNoProblem(problems(latp), StackIssueCodes.WRONG_DIMENSION);
		latp.setGrowthConstant(new Quantity("50 Ohm cm2"));
		assertProblem(problems(latp), "ERROR", StackIssueCodes.WRONG_DIMENSION, "the mixed-conducting growth constant of material 'LATP'");
		assertProblem(problems(latp), "ERROR", StackIssueCodes.WRONG_DIMENSION,
				"expected a parabolic rate constant such as Ohm2 cm4/h or resistance per charge passed such as Ohm cm4/mAh");
		latp.setGrowthConstant(new Quantity("50 Ohm2 cm4/h"));
		latp.setKind(LiReactionKind.PASSIVATING);
		assertNoProblem(problems(latp), StackIssueCodes.WRONG_DIMENSION);
		latp.setKind(LiReactionKind.STABLE);
		assertProblem(problems(latp), "WARNING", StackIssueCodes.WRONG_DIMENSION, "is stable, so its growth constant '50 Ohm2 cm4/h' is not used");
	}

	@Test
	public void fractionsMustSumTo100() {
		Cell cell = fx.symmetricCell();
		Interlayer il = fx.interlayer("30 um", fx.component("SC", 80), fx.component("LLZTO-nano", 15));
		cell.getLayers().add(1, il);
		cell.getLayers().add(3, fx.interlayer("30 um", fx.component("SC", 80), fx.component("LLZTO-nano", 15)));
		assertProblem(problems(cell), "ERROR", StackIssueCodes.FRACTIONS_DO_NOT_SUM, "sum to 95.0 %; expected 100 %");
		il.getComponents().get(1).setFraction(20);
		((Interlayer) cell.getLayers().get(3)).getComponents().get(1).setFraction(20);
		assertNoProblem(problems(cell), StackIssueCodes.FRACTIONS_DO_NOT_SUM);
	}

	@Test
	public void fractionOutOfRange() {
		Component c = fx.component("SC", 120);
		fx.interlayer("30 um", c, fx.component("PTFE", -20));
		assertProblem(problems(c), "ERROR", StackIssueCodes.FRACTION_OUT_OF_RANGE, "fraction 120.0 must lie between 0 and 100 %");
	}

	@Test
	public void mixedFractionBases() {
		Component a = fx.component("SC", 50);
		Component b = fx.component("LLZTO-nano", 50);
		b.setBasis(FractionBasis.VOLUME);
		Interlayer il = fx.interlayer("30 um", a, b);
		assertProblem(problems(il), "ERROR", StackIssueCodes.MIXED_FRACTION_BASIS, "mixes fraction bases");
	}

	@Test
	public void unknownMaterial() {
		Cell cell = fx.symmetricCell();
		Material ghost = org.stratum.model.stack.StackFactory.eINSTANCE.createMaterial();
		((InternalEObject) ghost).eSetProxyURI(URI.createURI("stratum:/library/materials.stacklib#Unobtainium"));
		((SolidElectrolyte) cell.getLayers().get(1)).getComponents().get(0).setMaterial(ghost);
		assertProblem(problems(cell), "ERROR", StackIssueCodes.UNKNOWN_MATERIAL, "unknown material 'Unobtainium'");
	}

	@Test
	public void thicknessThatCannotBeDetermined() {
		Cell cell = fx.symmetricCell();
		cell.getLayers().get(1).setThickness(null);
		assertProblem(problems(cell), "ERROR", StackIssueCodes.MISSING_DATA,
				"thickness of layer 'LPSCl' (SolidElectrolyte) cannot be determined");
		((SolidElectrolyte) cell.getLayers().get(1)).setMass(new Quantity("80 mg"));
		assertNoProblem(problems(cell), StackIssueCodes.MISSING_DATA);
	}

	@Test
	public void dataTheModelNeeds() {
		Cell cell = fx.symmetricCell();
		cell.setTemperature(null);
		cell.setStackPressure(null);
		List<String> problems = problems(cell);
		assertProblem(problems, "WARNING", StackIssueCodes.MISSING_DATA, "has no operating temperature");
		assertProblem(problems, "WARNING", StackIssueCodes.MISSING_DATA, "has no stack pressure");
		Material se = fx.material("LPSCl");
		se.getProperties().removeIf(p -> p.getKind() == PropertyKind.IONIC_CONDUCTIVITY);
		assertProblem(problems(fx.symmetricCell()), "WARNING", StackIssueCodes.MISSING_DATA,
				"material 'LPSCl' has no ionic conductivity, which the stack model needs");
	}

	@Test
	public void fullCellNeedsOneCathodeAndOneAnodeAtTheEnds() {
		Cell cell = fx.symmetricCell();
		cell.setKind(CellKind.FULL);
		assertProblem(problems(cell), "ERROR", StackIssueCodes.STACK_ORDER, "needs exactly one cathode and one anode; it has 0 and 2");
		cell.getLayers().set(0, fx.cathode("LCO", "50 um"));
		assertNoProblem(problems(cell), StackIssueCodes.STACK_ORDER);
		cell.getLayers().move(1, 0); // SE | cathode | Li
		assertProblem(problems(cell), "ERROR", StackIssueCodes.STACK_ORDER, "must be the two outer layers");
	}

	@Test
	public void symmetricCellMustMirror() {
		Cell cell = fx.symmetricCell();
		cell.getLayers().add(1, fx.interlayer("30 um", fx.component("SC", 95), fx.component("PTFE", 5)));
		assertProblem(problems(cell), "ERROR", StackIssueCodes.STACK_ORDER, "its layers do not mirror");
		cell.getLayers().add(3, fx.interlayer("30 um", fx.component("SC", 95), fx.component("PTFE", 5)));
		assertNoProblem(problems(cell), StackIssueCodes.STACK_ORDER);
	}

	@Test
	public void interlayerSitsBetweenElectrolyteAndElectrode() {
		Cell cell = fx.symmetricCell();
		cell.setKind(CellKind.FULL);
		cell.getLayers().set(0, fx.cathode("LCO", "50 um"));
		// cathode | SE | SE2 | Li with the interlayer wrongly between two electrolytes
		cell.getLayers().add(2, fx.interlayer("1 um", fx.component("LiAlO2")));
		cell.getLayers().add(3, fx.electrolyte("LGPS", "500 um"));
		assertProblem(problems(cell), "ERROR", StackIssueCodes.STACK_ORDER, "must sit between the solid electrolyte and an electrode");
		cell.getLayers().move(3, 2); // cathode | SE | SE2 | IL | Li
		assertNoProblem(problems(cell), StackIssueCodes.STACK_ORDER);
	}

	@Test
	public void conductivityOutsidePhysicalRange() {
		Property p = fx.material("LATP").getProperties().get(0);
		p.setValue(new Quantity("5e3 S/cm"));
		assertProblem(problems(p), "WARNING", StackIssueCodes.OUT_OF_PHYSICAL_RANGE, "is outside the physical range 1e-12 .. 1e2 S/cm");
		p.setValue(new Quantity("4.9e-4 S/cm"));
		assertNoProblem(problems(p), StackIssueCodes.OUT_OF_PHYSICAL_RANGE);
	}

	@Test
	public void valueWithoutSourceOrEstimateFlag() {
		Property p = fx.material("LATP").getProperties().get(0);
		p.setSource(null);
		assertProblem(problems(p), "WARNING", StackIssueCodes.NO_SOURCE, "has no source");
		p.setEstimate(true);
		assertNoProblem(problems(p), StackIssueCodes.NO_SOURCE);
	}

	@Test
	public void onePropertyValuePerMaterial() {
		Material m = fx.material("LATP");
		Property copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(m.getProperties().get(0));
		m.getProperties().add(copy);
		assertProblem(problems(m), "WARNING", StackIssueCodes.DUPLICATE_PROPERTY, "keep one parameter set per material");
	}

	@Test
	public void relativeDensityMustBeAFraction() {
		Cell cell = fx.symmetricCell();
		((SolidElectrolyte) cell.getLayers().get(1)).setRelativeDensity(1.4);
		assertProblem(problems(cell), "ERROR", StackIssueCodes.FRACTION_OUT_OF_RANGE, "relative density 1.4 must lie in (0, 1]");
	}
}
