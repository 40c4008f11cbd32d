package org.ctcreview.store;

import java.util.Objects;

/**
 * One frame (tile) of a cartridge: its place in the grid, its source file (name, SHA-256, size; the
 * last two may be null) and per-channel JSON for the rescaling applied and the intensity statistics.
 */
public record FrameRow(long cartridgeId, int frameNumber, int gridRow, int gridCol, boolean edge, String fileName,
                       String fileSha256, Long fileBytes, String rescaleJson, String statsJson) {

    public FrameRow {
        Objects.requireNonNull(fileName, "fileName");
        if (frameNumber < 1) {
            throw new IllegalArgumentException("frame numbers start at 1, got " + frameNumber);
        }
    }
}
