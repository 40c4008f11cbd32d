package org.ctcreview.simulate;

/**
 * How many objects a cartridge holds. Every per-cartridge number refers to a standard 175-frame
 * cartridge and is scaled by {@code frames / 175} for other grids; see {@code simulate/CONFIG.md}.
 *
 * @param wbcMedian median leukocytes per cartridge (lognormal)
 * @param wbcSigma lognormal sigma of leukocytes per cartridge
 * @param wbcMin fewest leukocytes per cartridge
 * @param wbcMax most leukocytes per cartridge
 * @param ctcZeroFraction fraction of patients without any CTC
 * @param ctcParetoAlpha tail index of the Pareto(1, alpha) CTC count of CTC-positive patients
 * @param ctcMax most CTCs per cartridge
 * @param tdevPerCtcMedian median tdEVs per CTC (lognormal per patient)
 * @param tdevPerCtcSigma lognormal sigma of the tdEV-per-CTC ratio
 * @param tdevBaselineMedian median tdEVs per cartridge independent of CTCs
 * @param bareNucleusFraction bare nuclei per leukocyte
 * @param cd45EvFraction CD45+ EVs per leukocyte
 * @param apoptoticPerCtc apoptotic CTCs per CTC
 * @param apoptoticBaselineMedian median apoptotic CTCs per cartridge independent of CTCs
 * @param lookalikePerCtcMedian median gallery look-alikes (CK+ debris on nuclei, point signals) per CTC
 * @param lookalikePerCtcSigma lognormal sigma of the look-alike ratio
 * @param lookalikeBaselineMedian median look-alikes per cartridge independent of CTCs
 * @param debrisPerFrame mean autofluorescent debris particles per frame
 * @param smearsPerFrame mean smears/streaks per frame
 * @param outOfFocusPerFrame mean out-of-focus cells per frame
 * @param lobedWbcFraction leukocytes with a lobed (granulocyte) nucleus
 * @param dimCd45WbcFraction leukocytes with weak CD45 staining
 * @param touchingFraction objects placed touching a neighbour
 */
public record CountConfig(
        double wbcMedian, double wbcSigma, int wbcMin, int wbcMax,
        double ctcZeroFraction, double ctcParetoAlpha, int ctcMax,
        double tdevPerCtcMedian, double tdevPerCtcSigma, double tdevBaselineMedian,
        double bareNucleusFraction, double cd45EvFraction,
        double apoptoticPerCtc, double apoptoticBaselineMedian,
        double lookalikePerCtcMedian, double lookalikePerCtcSigma, double lookalikeBaselineMedian,
        double debrisPerFrame, double smearsPerFrame, double outOfFocusPerFrame,
        double lobedWbcFraction, double dimCd45WbcFraction, double touchingFraction) {

    public static CountConfig defaults() {
        return new CountConfig(
                9000, 0.8, 1500, 60000,
                0.3, 0.55, 3000,
                8, 1.0, 40,
                0.03, 0.05,
                0.35, 3,
                2.2, 0.5, 25,
                1.0, 0.15, 0.4,
                0.35, 0.05, 0.06);
    }
}
