package org.ctcreview.segment;

import ij.plugin.filter.EDM;
import ij.plugin.filter.GaussianBlur;
import ij.process.AutoThresholder;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import java.util.ArrayList;
import java.util.List;
import org.ctcreview.model.ModelProvenance;
import org.ctcreview.model.Segmentation;
import org.ctcreview.model.SegmentedObject;

/**
 * The classic baseline (as in the label-free CTC papers): Gaussian smoothing, Otsu threshold, fill holes,
 * morphological opening, distance-transform watershed (ImageJ), connected components. Objects are
 * described by the same 32-ray star polygons as StarDist's, measured from their masks.
 */
public final class ClassicSegmenter implements Segmenter {
    private static final int RAYS = 32;
    private final double sigma;
    private final int minArea;
    private final double noiseSigmas;

    private ClassicSegmenter(double sigma, int minArea, double noiseSigmas) {
        this.sigma = sigma;
        this.minArea = minArea;
        this.noiseSigmas = noiseSigmas;
    }

    public static ClassicSegmenter withDefaults() {
        return new ClassicSegmenter(1.0, 6, 6.0);
    }

    @Override
    public String name() {
        return "classic";
    }

    @Override
    public ModelProvenance provenance() {
        return new ModelProvenance("segmenter", name(), null, String.format(java.util.Locale.ROOT,
                "{\"method\":\"gaussian+otsu+noise floor+fill holes+opening+EDM watershed (ImageJ)\",\"sigma\":%s,"
                        + "\"min_area\":%d,\"noise_sigmas\":%s,\"rays\":%d}", sigma, minArea, noiseSigmas, RAYS), "{}");
    }

    @Override
    public Segmentation segment(float[] plane, int width, int height) {
        ByteProcessor binary = threshold(plane, width, height);
        fillHoles(binary);
        binary.erode(1, 0);
        binary.dilate(1, 0);
        new EDM().toWatershed(binary);
        int[] labels = ConnectedComponents.label((byte[]) binary.getPixels(), width, height);
        return new Segmentation(width, height, objects(labels, width, height));
    }

    private ByteProcessor threshold(float[] plane, int width, int height) {
        FloatProcessor fp = new FloatProcessor(width, height, plane.clone());
        if (sigma > 0) {
            new GaussianBlur().blurGaussian(fp, sigma, sigma, 0.002);
        }
        float[] v = (float[]) fp.getPixels();
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float f : v) {
            min = Math.min(min, f);
            max = Math.max(max, f);
        }
        int[] histogram = new int[256];
        double scale = max > min ? 255.0 / (max - min) : 0;
        byte[] scaled = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            int b = (int) Math.round((v[i] - min) * scale);
            scaled[i] = (byte) b;
            histogram[b]++;
        }
        int otsu = new AutoThresholder().getThreshold(AutoThresholder.Method.Otsu, histogram);
        // Otsu splits noise when a channel holds no object; never threshold below the noise floor
        int t = Math.max(otsu, noiseFloor(histogram, v.length));
        byte[] out = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (scaled[i] & 0xff) > t ? (byte) 255 : 0;
        }
        ByteProcessor bp = new ByteProcessor(width, height, out);
        bp.setBinaryThreshold();
        return bp;
    }

    /** Median + k robust standard deviations (from the lower half) of the smoothed, 8-bit scaled image. */
    private int noiseFloor(int[] histogram, int n) {
        int p16 = percentile(histogram, n, 0.1587);
        int p50 = percentile(histogram, n, 0.5);
        // the lower half is background in sparse fluorescence images: objects cannot inflate it
        double sd = Math.max(0.5, p50 - p16);
        return (int) Math.min(254, Math.ceil(p50 + noiseSigmas * sd));
    }

    private static int percentile(int[] histogram, int n, double q) {
        long target = (long) Math.ceil(q * n);
        long cum = 0;
        for (int i = 0; i < histogram.length; i++) {
            cum += histogram[i];
            if (cum >= target) {
                return i;
            }
        }
        return histogram.length - 1;
    }

    /** Background not connected to the image border is a hole and becomes foreground. */
    private static void fillHoles(ByteProcessor bp) {
        int w = bp.getWidth();
        int h = bp.getHeight();
        byte[] px = (byte[]) bp.getPixels();
        boolean[] outside = new boolean[w * h];
        int[] stack = new int[w * h];
        int top = 0;
        for (int x = 0; x < w; x++) {
            top = push(px, outside, stack, top, x);
            top = push(px, outside, stack, top, (h - 1) * w + x);
        }
        for (int y = 0; y < h; y++) {
            top = push(px, outside, stack, top, y * w);
            top = push(px, outside, stack, top, y * w + w - 1);
        }
        while (top > 0) {
            int i = stack[--top];
            int x = i % w;
            int y = i / w;
            if (x > 0) {
                top = push(px, outside, stack, top, i - 1);
            }
            if (x < w - 1) {
                top = push(px, outside, stack, top, i + 1);
            }
            if (y > 0) {
                top = push(px, outside, stack, top, i - w);
            }
            if (y < h - 1) {
                top = push(px, outside, stack, top, i + w);
            }
        }
        for (int i = 0; i < px.length; i++) {
            if (!outside[i]) {
                px[i] = (byte) 255;
            }
        }
    }

    private static int push(byte[] px, boolean[] seen, int[] stack, int top, int i) {
        if (!seen[i] && px[i] == 0) {
            seen[i] = true;
            stack[top++] = i;
        }
        return top;
    }

    private List<SegmentedObject> objects(int[] labels, int width, int height) {
        int n = 0;
        for (int l : labels) {
            n = Math.max(n, l);
        }
        double[] sx = new double[n + 1];
        double[] sy = new double[n + 1];
        int[] area = new int[n + 1];
        for (int i = 0; i < labels.length; i++) {
            int l = labels[i];
            if (l > 0) {
                sx[l] += i % width;
                sy[l] += i / width;
                area[l]++;
            }
        }
        List<SegmentedObject> out = new ArrayList<>();
        for (int l = 1; l <= n; l++) {
            if (area[l] < minArea) {
                continue;
            }
            double cx = sx[l] / area[l] + 0.5;
            double cy = sy[l] / area[l] + 0.5;
            float[] d = StarPolygons.raysFromMask(labels, width, height, l, cx, cy, RAYS);
            SegmentedObject poly = SegmentedObject.ofPolygon(StarPolygons.polygon(cx, cy, d), 1.0);
            out.add(new SegmentedObject(poly.polygon(), poly.bboxX(), poly.bboxY(), poly.bboxWidth(), poly.bboxHeight(),
                    cx, cy, area[l], 1.0));
        }
        return out;
    }
}
