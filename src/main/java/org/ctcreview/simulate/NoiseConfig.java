package org.ctcreview.simulate;

/**
 * Background and camera noise, 12-bit scale.
 *
 * @param backgroundDapi mean DAPI background
 * @param backgroundFitc mean FITC background
 * @param backgroundCk mean CK background
 * @param backgroundCd45 mean CD45 background
 * @param backgroundPatientSigma lognormal sigma of a patient's background level (per channel)
 * @param unevenness relative amplitude of the smooth, uneven background field
 * @param vignetting relative darkening of frame corners
 * @param readNoise standard deviation of camera read noise
 * @param shotGain variance of shot noise per unit of signal (noise sd = sqrt(read^2 + gain * signal))
 * @param hotPixelsPerFrame bright single-pixel speckles per channel of a 1384 x 1036 frame (scaled by area)
 * @param edgeGlarePeak peak glare at the cartridge edge (edge frames only)
 * @param edgeGlareWidthPx decay length of the edge glare in pixels
 */
public record NoiseConfig(double backgroundDapi, double backgroundFitc, double backgroundCk, double backgroundCd45,
                          double backgroundPatientSigma, double unevenness, double vignetting, double readNoise,
                          double shotGain, int hotPixelsPerFrame, double edgeGlarePeak, double edgeGlareWidthPx) {

    public static NoiseConfig defaults() {
        return new NoiseConfig(90, 70, 120, 110, 0.3, 0.2, 0.15, 6, 0.8, 200, 2500, 60);
    }

    double[] backgrounds() {
        return new double[] {backgroundDapi, backgroundFitc, backgroundCk, backgroundCd45};
    }
}
