package org.stratum.engine.build;

/**
 * The loaded flaw length per type of face that meets the electrolyte: the only fitted constants of the
 * stack model (calibrated on seed 000's bare and SC cells, see {@link org.stratum.engine.calibration.Calibration}).
 *
 * @param lithiumMetal a Li-metal face covers every flaw mouth, m
 * @param carbonScaffold a carbon scaffold feeds Li only through its contact spots, m
 */
public record FaceLengths(double lithiumMetal, double carbonScaffold) {
}
