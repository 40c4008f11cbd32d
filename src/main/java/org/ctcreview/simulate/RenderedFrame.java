package org.ctcreview.simulate;

/** A rendered frame: 12-bit planes (DAPI, FITC, CK, CD45), label mask (or null) and per-label statistics. */
record RenderedFrame(float[][] planes, short[] mask, MaskStats stats) {
}
