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
import org.stratum.dsl.formatting2.FormattedText;
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
	public void formatsToALayoutAndIsIdempotent() throws Exception {
		Dsl dsl = new Dsl(dir);
		XtextResource messy = dsl.load("messy.stratum", "protocol   P{sign plating positive ;  plate at 2 mA / cm2 for 1 h;repeat 3{rest for 1 h;}}\n"
				+ "stack X = \"a.stack\" with interlayer . fraction of LLZTO - nano = 20 wt %;");
		String once = format(messy);
		assertEquals("""
				protocol P {
					sign plating positive;
					plate at 2 mA/cm2 for 1 h;
					repeat 3 {
						rest for 1 h;
					}
				}

				stack X = "a.stack" with interlayer.fraction of LLZTO-nano = 20 wt%;
				""".strip(), once.strip());
		String twice = format(new Dsl(dir.resolve("again")).load("again.stratum", once));
		assertEquals(once, twice);
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
