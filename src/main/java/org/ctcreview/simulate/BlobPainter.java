package org.ctcreview.simulate;

/**
 * Adds blobs to 12-bit signal planes and claims instance-mask pixels, touching only the pixels inside
 * each blob's bounding box. Where two masks overlap the pixel goes to the blob whose outline is nearer
 * in relative terms, so touching cells split along a natural border.
 */
final class BlobPainter {
    private static final double RING_WIDTH = 0.16;
    private static final double RING_POS = 0.9;

    private final int width;
    private final int height;
    private final float[][] planes;
    private final short[] mask;
    private final float[] maskDistance;

    BlobPainter(int width, int height, float[][] planes, short[] mask) {
        this.width = width;
        this.height = height;
        this.planes = planes;
        this.mask = mask;
        this.maskDistance = mask == null ? null : new float[mask.length];
        if (maskDistance != null) {
            java.util.Arrays.fill(maskDistance, Float.MAX_VALUE);
        }
    }

    void paint(Blob blob, int maskId) {
        double reach = blob.reach();
        int x0 = Math.max(0, (int) Math.floor(blob.cx() - reach));
        int x1 = Math.min(width - 1, (int) Math.ceil(blob.cx() + reach));
        int y0 = Math.max(0, (int) Math.floor(blob.cy() - reach));
        int y1 = Math.min(height - 1, (int) Math.ceil(blob.cy() + reach));
        if (x0 > x1 || y0 > y1) {
            return;
        }
        double cos = Math.cos(blob.angle());
        double sin = Math.sin(blob.angle());
        double invA = 1 / blob.a();
        double invB = 1 / blob.b();
        double radius = Math.sqrt(blob.a() * blob.b());
        double edgeScale = radius / blob.soft();
        double[] harm = blob.harmonics();
        double[] phase = blob.phases();
        float[] intensity = blob.intensity();
        boolean claim = blob.mask() && mask != null && maskId > 0;
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - blob.cy();
            int row = y * width;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - blob.cx();
                double u = (dx * cos + dy * sin) * invA;
                double v = (-dx * sin + dy * cos) * invB;
                double rho = Math.sqrt(u * u + v * v);
                double d = rho;
                if (harm.length > 0 && rho > 1e-9) {
                    double theta = Math.atan2(v, u);
                    double r = 1;
                    for (int k = 0; k < harm.length; k++) {
                        r += harm[k] * Math.cos((k + 2) * theta + phase[k]);
                    }
                    d = rho / Math.max(0.2, r);
                }
                double e = (d - 1) * edgeScale;
                if (e > 4) {
                    continue;
                }
                double cover = 1 / (1 + Math.exp(1.7 * e));
                double dd = Math.min(d, 1);
                double shape = blob.fill() * (1 + blob.dome() * (1 - dd * dd));
                if (blob.ring() > 0) {
                    double t = (d - RING_POS) / RING_WIDTH;
                    shape += blob.ring() * Math.exp(-t * t);
                }
                if (blob.texture() > 0) {
                    double n = Texture.value(x, y, blob.textureScale(), blob.textureSeed());
                    shape *= Math.max(0, 1 + blob.texture() * n);
                }
                double value = cover * shape;
                int i = row + x;
                for (int c = 0; c < intensity.length; c++) {
                    if (intensity[c] != 0) {
                        planes[c][i] += (float) (intensity[c] * value);
                    }
                }
                if (claim && e < 0 && d < maskDistance[i]) {
                    maskDistance[i] = (float) d;
                    mask[i] = (short) maskId;
                }
            }
        }
    }
}
