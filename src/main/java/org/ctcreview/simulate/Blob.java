package org.ctcreview.simulate;

/**
 * One drawing primitive: an ellipse with a wavy outline (radial harmonics), a soft edge and an intensity
 * per channel. A cell is a few blobs (nucleus, cytoplasm or membrane); a smear is one very long blob.
 *
 * @param cx centre x, frame pixels
 * @param cy centre y, frame pixels
 * @param a semi-axis along {@code angle}, pixels
 * @param b semi-axis across {@code angle}, pixels
 * @param angle orientation in radians
 * @param harmonics amplitudes of the outline harmonics k = 2, 3, ... (relative radius change)
 * @param phases phases of the harmonics
 * @param soft edge width in pixels (optical blur)
 * @param intensity peak signal per channel, page order DAPI, FITC, CK, CD45
 * @param fill level of the filled interior (0..1)
 * @param ring level of a membrane ring at the outline (0..1)
 * @param dome extra brightness towards the centre (relative)
 * @param texture amplitude of multiplicative texture (0 = smooth; above 1 = patchy)
 * @param textureScale texture grain in pixels
 * @param textureSeed seed of the texture pattern
 * @param mask whether this blob defines the object's instance mask
 */
record Blob(double cx, double cy, double a, double b, double angle, double[] harmonics, double[] phases,
            double soft, float[] intensity, double fill, double ring, double dome, double texture,
            double textureScale, long textureSeed, boolean mask) {

    static final double[] NONE = new double[0];

    /** Radius that bounds the drawn signal (outline plus soft edge). */
    double reach() {
        double wave = 0;
        for (double h : harmonics) {
            wave += Math.abs(h);
        }
        return Math.max(a, b) * (1 + wave) + 3 * soft + 1;
    }

    /** Radius that bounds the outline itself. */
    double outlineReach() {
        double wave = 0;
        for (double h : harmonics) {
            wave += Math.abs(h);
        }
        return Math.max(a, b) * (1 + wave);
    }

    Blob movedBy(double dx, double dy) {
        return new Blob(cx + dx, cy + dy, a, b, angle, harmonics, phases, soft, intensity, fill, ring, dome, texture,
                textureScale, textureSeed, mask);
    }

    Blob blurred(double newSoft, double gain) {
        float[] dim = intensity.clone();
        for (int i = 0; i < dim.length; i++) {
            dim[i] *= (float) gain;
        }
        return new Blob(cx, cy, a, b, angle, harmonics, phases, newSoft, dim, fill, ring * 0.3, 0, 0, textureScale,
                textureSeed, mask);
    }
}
