package org.ctcreview.cluster;

import java.util.Arrays;

/** Cluster outlines for display: the convex hull of a cluster's map positions. */
public final class Outlines {
    private Outlines() {
    }

    /**
     * The convex hull of the points labelled {@code cluster}, counter-clockwise, as x0, y0, x1, y1, ...
     * (collinear points left out); fewer than three distinct points give those points; none give an empty array.
     */
    public static float[] convexHull(Points2d p, int[] labels, int cluster) {
        float[] x = p.x();
        float[] y = p.y();
        int count = 0;
        for (int l : labels) {
            if (l == cluster) {
                count++;
            }
        }
        Integer[] order = new Integer[count];
        for (int i = 0, m = 0; i < labels.length; i++) {
            if (labels[i] == cluster) {
                order[m++] = i;
            }
        }
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Float.compare(x[a], x[b]) : Float.compare(y[a], y[b]));
        if (count < 3) {
            float[] out = new float[2 * count];
            for (int j = 0; j < count; j++) {
                out[2 * j] = x[order[j]];
                out[2 * j + 1] = y[order[j]];
            }
            return dedupe(out);
        }
        int[] hull = new int[2 * count];
        int h = 0;
        for (int s = 0; s < count; s++) {
            while (h >= 2 && cross(x, y, hull[h - 2], hull[h - 1], order[s]) <= 0) {
                h--;
            }
            hull[h++] = order[s];
        }
        for (int s = count - 2, lower = h + 1; s >= 0; s--) {
            while (h >= lower && cross(x, y, hull[h - 2], hull[h - 1], order[s]) <= 0) {
                h--;
            }
            hull[h++] = order[s];
        }
        h--;
        float[] out = new float[2 * h];
        for (int j = 0; j < h; j++) {
            out[2 * j] = x[hull[j]];
            out[2 * j + 1] = y[hull[j]];
        }
        return dedupe(out);
    }

    private static double cross(float[] x, float[] y, int o, int a, int b) {
        return ((double) x[a] - x[o]) * ((double) y[b] - y[o]) - ((double) y[a] - y[o]) * ((double) x[b] - x[o]);
    }

    /** Drops a repeated last vertex (two identical points give one). */
    private static float[] dedupe(float[] poly) {
        int n = poly.length / 2;
        if (n == 2 && poly[0] == poly[2] && poly[1] == poly[3]) {
            return Arrays.copyOf(poly, 2);
        }
        return poly;
    }

    /** True when (px, py) lies inside or on the border of a convex counter-clockwise polygon. */
    public static boolean contains(float[] polygon, float px, float py) {
        int n = polygon.length / 2;
        if (n == 0) {
            return false;
        }
        if (n < 3) {
            for (int i = 0; i < n; i++) {
                if (polygon[2 * i] == px && polygon[2 * i + 1] == py) {
                    return true;
                }
            }
            return n == 2 && onSegment(polygon, px, py);
        }
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double c = ((double) polygon[2 * j] - polygon[2 * i]) * ((double) py - polygon[2 * i + 1])
                    - ((double) polygon[2 * j + 1] - polygon[2 * i + 1]) * ((double) px - polygon[2 * i]);
            if (c < -1e-9) {
                return false;
            }
        }
        return true;
    }

    private static boolean onSegment(float[] s, float px, float py) {
        double cross = ((double) s[2] - s[0]) * ((double) py - s[1]) - ((double) s[3] - s[1]) * ((double) px - s[0]);
        boolean inBox = px >= Math.min(s[0], s[2]) && px <= Math.max(s[0], s[2])
                && py >= Math.min(s[1], s[3]) && py <= Math.max(s[1], s[3]);
        return Math.abs(cross) < 1e-9 && inBox;
    }
}
