package org.ctcreview.store;

import java.util.List;
import java.util.Objects;
import org.ctcreview.model.GridLayout;

/**
 * A cartridge as imported. Grid and frame sizes are null for a thumbnail folder; {@code channels} are
 * the channel names in page order; {@code xmlWarnings} what the event XML parser complained about.
 */
public record CartridgeRow(long patientId, String sourceFolder, CartridgeKind kind, Integer gridRows,
                           Integer gridCols, Integer frameWidth, Integer frameHeight, List<String> channels,
                           List<String> xmlWarnings) {

    public CartridgeRow {
        Objects.requireNonNull(sourceFolder, "sourceFolder");
        Objects.requireNonNull(kind, "kind");
        channels = List.copyOf(channels);
        xmlWarnings = List.copyOf(xmlWarnings);
    }

    /** A CellSearch cartridge scanned on this grid. */
    public static CartridgeRow cellSearch(long patientId, String sourceFolder, GridLayout grid,
                                          List<String> channels, List<String> xmlWarnings) {
        return new CartridgeRow(patientId, sourceFolder, CartridgeKind.CELLSEARCH, grid.rows(), grid.cols(),
                grid.frameWidth(), grid.frameHeight(), channels, xmlWarnings);
    }

    /** A folder of thumbnails with no frame grid. */
    public static CartridgeRow thumbnails(long patientId, String sourceFolder, List<String> channels) {
        return new CartridgeRow(patientId, sourceFolder, CartridgeKind.THUMBNAILS, null, null, null, null,
                channels, List.of());
    }
}
