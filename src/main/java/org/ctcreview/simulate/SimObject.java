package org.ctcreview.simulate;

import java.util.List;

/**
 * A placed object of one frame, before rendering.
 *
 * @param frame 1-based frame number
 * @param maskId instance id in the frame's label mask (0 = drawn without a mask, e.g. edge glare)
 * @param groupId mask id of the first cell of its doublet/cluster (its own id otherwise)
 * @param sub sub-population
 * @param diameterUm nominal diameter in micrometres
 * @param x0 planned bounding box, frame pixels (inclusive), used when the mask is empty
 * @param y0 planned bounding box
 * @param x1 planned bounding box
 * @param y1 planned bounding box
 * @param blobs what to draw
 */
record SimObject(int frame, int maskId, int groupId, SubPopulation sub, double diameterUm,
                 int x0, int y0, int x1, int y1, List<Blob> blobs) {

    static SimObject of(int frame, int maskId, int groupId, Part part, int width, int height) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Blob b : part.blobs()) {
            if (b.mask()) {
                double reach = b.outlineReach();
                minX = Math.min(minX, b.cx() - reach);
                minY = Math.min(minY, b.cy() - reach);
                maxX = Math.max(maxX, b.cx() + reach);
                maxY = Math.max(maxY, b.cy() + reach);
            }
        }
        return new SimObject(frame, maskId, groupId, part.sub(), part.diameterUm(),
                clamp((int) Math.floor(minX), width), clamp((int) Math.floor(minY), height),
                clamp((int) Math.ceil(maxX), width), clamp((int) Math.ceil(maxY), height), part.blobs());
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }
}
