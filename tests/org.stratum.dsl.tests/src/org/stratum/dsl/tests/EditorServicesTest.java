package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stratum.dsl.ide.StratumIdeSetup;
import org.stratum.model.resource.StratumResources;

import com.google.inject.Injector;

/** Content assist and hovers as an editor asks for them over the language server. */
public class EditorServicesTest {

	/** Not registered (see FormatterTest); the language's EMF registration comes from the runtime setup in {@link Dsl}. */
	private static final Injector IDE = Dsl.INJECTOR != null ? new StratumIdeSetup().createInjector() : null;

	@TempDir
	Path dir;

	private static Position position(String text, int offset) {
		String before = text.substring(0, offset);
		int line = (int) before.chars().filter(c -> c == '\n').count();
		return new Position(line, offset - (before.lastIndexOf('\n') + 1));
	}

	/** The text as a resource of the ide injector, as the language server holds it. */
	private XtextResource load(String text) {
		XtextResourceSet set = IDE.getInstance(XtextResourceSet.class);
		StratumResources.configure(set);
		XtextResource resource = IDE.getInstance(XtextResource.class);
		resource.setURI(URI.createFileURI(dir.resolve("test.stratum").toString()));
		set.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private List<String> completions(String text, int offset) throws Exception {
		XtextResource resource = load(text);
		CompletionParams params = new CompletionParams(new TextDocumentIdentifier(resource.getURI().toString()), position(text, offset));
		return IDE.getInstance(ContentAssistService.class)
				.createCompletionList(new Document(1, text), resource, params, CancelIndicator.NullImpl)
				.getItems().stream().map(CompletionItem::getLabel).toList();
	}

	private String hover(String text, int offset) {
		XtextResource resource = load(text);
		Hover hover = IDE.getInstance(IHoverService.class).hover(new Document(1, text), resource,
				new HoverParams(new TextDocumentIdentifier(resource.getURI().toString()), position(text, offset)), CancelIndicator.NullImpl);
		return hover == null || hover.getContents() == null || !hover.getContents().isRight() ? "" : hover.getContents().getRight().getValue();
	}

	@Test
	void unitsAfterANumberAreThoseOfTheExpectedDimension() throws Exception {
		String plate = "protocol P { plate at 1 ";
		List<String> drive = completions(plate + "}", plate.length());
		assertTrue(drive.containsAll(List.of("mA/cm2", "mA", "uA", "A")), drive.toString());
		assertFalse(drive.contains("h") || drive.contains("V") || drive.contains("degC") || drive.contains("um"), drive.toString());

		String charge = "protocol P { charge at 1 ";
		List<String> control = completions(charge + "}", charge.length());
		assertTrue(control.containsAll(List.of("mA/cm2", "mA", "C", "W", "mW/cm2")), control.toString());
		assertFalse(control.contains("h") || control.contains("V"), control.toString());

		String duration = "protocol P { plate at 1 mA/cm2 for 2 ";
		List<String> limit = completions(duration + "}", duration.length());
		assertTrue(limit.containsAll(List.of("h", "min", "s", "mAh/cm2", "mAh")), limit.toString());
		assertFalse(limit.contains("C") || limit.contains("mA/cm2") || limit.contains("V"), "no coulomb, no current: " + limit);

		String temperature = "protocol P { temperature 25 ";
		List<String> units = completions(temperature + "}", temperature.length()).stream().filter(l -> Character.isLetter(l.charAt(0))).toList();
		assertEquals(List.of("degC", "K"), units, "only temperatures (and the ';' that ends a unitless number)");
	}

	@Test
	void hoveringAMaterialShowsItsValuesAndSources() {
		String text = "stack S = \"examples/seed-000/sym-sc-nano20-llzto.stack\" with interlayer.fraction of LLZTO-nano = 30 wt%;";
		String shown = hover(text, text.indexOf("LLZTO-nano") + 3);
		assertNotNull(shown);
		assertTrue(shown.contains("LLZTO-nano") && shown.contains("conductivity"), shown);
		assertTrue(shown.matches("(?s).*\\[[A-Z0-9]+].*"), "no source named: " + shown);
	}

	@Test
	void theFrontBlockOffersItsSettingsAndNamesAndItsHoverShowsWhatWillRun() throws Exception {
		String head = "protocol P { plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell C; protocol P; model front { grid 0.125 um; ";
		List<String> settings = completions(head + "} }", head.length());
		assertTrue(settings.containsAll(List.of("domain", "seed", "morphology", "nucleation", "interphase", "voids", "flaws", "reactions", "cracks", "frames", "threads")),
				settings.toString());
		assertFalse(settings.contains("grid"), "each setting at most once: " + settings);
		String morphology = head + "morphology ";
		assertTrue(completions(morphology + "} }", morphology.length()).containsAll(List.of("random", "segregated", "chains")));
		String interphase = head + "interphase ";
		assertTrue(completions(interphase + "} }", interphase.length()).containsAll(List.of("none", "electrolyte", "particles", "all")));
		String cracks = head + "cracks ";
		assertEquals(List.of("off", "on"), completions(cracks + "} }", cracks.length()).stream().sorted().toList());

		String text = head + "domain 30 um x 60 um; cracks off; frames every 30 s; threads 2; voids 10 % of 1 um; flaws spread 50 %; } }";
		String shown = hover(text, text.indexOf("model front") + 8); // over the word front
		for (String part : List.of("240 x 480 cells of 0.125 um", "cracks off", "nucleation on", "interphase none", "every 30 s", "threads: 2",
				"voids: 10 % of the Li face, gaps 1 um wide",
				"flaws: lognormal about the calibrated face flaw length, spread 50 %")) {
			assertTrue(shown.contains(part), part + " not in " + shown);
		}
	}

	@Test
	void nucleationBarriersOfferTheLibraryMaterialsAndVoltagesAndTheHoverListsThem() throws Exception {
		String head = "protocol P { plate at 1 mA/cm2 for 1 h; }\nsimulation S { cell C; protocol P; model front { nucleation ";
		List<String> first = completions(head + "} }", head.length());
		assertTrue(first.containsAll(List.of("on", "off", "SC", "Li-Ge", "Cu")), "a switch or a library material: " + first);
		String value = head + "SC 20 ";
		List<String> units = completions(value + "} }", value.length()).stream().filter(l -> Character.isLetter(l.charAt(0))).toList();
		assertTrue(units.containsAll(List.of("V", "mV")) && !units.contains("mA"), "voltages only: " + units);
		String text = head + "SC 20 mV, Li-Ge 5 mV; } }";
		String shown = hover(text, text.indexOf("model front") + 8);
		assertTrue(shown.contains("nucleation barriers SC 20 mV, Li-Ge 5 mV; other substrates none"), shown);
	}

	@Test
	void sweepsAndExpectationsOfferTheirNamesAndHoversSayWhatTheyMean() throws Exception {
		Dsl.header(dir);
		String base = """
				stack Nano = "seed-000/sym-sc-nano20-llzto.stack";
				protocol Ccd { sign plating positive; ccd { start 0.25 mA/cm2; increment 0.25 mA/cm2; end 20 mA/cm2; per step 0.25 mAh/cm2; } }
				""";
		String expect = base + "simulation S { cell Nano; protocol Ccd; expect ";
		List<String> metrics = completions(expect + "}", expect.length());
		assertTrue(metrics.containsAll(List.of("critical_current_density", "retention", "short_time", "no")), metrics.toString());

		String step = base + "simulation S { cell Nano; protocol Ccd; }\nsweep D { simulation S; vary protocol ";
		assertTrue(completions(step + "}", step.length()).containsAll(List.of("ccd", "plate", "charge")));
		String property = step + "ccd.";
		List<String> ccd = completions(property + "}", property.length());
		assertTrue(ccd.containsAll(List.of("start", "increment", "end", "perStep")), ccd.toString());
		String material = step.replace("vary protocol ", "vary material LLZTO-nano.");
		List<String> values = completions(material + "}", material.length());
		assertTrue(values.contains("ionic_conductivity") && !values.contains("specific_capacity"), "the values the library gives LLZTO-nano: " + values);
		String own = base + "stack Mine = Nano with material LPSCl.";
		List<String> lpscl = completions(own + ";", own.length());
		assertTrue(lpscl.contains("exchange_current_density") && lpscl.contains("ionic_conductivity"), "a declaration's own material values: " + lpscl);
		String unit = step.replace("vary protocol ", "vary interlayer.thickness from 10 ");
		List<String> lengths = completions(unit + "}", unit.length());
		assertTrue(lengths.contains("um") && !lengths.contains("mA/cm2"), lengths.toString());

		String sweep = base + "simulation S { cell Nano; protocol Ccd; expect retention after 100 cycles >= 90 %; }\n"
				+ "sweep Design { simulation S; vary interlayer.thickness from 10 um to 50 um steps 5; vary cell.pressure = 5 MPa, 10 MPa; }";
		String shown = hover(sweep, sweep.indexOf("Design") + 2);
		assertTrue(shown.contains("10 points") && shown.contains("interlayer.thickness: 5 values, [10 um, 20 um, 30 um, 40 um, 50 um]"), shown);
		String retention = hover(sweep, sweep.indexOf("expect retention") + 2);
		assertTrue(retention.contains("**retention** (%)") && retention.contains("capacity retention"), retention);
		String onTheWord = hover(sweep, sweep.indexOf("retention after") + 3);
		assertEquals(retention, onTheWord, "the metric's own word hovers like the keyword");
		String onTheValue = hover(sweep, sweep.indexOf("90 %") + 1);
		assertTrue(onTheValue.contains("90 %") && !onTheValue.contains("retention"), "a quantity keeps its own hover: " + onTheValue);
	}

	@Test
	void fitsOfferWhatTheyCompareTheirFormatsColumnsAndUnitsAndHoverSaysWhatIsRead() throws Exception {
		Dsl.header(dir);
		String base = """
				stack Bare = "seed-000/sym-bare.stack";
				protocol Eis { sign plating positive; eis from 1 MHz to 0.1 Hz points 8 per decade amplitude 10 mV; }
				simulation S { cell Bare; protocol Eis; }
				fit F { simulation S; data "eis.csv"
				""";
		String format = base + " format ";
		assertEquals(List.of("arbin", "bdf", "biologic", "neware"), completions(format + "; }", format.length()).stream().sorted().toList());
		String role = base + ";\n column ";
		List<String> roles = completions(role + "}", role.length());
		assertTrue(roles.containsAll(List.of("time", "voltage", "current", "cycle", "capacity", "frequency", "real", "imaginary")), roles.toString());
		String unit = base + ";\n column real = \"Z1\" in ";
		List<String> units = completions(unit + "}", unit.length());
		assertTrue(units.contains("Ohm") && !units.contains("mA/cm2") && !units.contains("Hz"), "resistances only: " + units);
		String compare = base + ";\n vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log;\n compare ";
		List<String> signals = completions(compare + "}", compare.length());
		assertTrue(signals.containsAll(List.of("voltage", "capacity", "impedance", "critical_current_density")), signals.toString());

		String fit = base + ";\n column imaginary = \"-Z2\" in Ohm inverted;\n vary material LPSCl.ionic_conductivity from 0.5 mS/cm to 10 mS/cm log;\n compare impedance; }";
		String column = hover(fit, fit.indexOf("imaginary =") + 2);
		assertTrue(column.contains("**column imaginary**") && column.contains("-Z''"), column);
		String whole = hover(fit, fit.indexOf("fit F") + 4);
		assertTrue(whole.contains("an impedance spectrum") && whole.contains("eis.csv (bdf)") && whole.contains("material LPSCl.ionic_conductivity"), whole);
	}
}
