package org.ctcreview.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a project holds, in numbers; {@code currentLabels} counts cells by their latest label. */
public record ProjectSummary(int schemaVersion, long patients, long cartridges, long frames, long cells, long crops,
                             long embeddings, long labels, Map<String, Long> currentLabels, long events,
                             long assignedEvents, long sessions, long modelVersions,
                             List<CartridgeSummary> cartridgeSummaries) {

    public ProjectSummary {
        currentLabels = Collections.unmodifiableMap(new TreeMap<>(currentLabels));
        cartridgeSummaries = List.copyOf(cartridgeSummaries);
    }

    /** The numbers of one cartridge. */
    public record CartridgeSummary(long cartridgeId, String patientCode, CartridgeKind kind, long frames,
                                   long events, long assignedEvents, long cells) {
    }
}
