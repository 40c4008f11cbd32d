package org.ctcreview.model;

import java.util.List;

/**
 * A square crop around one cell: one row-major plane of {@code size*size} intensities per channel,
 * channels normally DAPI, CK, CD45 (the pipeline's 3x48x48 input).
 */
public record CellCrop(int size, List<String> channels, float[][] planes) {
    public static final int DEFAULT_SIZE = 48;

    public CellCrop {
        channels = List.copyOf(channels);
        if (planes.length != channels.size()) {
            throw new IllegalArgumentException(planes.length + " planes for channels " + channels);
        }
        for (float[] p : planes) {
            if (p.length != size * size) {
                throw new IllegalArgumentException("crop plane of " + p.length + " values, expected " + size * size);
            }
        }
    }

    /**
     * Cuts a {@code size x size} window centred on {@code (cx, cy)} out of {@code w x h} planes, shifted
     * inward where it would cross the border (as the reference method does); smaller sources are zero-padded.
     */
    public static CellCrop cut(float[][] source, int w, int h, List<String> channels, double cx, double cy, int size) {
        int x0 = clampStart((int) Math.round(cx - size / 2.0), w, size);
        int y0 = clampStart((int) Math.round(cy - size / 2.0), h, size);
        float[][] out = new float[source.length][size * size];
        for (int c = 0; c < source.length; c++) {
            for (int y = 0; y < size; y++) {
                int sy = y0 + y;
                if (sy < 0 || sy >= h) {
                    continue;
                }
                for (int x = 0; x < size; x++) {
                    int sx = x0 + x;
                    if (sx >= 0 && sx < w) {
                        out[c][y * size + x] = source[c][sy * w + sx];
                    }
                }
            }
        }
        return new CellCrop(size, channels, out);
    }

    /** Left/top edge of a {@code size} window centred on {@code centre}, shifted inward at the borders. */
    public static int windowStart(double centre, int extent, int size) {
        return clampStart((int) Math.round(centre - size / 2.0), extent, size);
    }

    private static int clampStart(int start, int extent, int size) {
        if (extent <= size) {
            return (extent - size) / 2;
        }
        return Math.max(0, Math.min(extent - size, start));
    }
}
