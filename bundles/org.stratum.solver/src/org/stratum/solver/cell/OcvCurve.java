package org.stratum.solver.cell;

import java.util.Locale;
import java.util.Map;

/**
 * A cathode's open-circuit voltage against Li/Li+ over its state of charge (0 = discharged, fully lithiated;
 * 1 = charged to its nominal capacity), tabulated and interpolated linearly, clamped at the ends.
 *
 * @param name   the active material
 * @param soc    increasing states of charge from 0 to 1
 * @param volts  OCV at those states, V
 * @param source where the shape comes from
 */
public record OcvCurve(String name, double[] soc, double[] volts, String source) {

	/** LiCoO2 (also coated with LiNbO3 or LiZrO2, which does not change its OCV). */
	public static final OcvCurve LCO = new OcvCurve("LiCoO2",
			new double[] { 0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1 },
			new double[] { 3.00, 3.60, 3.85, 3.89, 3.91, 3.93, 3.94, 3.96, 4.00, 4.05, 4.09, 4.14, 4.20, 4.24, 4.30 },
			"shape of Li_xCoO2 from Reimers and Dahn, J. Electrochem. Soc. 139 (1992) 2091, mapped onto the nominal capacity to 4.3 V, with the steep fall of full lithiation; estimate");
	/** LiNi0.8Co0.1Mn0.1O2. */
	public static final OcvCurve NCM811 = new OcvCurve("NCM811",
			new double[] { 0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1 },
			new double[] { 2.80, 3.40, 3.55, 3.62, 3.68, 3.74, 3.79, 3.85, 3.91, 3.98, 4.05, 4.12, 4.19, 4.24, 4.30 },
			"shape of NCM811 low-rate curves from Noh et al., J. Power Sources 233 (2013) 121, mapped onto the nominal capacity to 4.3 V; estimate");
	/** LiFePO4: the two-phase plateau. */
	public static final OcvCurve LFP = new OcvCurve("LiFePO4",
			new double[] { 0, 0.02, 0.05, 0.1, 0.5, 0.9, 0.95, 0.98, 1 },
			new double[] { 2.80, 3.30, 3.38, 3.41, 3.43, 3.45, 3.48, 3.55, 3.80 },
			"3.45 V plateau of Padhi, Nanjundaswamy and Goodenough, J. Electrochem. Soc. 144 (1997) 1188, with estimated end slopes");

	private static final Map<String, OcvCurve> BY_MATERIAL = Map.of("lco", LCO, "lco-lzo", LCO, "lco-lno", LCO, "lco-linbo3", LCO, "ncm811", NCM811,
			"lfp", LFP);

	public OcvCurve {
		if (soc.length != volts.length || soc.length < 2 || soc[0] != 0 || soc[soc.length - 1] != 1) {
			throw new IllegalArgumentException("an OCV table needs matching states of charge from 0 to 1");
		}
	}

	/** The curve of a library material id (case-insensitive), or null when none is tabulated. */
	public static OcvCurve forMaterial(String id) {
		return id == null ? null : BY_MATERIAL.get(id.toLowerCase(Locale.ROOT));
	}

	/** Material ids that have a curve, for messages. */
	public static String known() {
		return "LCO (bare, LiZrO2- or LiNbO3-coated), NCM811, LFP";
	}

	/** OCV at a state of charge, V. */
	public double voltage(double state) {
		if (state <= 0) {
			return volts[0];
		}
		for (int k = 1; k < soc.length; k++) {
			if (state <= soc[k]) {
				double w = (state - soc[k - 1]) / (soc[k] - soc[k - 1]);
				return volts[k - 1] + w * (volts[k] - volts[k - 1]);
			}
		}
		return volts[volts.length - 1];
	}
}
