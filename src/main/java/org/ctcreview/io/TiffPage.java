package org.ctcreview.io;

import java.util.Map;
import java.util.TreeMap;

/**
 * One grayscale page to write: 8- or 16-bit samples, an optional page name and extra SHORT tags
 * (CellTracks keeps its rescale values in private tags).
 */
public record TiffPage(int width, int height, int bitsPerSample, byte[] samples8, short[] samples16,
                       String pageName, Map<Integer, Integer> shortTags) {

    public TiffPage {
        if (bitsPerSample != 8 && bitsPerSample != 16) {
            throw new IllegalArgumentException("only 8- or 16-bit pages are written, not " + bitsPerSample);
        }
        int n = width * height;
        if (bitsPerSample == 8 && (samples8 == null || samples8.length != n)) {
            throw new IllegalArgumentException("8-bit page needs " + n + " samples");
        }
        if (bitsPerSample == 16 && (samples16 == null || samples16.length != n)) {
            throw new IllegalArgumentException("16-bit page needs " + n + " samples");
        }
        shortTags = shortTags == null ? Map.of() : Map.copyOf(new TreeMap<>(shortTags));
    }

    public static TiffPage gray8(int width, int height, byte[] samples, String pageName, Map<Integer, Integer> tags) {
        return new TiffPage(width, height, 8, samples, null, pageName, tags);
    }

    public static TiffPage gray16(int width, int height, short[] samples) {
        return new TiffPage(width, height, 16, null, samples, null, Map.of());
    }
}
