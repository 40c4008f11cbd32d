package org.ctcreview.model;

import java.util.List;

/** What a CellTracks event XML says: the run, the channel names, the events, and any warnings. */
public record CartridgeXml(RunInfo run, List<String> channels, List<CellSearchEvent> events, List<String> warnings) {

    public CartridgeXml {
        channels = List.copyOf(channels);
        events = List.copyOf(events);
        warnings = List.copyOf(warnings);
    }

    public static CartridgeXml absent(String warning) {
        return new CartridgeXml(RunInfo.empty(), List.of(), List.of(), List.of(warning));
    }
}
