package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.resolve.Quantities;
import org.stratum.dsl.stratum.CcCv;
import org.stratum.dsl.stratum.CcdRamp;
import org.stratum.dsl.stratum.Comparison;
import org.stratum.dsl.stratum.Control;
import org.stratum.dsl.stratum.Direction;
import org.stratum.dsl.stratum.Eis;
import org.stratum.dsl.stratum.Environment;
import org.stratum.dsl.stratum.Every;
import org.stratum.dsl.stratum.FrontModel;
import org.stratum.dsl.stratum.GlobalStop;
import org.stratum.dsl.stratum.Goto;
import org.stratum.dsl.stratum.Hold;
import org.stratum.dsl.stratum.Label;
import org.stratum.dsl.stratum.Logging;
import org.stratum.dsl.stratum.Model;
import org.stratum.dsl.stratum.PlateStrip;
import org.stratum.dsl.stratum.Protocol;
import org.stratum.dsl.stratum.Repeat;
import org.stratum.dsl.stratum.Rest;
import org.stratum.dsl.stratum.ShortTerm;
import org.stratum.dsl.stratum.SignConvention;
import org.stratum.dsl.stratum.Simulation;
import org.stratum.dsl.stratum.StackDeclaration;
import org.stratum.dsl.stratum.Variable;

/** Every construct of the language parses into the expected structure. */
public class ParsingTest {

	@TempDir
	Path dir;

	static final String ALL = """
			stack A = "a.stack" with interlayer.thickness = 15 um, interlayer[2].thickness = 20 um, "LPSCl".mass = 90 mg,
			    interlayer.fraction of LLZTO-nano = 30 wt%, cell.temperature = 25 degC;
			stack B = A;
			protocol P {
			    sign plating positive;
			    log every 10 s;
			    stop when voltage < 2 V or short below 1 mV drop 50 %;
			    temperature 55 degC;
			    pressure 10 MPa;
			    rest for 1 h;
			    Rest for 10 minutes (30 s period);
			    discharge at 1C until 2.7 V;
			    Discharge at 1C for 10 hours or until 3.3 V;
			    charge at 0.5 mA/cm2 for 2 h until voltage > 4.3 V or time > 3 h;
			    current at -2 mA/cm2 for 1 h;
			    discharge at 10 mW/cm2 until 3 V;
			    hold at 4.2 V until current < 0.05 C;
			    cccv charge at 1C to 4.3 V until current < 0.05 C limit 3 h;
			    plate at 2 mA/cm2 for 2 mAh/cm2;
			    strip at 2 mA/cm2 for 1 h until short;
			    ccd { start 0.25 mA/cm2; increment 0.25 mA/cm2; end 20 mA/cm2; per step 0.25 mAh/cm2; pairs 1; rest 10 s; stop on short below 1 mV; }
			    ccd { start 0.1 mA/cm2; factor 1.5; end 5 mA/cm2; per step 1 h; }
			    label warmup;
			    repeat 5 times { plate at 1 mA/cm2 for 1 h; strip at 1 mA/cm2 for 1 h; }
			    goto warmup if cycle < 3;
			    eis from 1 MHz to 0.1 Hz points 10 per decade amplitude 10 mV bias 0 V;
			    eis;
			    every 100 cycles { eis from 1 MHz to 1 Hz; }
			    every 50 h { eis; }
			    discharge at 1C until dV/dt < 1 mV/min or temperature > 60 degC or capacity > 2 mAh/cm2;
			}
			simulation S { cell A; protocol P; model front { domain 40 um x 60 um; grid 0.125 um; seed 42; frames 50; } outputs voltage, front; }
			simulation T { cell B; protocol P; model stack; }
			""";

