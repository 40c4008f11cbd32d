package org.ctcreview.io;

/**
 * How one 8-bit page maps back to 12-bit camera intensities:
 * {@code intensity = low + v * (high - low) / maxValue}, where {@code maxValue} is the page's largest
 * 8-bit value. {@code fromTags} is false when the page had no rescale tags and a plain x16 stretch was used.
 */
public record PageRescale(String channel, int low, int high, int maxValue, boolean fromTags) {

    public float intensity(int v) {
        return maxValue == 0 ? low : low + v * (float) (high - low) / maxValue;
    }
}
