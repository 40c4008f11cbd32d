package org.ctcreview.simulate;

/**
 * What exactly an object looks like, within its {@link ObjectClass}. "Hard" sub-populations are those
 * on which detectors and operators disagree; "look-alikes" are non-CTCs that CellSearch still puts in
 * the gallery because DAPI and CK overlap on them.
 */
public enum SubPopulation {
    CTC_TYPICAL(ObjectClass.CTC, false, false),
    CTC_IRREGULAR(ObjectClass.CTC, false, false),
    CTC_TEXTURED_CK(ObjectClass.CTC, false, false),
    CTC_DIM_CK(ObjectClass.CTC, true, false),
    CTC_DIM_DAPI(ObjectClass.CTC, true, false),
    CTC_DOUBLET(ObjectClass.CTC, true, false),
    CTC_CLUSTER(ObjectClass.CTC, true, false),
    CTC_SHINE_THROUGH(ObjectClass.CTC, true, false),
    CTC_EXTRA_DAPI(ObjectClass.CTC, true, false),
    CTC_SMALL(ObjectClass.CTC, true, false),
    APOPTOTIC_FRAGMENTED(ObjectClass.APOPTOTIC_CTC, true, false),
    APOPTOTIC_CONDENSED(ObjectClass.APOPTOTIC_CTC, true, false),
    WBC_ROUND(ObjectClass.WBC, false, false),
    WBC_LOBED(ObjectClass.WBC, false, false),
    WBC_DIM_CD45(ObjectClass.WBC, true, false),
    WBC_CK_DEBRIS(ObjectClass.WBC, true, true),
    BARE_NUCLEUS(ObjectClass.BARE_NUCLEUS, false, false),
    BARE_NUCLEUS_CK_DEBRIS(ObjectClass.BARE_NUCLEUS, true, true),
    TDEV_DOT(ObjectClass.TDEV, false, false),
    CD45_EV_DOT(ObjectClass.CD45_EV, false, false),
    ARTEFACT_DEBRIS(ObjectClass.ARTEFACT, false, false),
    ARTEFACT_SMEAR(ObjectClass.ARTEFACT, false, false),
    ARTEFACT_OUT_OF_FOCUS(ObjectClass.ARTEFACT, false, false),
    ARTEFACT_POINT_LIKE(ObjectClass.ARTEFACT, true, true),
    ARTEFACT_CK_DEBRIS(ObjectClass.ARTEFACT, true, true),
    ARTEFACT_EDGE_GLARE(ObjectClass.ARTEFACT, false, false);

    private final ObjectClass objectClass;
    private final boolean hard;
    private final boolean lookalike;

    SubPopulation(ObjectClass objectClass, boolean hard, boolean lookalike) {
        this.objectClass = objectClass;
        this.hard = hard;
        this.lookalike = lookalike;
    }

    public ObjectClass objectClass() {
        return objectClass;
    }

    /** True for ground-truth CTCs (intact, DAPI+, CK+, CD45-). */
    public boolean isCtc() {
        return objectClass == ObjectClass.CTC;
    }

    public boolean isHard() {
        return hard;
    }

    /** A non-CTC with DAPI and CK on the same spot, which CellSearch shows in its gallery. */
    public boolean isLookalike() {
        return lookalike;
    }

    /** Lower-case name for files and tables, e.g. {@code ctc_dim_ck}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
