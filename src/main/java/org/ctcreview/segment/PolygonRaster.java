package org.ctcreview.segment;

import java.util.Arrays;
import java.util.List;
import org.ctcreview.model.SegmentedObject;

/** Fills polygons into pixel masks (pixel centres inside the polygon, even-odd rule). */
public final class PolygonRaster {
    private PolygonRaster() {
    }

    /** A local mask of the polygon over its bounding box {@code [x0, x0+w) x [y0, y0+h)}. */
    public static boolean[] mask(float[] polygon, int x0, int y0, int w, int h) {
        boolean[] out = new boolean[w * h];
        int n = polygon.length / 2;
        double[] xs = new double[n];
        for (int row = 0; row < h; row++) {
            double py = y0 + row + 0.5;
            int k = 0;
            for (int i = 0; i < n; i++) {
                double ax = polygon[2 * i];
                double ay = polygon[2 * i + 1];
                double bx = polygon[2 * ((i + 1) % n)];
                double by = polygon[2 * ((i + 1) % n) + 1];
                if ((ay <= py && by > py) || (by <= py && ay > py)) {
                    xs[k++] = ax + (py - ay) * (bx - ax) / (by - ay);
                }
            }
            Arrays.sort(xs, 0, k);
            for (int i = 0; i + 1 < k; i += 2) {
                int from = Math.max(0, (int) Math.ceil(xs[i] - 0.5 - x0));
                int to = Math.min(w - 1, (int) Math.floor(xs[i + 1] - 0.5 - x0));
                for (int c = from; c <= to; c++) {
                    out[row * w + c] = true;
                }
            }
        }
        return out;
    }

    /** A label image: object i (in list order) gets label i+1; later objects do not overwrite earlier ones. */
    public static int[] labels(List<SegmentedObject> objects, int width, int height) {
        int[] labels = new int[width * height];
        for (int i = 0; i < objects.size(); i++) {
            SegmentedObject o = objects.get(i);
            boolean[] m = mask(o.polygon(), o.bboxX(), o.bboxY(), o.bboxWidth(), o.bboxHeight());
            for (int r = 0; r < o.bboxHeight(); r++) {
                int y = o.bboxY() + r;
                if (y < 0 || y >= height) {
                    continue;
                }
                for (int c = 0; c < o.bboxWidth(); c++) {
                    int x = o.bboxX() + c;
                    if (x >= 0 && x < width && m[r * o.bboxWidth() + c] && labels[y * width + x] == 0) {
                        labels[y * width + x] = i + 1;
                    }
                }
            }
        }
        return labels;
    }
}
