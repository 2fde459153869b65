package org.stratum.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.collections.api.factory.Lists;
import org.eclipse.core.runtime.Platform;
import org.eclipse.collections.api.list.MutableList;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.xtext.util.Strings;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince54Integrator;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.stratum.ui.Screenshots;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Proves that every library of the target platform resolves in the product's runtime and works:
 * EMF (with EMF.Edit's command stack), Xtext, Hipparchus, picocli, eclipse-collections, NatTable,
 * SWTChart and Eclipse Forms, each used for something with a known answer; and that the platform
 * bundles later issues build on (generic editor, tabbed properties, debug UI, help, ...) start.
 */
public class TargetPlatformTest {

	@Test
	public void emfRoundTripsAModelThroughXmiAndEditUndoesAChange() throws Exception {
		EPackage pkg = EcoreFactory.eINSTANCE.createEPackage();
		pkg.setName("cell");
		pkg.setNsURI("urn:stratum:test:cell");
		pkg.setNsPrefix("cell");
		EClass layer = EcoreFactory.eINSTANCE.createEClass();
		layer.setName("Layer");
		EAttribute thickness = EcoreFactory.eINSTANCE.createEAttribute();
		thickness.setName("thickness");
		thickness.setEType(EcorePackage.Literals.EDOUBLE);
		layer.getEStructuralFeatures().add(thickness);
		pkg.getEClassifiers().add(layer);

		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(pkg.getNsURI(), pkg);
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		Resource out = set.createResource(URI.createURI("memory:/a.stack"));
		EObject li = pkg.getEFactoryInstance().create(layer);
		li.eSet(thickness, 20e-6);
		out.getContents().add(li);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		out.save(bytes, Map.of());

		Resource in = set.createResource(URI.createURI("memory:/b.stack"));
		in.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
		EObject read = in.getContents().get(0);
		assertEquals(20e-6, (Double) read.eGet(thickness), 0.0);

		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
				new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				new BasicCommandStack());
		domain.getCommandStack().execute(SetCommand.create(domain, read, thickness, 50e-6));
		assertEquals(50e-6, (Double) read.eGet(thickness), 0.0);
		domain.getCommandStack().undo();
		assertEquals(20e-6, (Double) read.eGet(thickness), 0.0);
	}

	@Test
	public void platformBundlesLaterIssuesNeedStartInTheProductRuntime() throws Exception {
		for (String id : List.of("org.eclipse.ui.navigator.resources", "org.eclipse.ui.editors",
				"org.eclipse.ui.genericeditor", "org.eclipse.ui.forms", "org.eclipse.ui.views.properties.tabbed",
				"org.eclipse.ui.console", "org.eclipse.debug.ui", "org.eclipse.help.ui", "org.eclipse.emf.ecore.change",
				"org.eclipse.xtext.ide", "org.eclipse.xtext.testing", "org.hipparchus.optim", "org.hipparchus.fitting",
				"org.hipparchus.fft", "org.eclipse.swtchart.extensions")) {
			Bundle bundle = Platform.getBundle(id);
			assertNotNull(bundle, () -> id + " is not in the test runtime");
			bundle.start(Bundle.START_TRANSIENT);
			assertEquals(Bundle.ACTIVE, bundle.getState(), () -> id + " did not start");
		}
	}

	@Test
	public void xtextRuntimeIsThere() {
		assertEquals("Interlayer", Strings.toFirstUpper("interlayer"));
		assertEquals(List.of("a", "b"), Strings.split("a.b", '.'));
	}

	@Test
	public void hipparchusIntegratesExponentialDecayToItsClosedForm() {
		// dc/dt = -c/tau with tau = 2 s: c(3 s) = exp(-1.5)
		double tau = 2.0;
		OrdinaryDifferentialEquation decay = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return 1;
			}

			@Override
			public double[] computeDerivatives(double t, double[] c) {
				return new double[] { -c[0] / tau };
			}
		};
		DormandPrince54Integrator integrator = new DormandPrince54Integrator(1e-8, 1.0, 1e-12, 1e-12);
		ODEStateAndDerivative end = integrator.integrate(decay, new ODEState(0.0, new double[] { 1.0 }), 3.0);
		assertEquals(Math.exp(-1.5), end.getPrimaryState()[0], 1e-9);
	}

	static final class RunOptions {
		@Option(names = "--simulation")
		String simulation;
		@Option(names = "--out")
		Path out;
	}

	@Test
	public void picocliParsesACommandLine() {
		RunOptions options = new RunOptions();
		new CommandLine(options).parseArgs("--simulation", "ccd", "--out", "results");
		assertEquals("ccd", options.simulation);
		assertEquals(Path.of("results"), options.out);
	}

	@Test
	public void natTableAndSwtChartDrawInAShell() throws Exception {
		MutableList<double[]> rows = Lists.mutable.of(new double[] { 0.25, 1.1 }, new double[] { 0.5, 1.4 },
				new double[] { 1.0, 2.3 });
		Display display = Display.getCurrent();
		Shell shell = new Shell(display, SWT.SHELL_TRIM);
		try {
			shell.setText("Stratum target platform check");
			shell.setLayout(new FillLayout(SWT.VERTICAL));
			IDataProvider data = new IDataProvider() {
				@Override
				public Object getDataValue(int column, int row) {
					return rows.get(row)[column];
				}

				@Override
				public void setDataValue(int column, int row, Object value) {
					rows.get(row)[column] = (Double) value;
				}

				@Override
				public int getColumnCount() {
					return 2;
				}

				@Override
				public int getRowCount() {
					return rows.size();
				}
			};
			FormToolkit toolkit = new FormToolkit(display);
			ScrolledForm form = toolkit.createScrolledForm(shell);
			form.setText("Cell stack");
			NatTable table = new NatTable(shell, new DataLayer(data));
			Chart chart = new Chart(shell, SWT.NONE);
			chart.getTitle().setText("CCD staircase");
			ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, "overpotential");
			series.setXSeries(rows.collectDouble(r -> r[0]).toArray());
			series.setYSeries(rows.collectDouble(r -> r[1]).toArray());
			chart.getAxisSet().adjustRange();
			shell.setSize(640, 600);
			shell.open();
			StratumPerspectiveTest.flush();

			assertEquals("Cell stack", form.getText());
			assertEquals(3, table.getRowCount());
			assertEquals(1.4, (Double) table.getDataValueByPosition(1, 1), 0.0);
			assertEquals(3, chart.getSeriesSet().getSeries()[0].getYSeries().length);
			assertTrue(chart.getAxisSet().getXAxis(0).getRange().upper >= 1.0);

			Path shot = StratumPerspectiveTest.screenshotFolder().resolve("target-platform-widgets.png");
			Screenshots.capture(shell, shot);
			assertTrue(Files.size(shot) > 1000);
			toolkit.dispose();
		} finally {
			shell.dispose();
		}
	}
}
