package org.ctcreview.io;

import java.util.Map;

/**
 * The tags of one TIFF page (IFD) that we need, as read by {@link TiffDirectoryReader}:
 * numeric tag values (first value of each tag) and the byte range the image data occupies.
 */
record TiffDirectory(int width, int height, int bitsPerSample, int samplesPerPixel, int compression,
                     long dataEnd, String pageName, Map<Integer, Long> numericTags) {

    /** The first value of a numeric tag, or null when absent. */
    Long tag(int id) {
        return numericTags.get(id);
    }
}
