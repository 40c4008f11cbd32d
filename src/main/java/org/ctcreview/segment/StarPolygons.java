package org.ctcreview.segment;

/** Star-convex polygons: ray k has angle 2*pi*k/n; its end point is (x + d*cos, y + d*sin). */
public final class StarPolygons {
    private StarPolygons() {
    }

    public static float[] polygon(double x, double y, float[] distances) {
        int n = distances.length;
        float[] p = new float[2 * n];
        for (int k = 0; k < n; k++) {
            double phi = 2 * Math.PI * k / n;
            p[2 * k] = (float) (x + distances[k] * Math.cos(phi));
            p[2 * k + 1] = (float) (y + distances[k] * Math.sin(phi));
        }
        return p;
    }

    /**
     * Distances from {@code (x, y)} (continuous coordinates: pixel (c, r) spans [c, c+1)) to the edge of the object with label {@code label} along {@code n} rays,
     * measured on a label image (used to describe mask-based objects with the same polygon model).
     */
    public static float[] raysFromMask(int[] labels, int width, int height, int label, double x, double y, int n) {
        float[] d = new float[n];
        for (int k = 0; k < n; k++) {
            double phi = 2 * Math.PI * k / n;
            double dx = Math.cos(phi);
            double dy = Math.sin(phi);
            double t = 0;
            while (true) {
                double nt = t + 0.5;
                int px = (int) Math.floor(x + nt * dx);
                int py = (int) Math.floor(y + nt * dy);
                if (px < 0 || py < 0 || px >= width || py >= height || labels[py * width + px] != label) {
                    break;
                }
                t = nt;
            }
            d[k] = (float) (t + 0.5);
        }
        return d;
    }
}
