package org.ctcreview.simulate;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/** Turns 12-bit planes into pictures: RGB composite (CD45 red, CK green, DAPI blue) or one channel in grey. */
final class Composite {
    private Composite() {
    }

    /** Contrast limits per channel from percentiles of the planes. */
    private static final double MIN_SPAN = 300;

    static double[][] autoContrast(float[][] planes, double lowPercentile, double highPercentile) {
        double[][] limits = new double[planes.length][];
        for (int c = 0; c < planes.length; c++) {
            float[] sample = sample(planes[c], 200_000);
            Arrays.sort(sample);
            double lo = sample[(int) Math.min(sample.length - 1, lowPercentile / 100 * sample.length)];
            double hi = sample[(int) Math.min(sample.length - 1, highPercentile / 100 * sample.length)];
            double median = sample[sample.length / 2];
            double noise = Math.max(1, median - lo);
            // a channel with no bright object must stay dark: never stretch less than 12 noise widths
            limits[c] = new double[] {lo, Math.max(lo + 12 * noise, Math.max(lo + MIN_SPAN, hi))};
        }
        return limits;
    }

    private static float[] sample(float[] plane, int n) {
        if (plane.length <= n) {
            return plane.clone();
        }
        float[] out = new float[n];
        double step = plane.length / (double) n;
        for (int i = 0; i < n; i++) {
            out[i] = plane[(int) (i * step)];
        }
        return out;
    }

    /** RGB composite of a region, each source pixel drawn as a {@code zoom x zoom} block. */
    static void drawRgb(BufferedImage img, int atX, int atY, float[][] planes, int width, int x0, int y0, int w, int h,
                        double[][] limits, int zoom) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y0 + y) * width + x0 + x;
                int red = scale(planes[Stains.CD45][i], limits[Stains.CD45]);
                int green = scale(planes[Stains.CK][i], limits[Stains.CK]);
                int blue = scale(planes[Stains.DAPI][i], limits[Stains.DAPI]);
                fill(img, atX + x * zoom, atY + y * zoom, zoom, (red << 16) | (green << 8) | blue);
            }
        }
    }

    /** One channel of a region in grey. */
    static void drawGrey(BufferedImage img, int atX, int atY, float[] plane, int width, int x0, int y0, int w, int h,
                         double[] limits, int zoom) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = scale(plane[(y0 + y) * width + x0 + x], limits);
                fill(img, atX + x * zoom, atY + y * zoom, zoom, (v << 16) | (v << 8) | v);
            }
        }
    }

    private static void fill(BufferedImage img, int x, int y, int zoom, int rgb) {
        for (int dy = 0; dy < zoom; dy++) {
            for (int dx = 0; dx < zoom; dx++) {
                img.setRGB(x + dx, y + dy, rgb);
            }
        }
    }

    private static int scale(float v, double[] limits) {
        double t = (v - limits[0]) / (limits[1] - limits[0]);
        return (int) Math.round(255 * Math.max(0, Math.min(1, t)));
    }
}
