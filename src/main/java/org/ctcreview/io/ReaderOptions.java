package org.ctcreview.io;

import java.util.List;

/**
 * Choices a user can make when a cartridge folder deviates from the standard export.
 *
 * @param channels         page names to use instead of the XML's (null = XML or standard order)
 * @param gridRows         grid rows when neither the XML nor the frame count gives the layout (0 = none)
 * @param gridCols         grid columns, likewise
 * @param tags             which private TIFF tags hold the rescale values
 * @param useXml           false to ignore the event XML entirely (no CellSearch events)
 * @param ignoreExtraFiles true to skip unknown files in the folder instead of refusing the folder
 */
public record ReaderOptions(List<String> channels, int gridRows, int gridCols, RescaleTags tags, boolean useXml,
                            boolean ignoreExtraFiles) {

    public ReaderOptions {
        channels = channels == null ? null : List.copyOf(channels);
        tags = tags == null ? RescaleTags.defaults() : tags;
    }

    public static ReaderOptions defaults() {
        return new ReaderOptions(null, 0, 0, RescaleTags.defaults(), true, false);
    }

    public ReaderOptions withoutXml() {
        return new ReaderOptions(channels, gridRows, gridCols, tags, false, ignoreExtraFiles);
    }

    public ReaderOptions withGrid(int rows, int cols) {
        return new ReaderOptions(channels, rows, cols, tags, useXml, ignoreExtraFiles);
    }

    public ReaderOptions withChannels(List<String> names) {
        return new ReaderOptions(names, gridRows, gridCols, tags, useXml, ignoreExtraFiles);
    }

    public ReaderOptions ignoringExtraFiles() {
        return new ReaderOptions(channels, gridRows, gridCols, tags, useXml, true);
    }
}
