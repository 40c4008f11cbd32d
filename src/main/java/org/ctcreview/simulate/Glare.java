package org.ctcreview.simulate;

/**
 * Bright glare along one side of an edge frame, where the cartridge wall shows.
 *
 * @param side which side of the frame faces the cartridge edge
 * @param peak glare at the frame border, 12-bit
 * @param width decay length in pixels
 * @param seed seed of the ragged glare front
 */
record Glare(Side side, double peak, double width, long seed) {

    enum Side { TOP, BOTTOM, LEFT, RIGHT }

    /** Relative glare per channel (DAPI, FITC, CK, CD45): the wall shines most in FITC and PE. */
    static final double[] CHANNEL_WEIGHT = {0.55, 1.0, 0.8, 0.45};

    /** Extent of clearly visible glare from the border, pixels (the ground-truth box of the artefact). */
    int reach() {
        return (int) Math.ceil(width * 5);
    }

    /** How far the glare is painted: until it fades below one count, so it never ends in a visible step. */
    int paintReach() {
        return (int) Math.ceil(width * 16);
    }
}
