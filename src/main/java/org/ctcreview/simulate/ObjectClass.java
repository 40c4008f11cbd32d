package org.ctcreview.simulate;

/**
 * Ground-truth classes of simulated objects, after Zeune et al. (CTC, tdEV, WBC, CD45-EV, bare nucleus,
 * other) with apoptotic CTCs kept apart: they fail the CellSearch definition of an intact cell, so their
 * truth is "not a CTC", yet operators count some of them.
 */
public enum ObjectClass {
    CTC,
    APOPTOTIC_CTC,
    WBC,
    BARE_NUCLEUS,
    TDEV,
    CD45_EV,
    ARTEFACT
}
