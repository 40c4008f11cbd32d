package org.ctcreview.simulate;

import java.util.Locale;

/** Cancer types with the median CTC diameter reported for CellSearch (domain notes, section 3). */
public enum CancerType {
    BREAST(12.4),
    PROSTATE(10.3),
    COLORECTAL(7.5),
    BLADDER(8.6);

    private final double ctcDiameterUm;

    CancerType(double ctcDiameterUm) {
        this.ctcDiameterUm = ctcDiameterUm;
    }

    public double ctcDiameterUm() {
        return ctcDiameterUm;
    }

    /** Parses a name case-insensitively, e.g. "breast". */
    public static CancerType parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
