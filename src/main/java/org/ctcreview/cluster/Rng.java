package org.ctcreview.cluster;

/** Small deterministic random streams (SplitMix64 seeding, xorshift64* steps) for negative sampling. */
final class Rng {
    private Rng() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A non-zero state for stream {@code stream} of {@code seed}. */
    static long state(long seed, long stream) {
        long s = mix(seed * 0x9E3779B97F4A7C15L + mix(stream + 0x632BE59BD9B4E019L));
        return s == 0 ? 0x2545F4914F6CDD1DL : s;
    }

    static long next(long s) {
        s ^= s >>> 12;
        s ^= s << 25;
        s ^= s >>> 27;
        return s;
    }

    /** A value in [0, bound) from a state already advanced with {@link #next}. */
    static int below(long s, int bound) {
        long r = (s * 0x2545F4914F6CDD1DL) >>> 32;
        return (int) ((r * bound) >>> 32);
    }
}
