package org.ctcreview.simulate;

import java.util.SplittableRandom;

/**
 * A fixed table of standard normal variates read with a random start and odd stride per row: camera
 * noise at table-lookup speed, still reproducible and without visible repetition.
 */
final class NoiseTable {
    private static final int BITS = 18;
    private static final int MASK = (1 << BITS) - 1;
    private static final float[] GAUSS = build();

    private NoiseTable() {
    }

    private static float[] build() {
        SplittableRandom r = new SplittableRandom(0x4E4F495345L);
        float[] t = new float[1 << BITS];
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) r.nextGaussian();
        }
        return t;
    }

    /**
     * Adds signal-dependent noise to one row: {@code v += g * sqrt(read^2 + gain * v) * scale}, clamped
     * to 0..4095.
     */
    static void addRow(float[] plane, int from, int count, double read, double gain, double scale, SplittableRandom r) {
        int pos = r.nextInt() & MASK;
        int stride = (r.nextInt(1 << (BITS - 1)) << 1) | 1;
        float read2 = (float) (read * read);
        float g = (float) gain;
        float s = (float) scale;
        for (int i = from, end = from + count; i < end; i++) {
            float v = plane[i];
            float sd = (float) Math.sqrt(read2 + g * Math.max(v, 0f)) * s;
            v += sd * GAUSS[pos];
            pos = (pos + stride) & MASK;
            plane[i] = v < 0 ? 0 : Math.min(v, 4095f);
        }
    }
}
