package org.ctcreview.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Conventions of the CellTracks Analyzer II export as we read and write it. The numbers of the two
 * private rescale tags are not documented publicly; ours are the defaults and readers can override them.
 */
public final class CellTracksFormat {
    /** Private TIFF tag holding the low end of the 12-bit range of a page. */
    public static final int DEFAULT_LOW_TAG = 754;
    /** Private TIFF tag holding the high end of the 12-bit range of a page. */
    public static final int DEFAULT_HIGH_TAG = 755;
    /** Tag values above 32767 carry this offset, which is removed when reading. */
    public static final int TAG_OFFSET = 32768;
    /** Camera bit depth. */
    public static final int MAX_INTENSITY = 4095;
    /** Page order of a standard export. */
    public static final List<String> STANDARD_CHANNELS = List.of("DAPI", "FITC", "CK", "CD45");
    /** The channels the pipeline needs. */
    public static final List<String> REQUIRED_CHANNELS = List.of("DAPI", "CK", "CD45");
    /** Name of the event XML the writer produces (the reader accepts any single *.xml). */
    public static final String EVENTS_XML = "events.xml";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("DAPI", "DAPI"), Map.entry("HOECHST", "DAPI"),
            Map.entry("FITC", "FITC"), Map.entry("MARKER1", "FITC"), Map.entry("MARKER 1", "FITC"),
            Map.entry("CK", "CK"), Map.entry("CK-PE", "CK"), Map.entry("CK PE", "CK"), Map.entry("PE", "CK"),
            Map.entry("CYTOKERATIN", "CK"),
            Map.entry("CD45", "CD45"), Map.entry("CD45-APC", "CD45"), Map.entry("CD45 APC", "CD45"),
            Map.entry("APC", "CD45"));

    private CellTracksFormat() {
    }

    /** File name of a frame, e.g. {@code frame_007.tif}. */
    public static String frameFileName(int frameNumber) {
        return String.format(Locale.ROOT, "frame_%03d.tif", frameNumber);
    }

    /** The canonical channel name for a filter name from the XML ("CK-PE" -> "CK"); unknown names stay as given. */
    public static String canonicalChannel(String filterName) {
        String key = filterName.trim().toUpperCase(Locale.ROOT).replace('_', '-');
        String canonical = ALIASES.get(key);
        return canonical != null ? canonical : filterName.trim();
    }

    /** Removes the 32768 offset from a tag value when present. */
    public static int stripOffset(int tagValue) {
        return tagValue > 32767 ? tagValue - TAG_OFFSET : tagValue;
    }
}