	@Test
	public void everyConstructParses() {
		Dsl dsl = new Dsl(dir);
		XtextResource resource = dsl.load("all.stratum", ALL);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		Model model = (Model) resource.getContents().get(0);
		assertEquals(5, model.getElements().size());

		StackDeclaration a = (StackDeclaration) model.getElements().get(0);
		assertEquals("a.stack", a.getSource());
		assertEquals(5, a.getVariations().size());
		assertEquals("LLZTO-nano", a.getVariations().get(3).getMaterial().getId());
		assertEquals(2.0, a.getVariations().get(1).getTarget().getIndex());
		assertEquals("LPSCl", a.getVariations().get(2).getTarget().getName());
		assertEquals(a, ((StackDeclaration) model.getElements().get(1)).getBase());

		Protocol p = (Protocol) model.getElements().get(2);
		var s = p.getStatements();
		assertInstanceOf(SignConvention.class, s.get(0));
		assertEquals(10.0, ((Logging) s.get(1)).getPeriod().getValue());
		GlobalStop stop = (GlobalStop) s.get(2);
		assertEquals(2, stop.getCondition().getTerms().size());
		assertEquals(1.0, ((ShortTerm) stop.getCondition().getTerms().get(1)).getThreshold().getValue());
		assertEquals("pressure", ((Environment) s.get(4)).getVariable());
		assertInstanceOf(Rest.class, s.get(5));
		assertEquals("s", ((Rest) s.get(6)).getPeriod().getUnit());
		Control discharge = (Control) s.get(7);
		assertEquals(Direction.DISCHARGE, discharge.getDirection());
		assertTrue(Quantities.isCRate(discharge.getValue()));
		assertEquals("V", ((Comparison) discharge.getUntil().getTerms().get(0)).getValue().getUnit());
		assertEquals("hours", ((Control) s.get(8)).getDuration().getUnit());
		assertEquals(Variable.TIME, ((Comparison) ((Control) s.get(9)).getUntil().getTerms().get(1)).getVariable());
		assertEquals(-2.0, ((Control) s.get(10)).getValue().getValue());
		assertEquals("mW/cm2", ((Control) s.get(11)).getValue().getUnit());
		assertInstanceOf(Hold.class, s.get(12));
		CcCv cccv = (CcCv) s.get(13);
		assertEquals(3.0, cccv.getCap().getValue());
		assertEquals("mAh/cm2", ((PlateStrip) s.get(14)).getDuration().getUnit());
		assertInstanceOf(ShortTerm.class, ((PlateStrip) s.get(15)).getUntil().getTerms().get(0));
		CcdRamp ramp = (CcdRamp) s.get(16);
		assertEquals(20.0, ramp.getEnd().getValue());
		assertEquals(1.5, ((CcdRamp) s.get(17)).getFactor());
		Label label = (Label) s.get(18);
		assertEquals(5.0, ((Repeat) s.get(19)).getCount());
		assertEquals(label, ((Goto) s.get(20)).getTarget());
		Eis eis = (Eis) s.get(21);
		assertEquals("MHz", eis.getHigh().getUnit());
		assertEquals(10.0, eis.getPointsPerDecade());
		assertEquals(100.0, ((Every) s.get(23)).getCycles());
		assertEquals("h", ((Every) s.get(24)).getPeriod().getUnit());
		assertEquals(Variable.DVDT, ((Comparison) ((Control) s.get(25)).getUntil().getTerms().get(0)).getVariable());

		Simulation sim = (Simulation) model.getElements().get(3);
		assertEquals(a, sim.getCell());
		assertEquals(p, sim.getProtocol());
		assertEquals(0.125, ((FrontModel) sim.getModel()).getSpacing().getValue());
		assertEquals(2, sim.getOutputs().size());
	}

	@Test
	public void pybammPhrasesParse() {
		Model model = new Dsl(dir).parse("""
				protocol Experiment {
				    Discharge at 1C until 2.7 V;
				    Rest for 1 hour;
				    Charge at 1 A until 4.1 V;
				    Hold at 4.1 V until 50 mA;
				}
				""");
		Protocol p = (Protocol) model.getElements().get(0);
		assertEquals(4, p.getStatements().size());
		assertEquals("A", ((Control) p.getStatements().get(2)).getValue().getUnit());
	}
}
