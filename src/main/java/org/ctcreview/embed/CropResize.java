package org.ctcreview.embed;

import java.util.ArrayList;
import java.util.List;

/**
 * Bilinear resizing of square crop planes to an encoder's input size, with half-pixel centres as PyTorch's
 * {@code interpolate(mode="bilinear", align_corners=False)}; for encoders whose card asks for it (a converted
 * 224 px model fed our 48 px crops). Planes that are not square, or already the size, pass unchanged (the
 * encoder's shape check reports them).
 */
final class CropResize {
    private CropResize() {
    }

    static List<float[][]> toSize(List<float[][]> crops, int size) {
        List<float[][]> out = new ArrayList<>(crops.size());
        for (float[][] crop : crops) {
            if (crop == null) {
                out.add(null);
                continue;
            }
            float[][] r = new float[crop.length][];
            for (int c = 0; c < crop.length; c++) {
                r[c] = plane(crop[c], size);
            }
            out.add(r);
        }
        return out;
    }

    static float[] plane(float[] p, int size) {
        if (p == null) {
            return null;
        }
        int n = (int) Math.round(Math.sqrt(p.length));
        if (n * n != p.length || n == size || n == 0) {
            return p;
        }
        float[] out = new float[size * size];
        double scale = (double) n / size;
        for (int y = 0; y < size; y++) {
            double sy = Math.max(0, (y + 0.5) * scale - 0.5);
            int y0 = Math.min((int) sy, n - 1);
            int y1 = Math.min(y0 + 1, n - 1);
            double fy = sy - y0;
            for (int x = 0; x < size; x++) {
                double sx = Math.max(0, (x + 0.5) * scale - 0.5);
                int x0 = Math.min((int) sx, n - 1);
                int x1 = Math.min(x0 + 1, n - 1);
                double fx = sx - x0;
                double top = p[y0 * n + x0] * (1 - fx) + p[y0 * n + x1] * fx;
                double bottom = p[y1 * n + x0] * (1 - fx) + p[y1 * n + x1] * fx;
                out[y * size + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return out;
    }
}
