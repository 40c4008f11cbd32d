package org.ctcreview.pipeline;

import java.util.List;

/** What one import call added to a project; {@code embedding} is null when cells were not embedded. */
public record ImportReport(List<Imported> cartridges, double seconds, Embedding embedding) {

    public ImportReport {
        cartridges = List.copyOf(cartridges);
    }

    public ImportReport(List<Imported> cartridges, double seconds) {
        this(cartridges, seconds, null);
    }

    /** One imported cartridge or thumbnail folder. */
    public record Imported(String folder, String patientCode, long cartridgeId, String kind, int frames, int events,
                           int assignedEvents, int cells, List<String> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }

    /** The encoder that embedded the new cells, its model version, and how many cells it embedded. */
    public record Embedding(String encoder, long modelVersionId, int cells) {
    }
}
