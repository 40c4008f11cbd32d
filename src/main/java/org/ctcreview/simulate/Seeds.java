package org.ctcreview.simulate;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the cohort seed, so that a frame renders the
 * same pixels whichever thread draws it and in whatever order.
 */
final class Seeds {
    static final long PATIENT = 0x5041_5449_454EL;
    static final long FRAME = 0x4652_414DL;
    static final long EVENTS = 0x4556_454EL;
    static final long PREVIEW = 0x5052_4556L;

    private Seeds() {
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long derive(long seed, long... parts) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        for (long p : parts) {
            h = mix(h + 0x9E3779B97F4A7C15L + p);
        }
        return h;
    }

    static SplittableRandom random(long seed, long... parts) {
        return new SplittableRandom(derive(seed, parts));
    }
}
