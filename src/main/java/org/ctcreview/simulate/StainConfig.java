package org.ctcreview.simulate;

/**
 * Staining intensities above background on the 12-bit scale (0..4095), before per-patient gains.
 *
 * @param dapiWbc peak DAPI of a leukocyte nucleus
 * @param dapiCtc peak DAPI of a CTC nucleus
 * @param cd45Wbc peak CD45 of a leukocyte membrane ring
 * @param ckCtc mean CK of a CTC cytoplasm
 * @param ckTdev peak CK of a tdEV
 * @param cd45Ev peak CD45 of a CD45+ EV
 * @param cellSigma lognormal sigma of a cell's intensity around the mean (per channel)
 * @param patientGainSigma lognormal sigma of a patient's staining gain (per channel)
 * @param ckBleedIntoCd45 fraction of CK that every object shows in CD45 (spectral bleed)
 * @param shineThroughBleed fraction of CK that shine-through CTCs show in CD45
 */
public record StainConfig(double dapiWbc, double dapiCtc, double cd45Wbc, double ckCtc, double ckTdev,
                          double cd45Ev, double cellSigma, double patientGainSigma, double ckBleedIntoCd45,
                          double shineThroughBleed) {

    public static StainConfig defaults() {
        return new StainConfig(1800, 1900, 1100, 1700, 1100, 900, 0.3, 0.25, 0.012, 0.12);
    }
}
