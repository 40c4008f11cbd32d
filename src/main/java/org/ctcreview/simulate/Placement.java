package org.ctcreview.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Places objects in a frame: random positions that keep clear of earlier objects, or, for a given fraction
 * of cells, right against a neighbour so that cells touch. A coarse grid of buckets makes the overlap test
 * local.
 */
final class Placement {
    private static final int BUCKET = 32;
    private static final int TRIES = 25;

    private final int width;
    private final int height;
    private final double touching;
    private final int cols;
    private final List<List<double[]>> buckets;
    private final List<double[]> cellsPlaced = new ArrayList<>();

    Placement(int width, int height, double touching) {
        this.width = width;
        this.height = height;
        this.touching = touching;
        this.cols = width / BUCKET + 1;
        int rows = height / BUCKET + 1;
        this.buckets = new ArrayList<>(cols * rows);
        for (int i = 0; i < cols * rows; i++) {
            buckets.add(new ArrayList<>());
        }
    }

    /**
     * Moves a unit (parts built around the origin) to its place and returns the moved parts.
     *
     * @param cell whether it is a cell (may touch a neighbour)
     * @param avoid whether it keeps clear of what is already placed
     */
    List<Part> place(SplittableRandom r, List<Part> unit, boolean cell, boolean avoid) {
        double radius = 0;
        for (Part p : unit) {
            radius = Math.max(radius, p.radius());
        }
        double[] pos = null;
        if (cell && !cellsPlaced.isEmpty() && Rand.chance(r, touching)) {
            double[] other = cellsPlaced.get(r.nextInt(cellsPlaced.size()));
            double dist = (other[2] + radius) * Rand.uniform(r, 0.85, 1.0);
            double phi = r.nextDouble() * 2 * Math.PI;
            double x = other[0] + dist * Math.cos(phi);
            double y = other[1] + dist * Math.sin(phi);
            if (x >= 0 && y >= 0 && x < width && y < height) {
                pos = new double[] {x, y};
            }
        }
        for (int t = 0; pos == null && t < TRIES; t++) {
            double x = r.nextDouble() * width;
            double y = r.nextDouble() * height;
            if (!avoid || t == TRIES - 1 || clear(x, y, radius)) {
                pos = new double[] {x, y};
            }
        }
        double[] entry = {pos[0], pos[1], radius};
        remember(entry);
        if (cell) {
            cellsPlaced.add(entry);
        }
        List<Part> moved = new ArrayList<>(unit.size());
        for (Part p : unit) {
            moved.add(p.movedBy(pos[0], pos[1]));
        }
        return moved;
    }

    private boolean clear(double x, double y, double radius) {
        int reach = (int) Math.ceil((radius + 40) / BUCKET);
        int bx = (int) (x / BUCKET);
        int by = (int) (y / BUCKET);
        for (int j = by - reach; j <= by + reach; j++) {
            for (int i = bx - reach; i <= bx + reach; i++) {
                if (i < 0 || j < 0 || i >= cols || j * cols + i >= buckets.size()) {
                    continue;
                }
                for (double[] o : buckets.get(j * cols + i)) {
                    if (Math.hypot(o[0] - x, o[1] - y) < o[2] + radius + 1) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private void remember(double[] entry) {
        int bx = Math.min(cols - 1, (int) (entry[0] / BUCKET));
        int by = (int) (entry[1] / BUCKET);
        int idx = Math.min(buckets.size() - 1, by * cols + bx);
        buckets.get(idx).add(entry);
    }
}
