package org.ctcreview.io;

/** Which private TIFF tags hold the low and high rescale values. */
public record RescaleTags(int lowTag, int highTag) {

    public static RescaleTags defaults() {
        return new RescaleTags(CellTracksFormat.DEFAULT_LOW_TAG, CellTracksFormat.DEFAULT_HIGH_TAG);
    }
}
