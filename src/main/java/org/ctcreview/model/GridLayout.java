package org.ctcreview.model;

import java.util.Map;
import java.util.Optional;

/**
 * The frame grid of a cartridge scan: {@code rows x cols} frames of {@code frameWidth x frameHeight}
 * pixels, scanned in serpentine order (grid rows 1, 3, 5... run left to right, rows 2, 4... right to
 * left). Frame numbers are 1-based. Cartridge coordinates put frame (row 0, col 0) at the origin and
 * frames edge to edge without overlap.
 */
public record GridLayout(int rows, int cols, int frameWidth, int frameHeight) {

    public static final int CAMERA_WIDTH = 1384;
    public static final int CAMERA_HEIGHT = 1036;
    public static final double PIXEL_SIZE_UM = 0.64;

    /** Known CellSearch layouts by frame count (rows x cols). */
    private static final Map<Integer, int[]> KNOWN = Map.of(
            140, new int[] {4, 35},
            144, new int[] {4, 36},
            170, new int[] {5, 34},
            175, new int[] {5, 35},
            180, new int[] {5, 36},
            210, new int[] {6, 35});

    public GridLayout {
        if (rows < 1 || cols < 1 || frameWidth < 1 || frameHeight < 1) {
            throw new IllegalArgumentException("grid and frame sizes must be positive: "
                    + rows + "x" + cols + " frames of " + frameWidth + "x" + frameHeight);
        }
    }

    /** The standard camera-size layout for a known CellSearch frame count, if there is one. */
    public static Optional<GridLayout> forFrameCount(int frames) {
        int[] rc = KNOWN.get(frames);
        return rc == null ? Optional.empty() : Optional.of(new GridLayout(rc[0], rc[1], CAMERA_WIDTH, CAMERA_HEIGHT));
    }

    /** The frame counts that {@link #forFrameCount} knows, for messages. */
    public static String knownFrameCounts() {
        return "140, 144, 170, 175, 180, 210";
    }

    public int frameCount() {
        return rows * cols;
    }

    /** 0-based grid row of a 1-based frame number. */
    public int row(int frameNumber) {
        checkFrame(frameNumber);
        return (frameNumber - 1) / cols;
    }

    /** 0-based grid column of a 1-based frame number, following the serpentine scan. */
    public int col(int frameNumber) {
        checkFrame(frameNumber);
        int within = (frameNumber - 1) % cols;
        return row(frameNumber) % 2 == 0 ? within : cols - 1 - within;
    }

    /** The 1-based frame number at a 0-based grid position. */
    public int frameAt(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IllegalArgumentException("grid position (" + row + "," + col + ") outside " + rows + "x" + cols);
        }
        int within = row % 2 == 0 ? col : cols - 1 - col;
        return row * cols + within + 1;
    }

    /** Frames on the outer rows or columns see the cartridge edge. */
    public boolean isEdge(int frameNumber) {
        int r = row(frameNumber);
        int c = col(frameNumber);
        return r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
    }

    public double toCartridgeX(int frameNumber, double x) {
        return col(frameNumber) * (double) frameWidth + x;
    }

    public double toCartridgeY(int frameNumber, double y) {
        return row(frameNumber) * (double) frameHeight + y;
    }

    /** The frame that holds a cartridge point, or empty if it lies outside the scanned area. */
    public Optional<FramePoint> fromCartridge(double cx, double cy) {
        if (cx < 0 || cy < 0 || cx >= cols * (double) frameWidth || cy >= rows * (double) frameHeight) {
            return Optional.empty();
        }
        int c = (int) (cx / frameWidth);
        int r = (int) (cy / frameHeight);
        int frame = frameAt(r, c);
        return Optional.of(new FramePoint(frame, cx - c * (double) frameWidth, cy - r * (double) frameHeight));
    }

    private void checkFrame(int frameNumber) {
        if (frameNumber < 1 || frameNumber > frameCount()) {
            throw new IllegalArgumentException("frame " + frameNumber + " outside 1.." + frameCount());
        }
    }

    /** A point in frame pixel coordinates. */
    public record FramePoint(int frameNumber, double x, double y) {
    }
}
