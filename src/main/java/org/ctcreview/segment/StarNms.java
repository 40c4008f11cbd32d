package org.ctcreview.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.model.SegmentedObject;

/**
 * Non-maximum suppression for star-convex polygons. Candidates come sorted by probability; each is kept
 * unless it overlaps an already kept polygon with IoU above the threshold. Only kept polygons whose
 * bounding boxes touch the candidate's are compared (a coarse grid index), and IoU is computed on small
 * local masks, so the cost grows with the number of candidates, not with the image size squared.
 */
public final class StarNms {
    private static final int CELL = 64;

    private StarNms() {
    }

    /** A candidate object centred at (x, y) in continuous coordinates (pixel (c, r) spans [c, c+1) x [r, r+1)). */
    public record Candidate(double x, double y, float prob, float[] distances) {
    }

    /**
     * @param width  image width: polygon pixels outside the image do not count (as in the Python reference)
     * @param height image height
     */
    public static List<SegmentedObject> suppress(List<Candidate> sortedByProb, double iouThreshold, int width,
                                                 int height) {
        List<Kept> kept = new ArrayList<>();
        Map<Long, List<Kept>> grid = new HashMap<>();
        for (Candidate c : sortedByProb) {
            SegmentedObject o = SegmentedObject.ofPolygon(StarPolygons.polygon(c.x(), c.y(), c.distances()), c.prob());
            boolean[] mask = PolygonRaster.mask(o.polygon(), o.bboxX(), o.bboxY(), o.bboxWidth(), o.bboxHeight());
            clip(mask, o, width, height);
            int area = countTrue(mask);
            if (area == 0) {
                continue;
            }
            Kept k = new Kept(o, mask, area);
            if (!overlapsKept(k, grid, iouThreshold)) {
                kept.add(k);
                for (long cell : cells(o)) {
                    grid.computeIfAbsent(cell, x -> new ArrayList<>()).add(k);
                }
            }
        }
        return kept.stream().map(Kept::object).toList();
    }

    private record Kept(SegmentedObject object, boolean[] mask, int area) {
    }

    private static boolean overlapsKept(Kept c, Map<Long, List<Kept>> grid, double threshold) {
        java.util.Set<Kept> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (long cell : cells(c.object())) {
            for (Kept k : grid.getOrDefault(cell, List.of())) {
                if (seen.add(k) && iou(c, k) > threshold) {
                    return true;
                }
            }
        }
        return false;
    }

    static double iou(Kept a, Kept b) {
        SegmentedObject p = a.object();
        SegmentedObject q = b.object();
        int x0 = Math.max(p.bboxX(), q.bboxX());
        int y0 = Math.max(p.bboxY(), q.bboxY());
        int x1 = Math.min(p.bboxX() + p.bboxWidth(), q.bboxX() + q.bboxWidth());
        int y1 = Math.min(p.bboxY() + p.bboxHeight(), q.bboxY() + q.bboxHeight());
        if (x0 >= x1 || y0 >= y1) {
            return 0;
        }
        int inter = 0;
        for (int y = y0; y < y1; y++) {
            int ra = (y - p.bboxY()) * p.bboxWidth() - p.bboxX();
            int rb = (y - q.bboxY()) * q.bboxWidth() - q.bboxX();
            for (int x = x0; x < x1; x++) {
                if (a.mask()[ra + x] && b.mask()[rb + x]) {
                    inter++;
                }
            }
        }
        int union = a.area() + b.area() - inter;
        return union == 0 ? 0 : inter / (double) union;
    }

    private static void clip(boolean[] mask, SegmentedObject o, int width, int height) {
        for (int r = 0; r < o.bboxHeight(); r++) {
            int y = o.bboxY() + r;
            for (int c = 0; c < o.bboxWidth(); c++) {
                int x = o.bboxX() + c;
                if (x < 0 || y < 0 || x >= width || y >= height) {
                    mask[r * o.bboxWidth() + c] = false;
                }
            }
        }
    }

    private static int countTrue(boolean[] m) {
        int n = 0;
        for (boolean b : m) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    private static List<Long> cells(SegmentedObject o) {
        List<Long> out = new ArrayList<>(4);
        int cx0 = Math.floorDiv(o.bboxX(), CELL);
        int cy0 = Math.floorDiv(o.bboxY(), CELL);
        int cx1 = Math.floorDiv(o.bboxX() + o.bboxWidth(), CELL);
        int cy1 = Math.floorDiv(o.bboxY() + o.bboxHeight(), CELL);
        for (int cy = cy0; cy <= cy1; cy++) {
            for (int cx = cx0; cx <= cx1; cx++) {
                out.add(((long) cy << 32) | (cx & 0xffffffffL));
            }
        }
        return out;
    }
}
