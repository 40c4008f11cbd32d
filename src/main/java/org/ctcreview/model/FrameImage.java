package org.ctcreview.model;

import java.util.List;
import java.util.Objects;

/**
 * One frame's pixels as 12-bit camera intensities (0..4095, fractional after rescaling), one
 * row-major {@code float[width*height]} plane per channel, channel names in page order.
 */
public record FrameImage(int frameNumber, int width, int height, List<String> channels, float[][] planes) {

    public FrameImage {
        channels = List.copyOf(channels);
        Objects.requireNonNull(planes, "planes");
        if (planes.length != channels.size()) {
            throw new IllegalArgumentException(planes.length + " planes for " + channels.size() + " channels");
        }
        for (float[] p : planes) {
            if (p.length != width * height) {
                throw new IllegalArgumentException("plane of " + p.length + " pixels, expected " + width * height);
            }
        }
    }

    /** The plane of a channel by name (case-insensitive), or -1. */
    public int channelIndex(String name) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    public float get(int channel, int x, int y) {
        return planes[channel][y * width + x];
    }
}
