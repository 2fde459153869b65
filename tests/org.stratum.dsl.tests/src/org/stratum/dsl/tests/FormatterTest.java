package org.stratum.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.stratum.dsl.formatting2.FormattedText;
import org.stratum.dsl.formatting2.StratumFormatter;
import org.stratum.dsl.ide.StratumIdeSetup;

import com.google.inject.Injector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The formatter gives a stable layout, and the serializer writes models that read back equal. */
public class FormatterTest {

	@TempDir
	Path dir;

	static String format(XtextResource resource) {
		return FormattedText.of(resource);
	}

	@Test
	public void oneLineBlocksStayOnOneLineAndSpacingIsNormalised() throws Exception {
		Dsl dsl = new Dsl(dir);
		XtextResource messy = dsl.load("messy.stratum", "protocol   P{sign plating positive ;  plate at 2 mA / cm2 for 1 h;repeat 3{rest for 1 h;}}\n"
				+ "stack X = \"a.stack\" with interlayer . fraction of LLZTO - nano = 20 wt %;");
		String once = format(messy);
		assertEquals("""
				protocol P { sign plating positive; plate at 2 mA/cm2 for 1 h; repeat 3 { rest for 1 h; } }
				stack X = "a.stack" with interlayer.fraction of LLZTO-nano = 20 wt%;
				""", once);
		assertEquals(once, format(new Dsl(dir.resolve("again")).load("again.stratum", once)));
	}

	@Test
	public void blocksOverSeveralLinesGetOneStatementPerLineAndKeepBlankLines() throws Exception {
		String text = "// my protocols\n\n\n\nprotocol   P{\nsign plating positive ;  plate at 2 mA/cm2 for 1 h;\n\n\n"
				+ "repeat 3{rest for 1 h;}   // three rests\n  repeat 2 {\nplate at 1C for 1 h; }\n\n\n}\n\n\n\n"
				+ "/* the simulation */ simulation S { cell X; protocol P; }\n\n\n";
		String once = format(new Dsl(dir).load("lines.stratum", text));
		assertEquals("""
				// my protocols

				protocol P {
					sign plating positive;
					plate at 2 mA/cm2 for 1 h;

					repeat 3 { rest for 1 h; } // three rests
					repeat 2 {
						plate at 1C for 1 h;
					}
				}

				/* the simulation */ simulation S { cell X; protocol P; }
				""", once);
		assertEquals(once, format(new Dsl(dir.resolve("again")).load("again.stratum", once)), "formatting is idempotent");
	}

	/** A fit's data columns: one statement per line, units and flags spaced like every quantity. */
	@Test
	public void aFitsColumnsGetOneStatementPerLine() throws Exception {
		String text = "fit F {\nsimulation S;data \"c.csv\"  format arbin ;column current=\"I (mA)\"   in mA  inverted;column time = \"T\" clock;\n"
				+ "vary cell.pressure from 1 MPa to 5 MPa;   compare capacity;}\n";
		String once = format(new Dsl(dir).load("fit.stratum", text));
		assertEquals("""
				fit F {
					simulation S;
					data "c.csv" format arbin;
					column current = "I (mA)" in mA inverted;
					column time = "T" clock;
					vary cell.pressure from 1 MPa to 5 MPa;
					compare capacity;
				}
				""", once);
		assertEquals(once, format(new Dsl(dir.resolve("again")).load("again.stratum", once)), "formatting is idempotent");
	}

