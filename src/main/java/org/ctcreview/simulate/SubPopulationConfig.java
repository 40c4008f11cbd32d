package org.ctcreview.simulate;

/**
 * Mix of sub-populations within a class (fractions; the rest of the CTCs are typical, the rest of the
 * apoptotic CTCs condensed). Look-alike fractions are normalised to their sum.
 *
 * @param ctcIrregular CTCs with elliptic, irregular outlines
 * @param ctcTexturedCk CTCs with granular, textured CK
 * @param ctcDimCk CTCs with dim CK (hard)
 * @param ctcDimDapi CTCs with dim DAPI (hard)
 * @param ctcDoublet CTC doublets, two touching CTCs (hard)
 * @param ctcCluster small clusters of 3-6 CTCs (hard)
 * @param ctcShineThrough very bright CK cells with a faint copy in CD45 (hard)
 * @param ctcExtraDapi CTCs with extra DAPI spots next to them (hard)
 * @param ctcSmall small CTCs near the 4 um limit (hard)
 * @param apoptoticFragmented apoptotic CTCs with fragmented nuclei and patchy CK (rest: condensed)
 * @param lookalikeWbcCkDebris look-alike: leukocyte with a CK+ particle on it
 * @param lookalikeBareNucleusCkDebris look-alike: bare nucleus with a CK+ particle on it
 * @param lookalikePointLike look-alike: tiny point-like DAPI+CK+ signal
 * @param lookalikeCkDebris look-alike: irregular CK+ debris over a DAPI fragment
 */
public record SubPopulationConfig(
        double ctcIrregular, double ctcTexturedCk, double ctcDimCk, double ctcDimDapi, double ctcDoublet,
        double ctcCluster, double ctcShineThrough, double ctcExtraDapi, double ctcSmall,
        double apoptoticFragmented,
        double lookalikeWbcCkDebris, double lookalikeBareNucleusCkDebris, double lookalikePointLike,
        double lookalikeCkDebris) {

    public static SubPopulationConfig defaults() {
        return new SubPopulationConfig(0.22, 0.12, 0.10, 0.05, 0.05, 0.02, 0.04, 0.05, 0.06,
                0.6, 0.35, 0.15, 0.3, 0.2);
    }
}
