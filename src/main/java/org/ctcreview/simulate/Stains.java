package org.ctcreview.simulate;

import java.util.SplittableRandom;

/** Turns a patient's gains and the stain config into per-cell intensities and blobs. */
final class Stains {
    static final int DAPI = 0;
    static final int FITC = 1;
    static final int CK = 2;
    static final int CD45 = 3;
    static final double UM_PER_PX = 0.64;

    private final StainConfig stain;
    private final double[] gains;

    Stains(StainConfig stain, double[] gains) {
        this.stain = stain;
        this.gains = gains.clone();
    }

    StainConfig config() {
        return stain;
    }

    /** A cell's intensity in one channel: base x patient gain x cell-to-cell variation. */
    double level(SplittableRandom r, int channel, double base) {
        return base * gains[channel] * Math.exp(stain.cellSigma() * r.nextGaussian());
    }

    static float[] channels(double dapi, double fitc, double ck, double cd45) {
        return new float[] {(float) dapi, (float) fitc, (float) ck, (float) cd45};
    }

    static double px(double um) {
        return um / UM_PER_PX;
    }

    /** A roughly round blob with a little outline wobble. */
    static Blob round(SplittableRandom r, double x, double y, double radius, double ecc, double wobble,
                      double soft, float[] intensity, double fill, double ring, double dome, double texture,
                      double grain, boolean mask) {
        double[][] h = wobble > 0 ? Rand.harmonics(r, 4, wobble) : new double[][] {Blob.NONE, Blob.NONE};
        double e = ecc * r.nextDouble();
        return new Blob(x, y, radius * (1 + e), radius * (1 - e), r.nextDouble() * Math.PI, h[0], h[1], soft,
                intensity, fill, ring, dome, texture, grain, r.nextLong(), mask);
    }
}