	/** The front block's settings keep the author's order and line layout; only spacing is normalised. */
	@Test
	public void theFrontBlockKeepsItsOrderAndLayout() throws Exception {
		String text = "simulation S { cell X; protocol P;\nmodel front {\nthreads 2 ;cracks off;\n  frames every 30 s;morphology   segregated;\n"
				+ "interphase electrolyte; domain 8 um x 40 um; nucleation SC   20 mV ,Li-Ge 5 mV;voids 20  % of 2 um;flaws  spread 50 %; } }\n";
		String once = format(new Dsl(dir).load("front.stratum", text));
		assertEquals("""
				simulation S {
					cell X;
					protocol P;
					model front {
						threads 2;
						cracks off;
						frames every 30 s;
						morphology segregated;
						interphase electrolyte;
						domain 8 um x 40 um;
						nucleation SC 20 mV, Li-Ge 5 mV;
						voids 20 % of 2 um;
						flaws spread 50 %;
					}
				}
				""", once);
		assertEquals(once, format(new Dsl(dir.resolve("again")).load("again.stratum", once)), "formatting is idempotent");
	}

	@Test
	public void aOneLineBlockTooLongForALineIsExpanded() throws Exception {
		String steps = "plate at 0.1 mA/cm2 for 0.1 mAh/cm2; strip at 0.1 mA/cm2 for 0.1 mAh/cm2; ".repeat(3);
		String once = format(new Dsl(dir).load("long.stratum", "protocol P { repeat 3 { " + steps + "} }\n"));
		assertTrue(once.startsWith("protocol P {\n\trepeat 3 {\n\t\tplate at 0.1 mA/cm2 for 0.1 mAh/cm2;\n"), once);
		assertTrue(once.lines().allMatch(l -> l.length() <= StratumFormatter.WIDTH), once);
		assertEquals(once, format(new Dsl(dir.resolve("again")).load("again.stratum", once)));
	}

	/** The shipped examples are formatted files: formatting, in the workbench or over LSP, leaves them as they are. */
	@Test
	public void formattingLeavesEveryShippedExampleUnchanged() throws Exception {
		Dsl.copyExamples(dir);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(p -> p.toString().endsWith(".stratum")).toList();
		}
		assertTrue(files.size() >= 5, files.toString());
		Injector ide = new StratumIdeSetup().createInjector(); // registering it would replace the language in EMF's global registry for later tests
		for (Path file : files) {
			String text = Files.readString(file);
			XtextResource resource = new Dsl(file.getParent()).load(file.getFileName().toString(), text);
			assertEquals(text, format(resource), file + " changes when formatted in the workbench");
			FormattingOptions options = new FormattingOptions(4, true); // what VS Code sends by default
			List<TextEdit> edits = ide.getInstance(FormattingService.class).format(resource, new Document(1, text), 0, text.length(), options);
			String formatted = new Document(1, text).applyChanges(edits).getContents();
			assertEquals(text, formatted, file + " changes when formatted over the language server");
		}
	}

	@Test
	public void everyExampleFormatsIdempotentlyAndSerializesBack() throws Exception {
		Dsl.copyExamples(dir);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(dir)) {
			files = walk.filter(p -> p.toString().endsWith(".stratum")).toList();
		}
		assertTrue(files.size() >= 4);
		for (Path file : files) {
			Dsl dsl = new Dsl(file.getParent());
			XtextResource resource = dsl.load(file.getFileName().toString(), Files.readString(file));
			String once = format(resource);
			XtextResource formatted = new Dsl(file.getParent()).load("formatted-" + file.getFileName(), once);
			assertTrue(formatted.getErrors().isEmpty(), () -> file + " no longer parses after formatting: " + formatted.getErrors());
			assertEquals(once, format(formatted), file + ": formatting is not idempotent");
			assertTrue(EcoreUtil.equals(resource.getContents().get(0), formatted.getContents().get(0)), file + ": formatting changed the model");

			String serialized = Dsl.INJECTOR.getInstance(ISerializer.class).serialize(resource.getContents().get(0));
			XtextResource back = new Dsl(file.getParent()).load("serialized-" + file.getFileName(), serialized);
			assertTrue(back.getErrors().isEmpty(), () -> file + ": serialized text does not parse: " + back.getErrors());
			assertTrue(EcoreUtil.equals(resource.getContents().get(0), back.getContents().get(0)), file + ": serializer round trip differs");
		}
	}

}
