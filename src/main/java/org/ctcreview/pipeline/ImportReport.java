package org.ctcreview.pipeline;

import java.util.List;

/** What one import call added to a project. */
public record ImportReport(List<Imported> cartridges, double seconds) {

    public ImportReport {
        cartridges = List.copyOf(cartridges);
    }

    /** One imported cartridge or thumbnail folder. */
    public record Imported(String folder, String patientCode, long cartridgeId, String kind, int frames, int events,
                           int assignedEvents, int cells, List<String> warnings) {
        public Imported {
            warnings = List.copyOf(warnings);
        }
    }
}
