package org.stratum.ui.results;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.stratum.engine.results.ResultUnits;
import org.stratum.engine.results.CycleCurves;
import org.stratum.engine.results.MeasuredData;
import org.stratum.engine.results.RunFolder;
import org.stratum.engine.results.RunMetrics;
import org.stratum.engine.results.RunSeries;
import org.stratum.engine.results.SeriesColumn;
import org.stratum.engine.results.Spectrum;
import org.stratum.solver.program.Discharge;

/** The pages of the results editor, in tab order, and the charts they draw from a run's typed results. */
public final class ResultPages {

	public static final String SUMMARY = "Summary";
	public static final String VOLTAGE = "Voltage";
	public static final String CCD = "CCD";
	public static final String CAPACITY = "Capacity";
	public static final String VOLTAGE_CAPACITY = "Voltage vs Capacity";
	public static final String IMPEDANCE = "Impedance";
	public static final String INTERFACIAL_RESISTANCE = "Interfacial Resistance";
	public static final String LI_PLATED = "Li Plated";
	public static final String DENDRITE_FRONT = "Dendrite Front";

	/** Every page, in tab order. */
	public static final List<ResultPage> ALL = List.of(new ResultPage(SUMMARY, run -> true, SummaryPage::new),
			new ResultPage(DENDRITE_FRONT, DendriteFrontPage::appliesTo, DendriteFrontPage::new),
			new ResultPage(VOLTAGE, run -> run.series().size() > 0, ResultPages::voltage),
			new ResultPage(CCD, run -> Double.isFinite(run.summary().metrics().criticalCurrentDensity()), ResultPages::ccd),
			new ResultPage(CAPACITY, run -> run.summary().metrics().hasDischarges(), ResultPages::capacity),
			new ResultPage(VOLTAGE_CAPACITY, run -> run.summary().metrics().hasDischarges(), VoltageCapacityPage::new),
			new ResultPage(IMPEDANCE, run -> !run.spectra().isEmpty(), ResultPages::impedance),
			new ResultPage(INTERFACIAL_RESISTANCE, run -> !run.summary().metrics().impedanceFit().isEmpty(), ResultPages::interfacialResistance),
			new ResultPage(LI_PLATED, run -> run.series().size() > 0 && !MeasuredData.MODEL.equals(run.summary().model()), ResultPages::plated));

	/** How many spectra the impedance page draws at most (first, last and evenly between): more would be unreadable. */
	private static final int SPECTRA_SHOWN = 8;

	private ResultPages() {
	}

	/** Hours of every sample. */
	static double[] hours(RunSeries series) {
		double[] t = series.values(SeriesColumn.TIME);
		for (int k = 0; k < t.length; k++) {
			t[k] = ResultUnits.HOUR.fromSI(t[k]);
		}
		return t;
	}

	static double[] in(double[] si, org.stratum.model.units.Unit unit) {
		double[] v = si.clone();
		for (int k = 0; k < v.length; k++) {
			v[k] = unit.fromSI(v[k]);
		}
		return v;
	}

	/** A full cell's volts read best in V, a symmetric cell's polarisation in mV (as the run's PNG). */
	static boolean inVolts(RunSeries series) {
		for (int k = 0; k < series.size(); k++) {
			if (Math.abs(series.value(SeriesColumn.VOLTAGE, k)) > 1) {
				return true;
			}
		}
		return false;
	}

	private static Control voltage(Composite parent, RunFolder run) {
		RunSeries s = run.series();
		boolean volts = inVolts(s);
		ResultChart chart = new ResultChart(parent, run.summary().simulation() + ": voltage and current", "time / h", volts ? "voltage / V" : "voltage / mV");
		double[] t = hours(s);
		double[] v = volts ? s.values(SeriesColumn.VOLTAGE) : in(s.values(SeriesColumn.VOLTAGE), ResultUnits.MILLIVOLT);
		chart.line("voltage", t, v);
		int current = chart.secondAxis("current density / mA/cm2");
		chart.line("current density", t, in(s.values(SeriesColumn.CURRENT_DENSITY), ResultUnits.MA_PER_CM2), current);
		double shortTime = run.summary().metrics().shortTime();
		if (Double.isFinite(shortTime)) {
			chart.marker("short", ResultUnits.HOUR.fromSI(shortTime), min(v), max(v));
		}
		chart.resetZoom();
		return chart;
	}

	private static Control ccd(Composite parent, RunFolder run) {
		RunMetrics m = run.summary().metrics();
		ResultChart chart = new ResultChart(parent, run.summary().simulation() + ": CCD staircase, short at "
				+ MetricRow.format(ResultUnits.MA_PER_CM2.fromSI(m.criticalCurrentDensity())) + " mA/cm2", "time / h", "current density / mA/cm2");
		double[] j = in(run.series().values(SeriesColumn.CURRENT_DENSITY), ResultUnits.MA_PER_CM2);
		for (int k = 0; k < j.length; k++) {
			j[k] = Math.abs(j[k]); // the staircase's magnitude: a CCD ramp alternates plating and stripping
		}
		chart.line("current density", hours(run.series()), j);
		chart.points("short", new double[] { ResultUnits.HOUR.fromSI(m.shortTime()) },
				new double[] { ResultUnits.MA_PER_CM2.fromSI(m.criticalCurrentDensity()) }, 0).setSymbolSize(7);
		chart.resetZoom();
		return chart;
	}

