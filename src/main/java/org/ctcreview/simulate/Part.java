package org.ctcreview.simulate;

import java.util.List;

/**
 * One object as built by a factory, centred at the origin before placement.
 *
 * @param sub its sub-population
 * @param diameterUm nominal diameter in micrometres
 * @param blobs what to draw; the blob marked {@code mask} defines its instance mask
 */
record Part(SubPopulation sub, double diameterUm, List<Blob> blobs) {

    /** Radius of the drawn outline around the origin, for placement. */
    double radius() {
        double r = 0;
        for (Blob b : blobs) {
            r = Math.max(r, Math.hypot(b.cx(), b.cy()) + b.outlineReach());
        }
        return r;
    }

    /** Radius of the drawn outline around the first blob's centre (the cell centre). */
    double extent() {
        Blob first = blobs.get(0);
        double r = 0;
        for (Blob b : blobs) {
            r = Math.max(r, Math.hypot(b.cx() - first.cx(), b.cy() - first.cy()) + b.outlineReach());
        }
        return r;
    }

    Part movedBy(double dx, double dy) {
        return new Part(sub, diameterUm, blobs.stream().map(b -> b.movedBy(dx, dy)).toList());
    }
}
