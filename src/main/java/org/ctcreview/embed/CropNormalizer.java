package org.ctcreview.embed;

import java.util.List;

/**
 * The encoder's input normalisation, the one place it is implemented: per crop and channel, over the whole
 * plane, {@code x = low + (high - low) * (v - min) / (max - min)}; a flat plane (max == min) becomes
 * {@code low}. With the card's range [-1, 1] this is the training code's {@code 2 * (v - min) / (max - min) - 1}.
 * Being min-max, it gives the same result for stored 8-bit values and for rescaled camera intensities.
 */
public final class CropNormalizer {
    private final float low;
    private final float high;

    private CropNormalizer(float low, float high) {
        if (!(low < high)) {
            throw new IllegalArgumentException("normalisation range [" + low + ", " + high + "] is empty");
        }
        this.low = low;
        this.high = high;
    }

    public static CropNormalizer of(float low, float high) {
        return new CropNormalizer(low, high);
    }

    public static CropNormalizer of(EncoderCard card) {
        return of(card.rangeLow(), card.rangeHigh());
    }

    /**
     * Normalises {@code planes} (one row-major plane per channel, all of one length) into {@code dest} from
     * {@code offset} on, channel after channel. Throws {@link IllegalArgumentException} naming the channel and
     * pixel when a value is NaN or infinite.
     */
    public void into(float[][] planes, List<String> channelNames, float[] dest, int offset) {
        int at = offset;
        for (int c = 0; c < planes.length; c++) {
            float[] p = planes[c];
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < p.length; i++) {
                float v = p[i];
                if (!Float.isFinite(v)) {
                    int side = (int) Math.round(Math.sqrt(p.length));
                    String name = c < channelNames.size() ? channelNames.get(c) : "channel " + c;
                    throw new IllegalArgumentException("the " + name + " plane holds " + v + " at pixel (x "
                            + (i % side) + ", y " + (i / side) + ")");
                }
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double span = (double) max - min;
            double scale = high - low;
            for (int i = 0; i < p.length; i++) {
                dest[at + i] = span > 0 ? (float) (low + scale * ((p[i] - (double) min) / span)) : low;
            }
            at += p.length;
        }
    }

    /** Normalises one crop into a new array of {@code channels * pixels} values. */
    public float[] apply(float[][] planes, List<String> channelNames) {
        int n = 0;
        for (float[] p : planes) {
            n += p.length;
        }
        float[] out = new float[n];
        into(planes, channelNames, out, 0);
        return out;
    }
}
