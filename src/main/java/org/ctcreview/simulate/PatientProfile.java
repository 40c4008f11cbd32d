package org.ctcreview.simulate;

import java.util.Map;

/**
 * One simulated patient: cancer type, how many objects of each sub-population the cartridge holds (units:
 * a doublet or cluster is one unit), which frame each unit lies in, and the patient's staining and
 * background levels.
 *
 * @param index 0-based patient index
 * @param code patient code, e.g. P001
 * @param cancerType cancer type (sets the CTC size)
 * @param units units per sub-population for the whole cartridge
 * @param frameUnits units per frame (row = frame number - 1) and sub-population ordinal
 * @param gains staining gain per channel (DAPI, FITC, CK, CD45)
 * @param background background level per channel
 * @param noiseScale multiplier on camera noise
 * @param glareSides chance per outer side of an edge frame to show glare
 */
record PatientProfile(int index, String code, CancerType cancerType, Map<SubPopulation, Integer> units,
                      int[][] frameUnits, double[] gains, double[] background, double noiseScale,
                      double glareSides) {

    int unitsOf(SubPopulation sub) {
        return units.getOrDefault(sub, 0);
    }

    int[] unitsInFrame(int frameNumber) {
        return frameUnits[frameNumber - 1];
    }
}
