package org.ctcreview.cluster;

/**
 * One cluster of a map: its id (-1 = the background, the points in no cluster), its number of points and its
 * outline in map coordinates (convex hull, counter-clockwise x0, y0, x1, y1, ...; null for the background).
 */
public record MapCluster(int id, int size, float[] outline) {
    public static final int BACKGROUND = -1;

    public boolean isBackground() {
        return id == BACKGROUND;
    }
}