	private static Control capacity(Composite parent, RunFolder run) {
		List<Discharge> d = run.summary().metrics().discharges();
		ResultChart chart = new ResultChart(parent, run.summary().simulation() + ": discharge capacity and Coulombic efficiency", "discharge",
				"capacity / mAh/cm2");
		double[] n = new double[d.size()], q = new double[d.size()], ce = new double[d.size()];
		for (int k = 0; k < n.length; k++) {
			n[k] = k + 1;
			q[k] = ResultUnits.MAH_PER_CM2.fromSI(d.get(k).charge());
			ce[k] = ResultUnits.PERCENT.fromSI(d.get(k).coulombicEfficiency());
		}
		chart.points("discharge capacity", n, q, 0);
		chart.points("Coulombic efficiency", n, ce, chart.secondAxis("Coulombic efficiency / %"));
		chart.resetZoom();
		return chart;
	}

	private static Control impedance(Composite parent, RunFolder run) {
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		ResultChart nyquist = new ResultChart(sash, run.summary().simulation() + ": Nyquist", "Z' / Ohm", "-Z'' / Ohm");
		ResultChart bode = new ResultChart(sash, run.summary().simulation() + ": Bode", "frequency / Hz", "|Z| / Ohm");
		int phase = bode.secondAxis("phase / deg");
		List<Spectrum> spectra = run.spectra();
		int step = Math.max(1, (spectra.size() + SPECTRA_SHOWN - 2) / (SPECTRA_SHOWN - 1));
		for (int k = 0; k < spectra.size(); k++) {
			if (k % step != 0 && k != spectra.size() - 1) {
				continue;
			}
			Spectrum sp = spectra.get(k);
			String name = "t = " + MetricRow.format(ResultUnits.HOUR.fromSI(sp.time())) + " h";
			double[] minusIm = sp.imaginary().clone();
			for (int i = 0; i < minusIm.length; i++) {
				minusIm[i] = -minusIm[i];
			}
			nyquist.line(name, sp.real(), minusIm);
			bode.line("|Z| " + name, sp.frequency(), sp.modulus());
			bode.line("phase " + name, sp.frequency(), sp.phaseDegrees(), phase);
		}
		bode.logX();
		bode.logY();
		nyquist.equalScale();
		nyquist.resetZoom();
		bode.resetZoom();
		return sash;
	}

	private static Control interfacialResistance(Composite parent, RunFolder run) {
		List<RunMetrics.CircuitFit> fits = run.summary().metrics().impedanceFit();
		ResultChart chart = new ResultChart(parent, run.summary().simulation() + ": equivalent circuit at each spectrum", "time / h", "R / Ohm cm2");
		double[] t = new double[fits.size()], rInt = new double[fits.size()], rBulk = new double[fits.size()], rGb = new double[fits.size()];
		for (int k = 0; k < t.length; k++) {
			t[k] = ResultUnits.HOUR.fromSI(fits.get(k).time());
			rInt[k] = ResultUnits.OHM_CM2.fromSI(fits.get(k).interfacial());
			rBulk[k] = ResultUnits.OHM_CM2.fromSI(fits.get(k).bulk());
			rGb[k] = ResultUnits.OHM_CM2.fromSI(fits.get(k).grainBoundary());
		}
		chart.points("R_int", t, rInt, 0);
		chart.points("R_bulk and layers", t, rBulk, 0);
		chart.points("R_gb", t, rGb, 0);
		chart.resetZoom();
		return chart;
	}

	private static Control plated(Composite parent, RunFolder run) {
		ResultChart chart = new ResultChart(parent, run.summary().simulation() + ": Li plated by location", "time / h", "Li plated / mAh/cm2");
		double[] t = hours(run.series());
		for (RunMetrics.Location l : RunMetrics.Location.values()) {
			chart.line(l.label(), t, in(run.series().values(SeriesColumn.plated(l)), ResultUnits.MAH_PER_CM2));
		}
		chart.resetZoom();
		return chart;
	}

	/** The curves of the chosen cycles, for {@link VoltageCapacityPage}. */
	static void cycleCurves(ResultChart chart, RunSeries series, List<Integer> cycles) {
		for (Integer cycle : cycles) {
			for (CycleCurves.Curve c : CycleCurves.of(series, cycle)) {
				chart.line("cycle " + cycle + " " + c.half().name().toLowerCase(java.util.Locale.ROOT), in(c.capacity(), ResultUnits.MAH_PER_CM2),
						c.voltage());
			}
		}
	}

	private static double min(double[] v) {
		return java.util.Arrays.stream(v).filter(Double::isFinite).min().orElse(0);
	}

	private static double max(double[] v) {
		return java.util.Arrays.stream(v).filter(Double::isFinite).max().orElse(1);
	}
}
