package org.ctcreview.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ctcreview.model.CellSearchEvent;

/** The per-patient truth file {@code patient.json} and the per-patient summary. */
final class PatientFiles {
    static final String PATIENT_JSON = "patient.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PatientFiles() {
    }

    static void writeProfile(Path file, PatientProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.code());
        m.put("cancerType", p.cancerType().name().toLowerCase(Locale.ROOT));
        m.put("ctcDiameterUm", p.cancerType().ctcDiameterUm());
        Map<String, Integer> units = new TreeMap<>();
        p.units().forEach((k, v) -> units.put(k.label(), v));
        m.put("units", units);
        m.put("gains", p.gains());
        m.put("background", p.background());
        m.put("noiseScale", p.noiseScale());
        m.put("glareSideChance", p.glareSides());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(m) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static PatientSummary summarise(PatientProfile p, int frames, GallerySimulator.Gallery gallery) {
        Map<String, Integer> byClass = new TreeMap<>();
        Map<String, Integer> bySub = new TreeMap<>();
        int ctcs = 0;
        Map<Long, Boolean> eventHasCtc = new TreeMap<>();
        for (TruthObject o : gallery.objects()) {
            byClass.merge(o.objectClass().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
            bySub.merge(o.sub().label(), 1, Integer::sum);
            if (o.isCtc()) {
                ctcs++;
            }
            if (o.eventRid() != 0) {
                eventHasCtc.merge(o.eventRid(), o.isCtc(), Boolean::logicalOr);
            }
        }
        int ctcEvents = 0;
        int assigned = 0;
        int agree = 0;
        for (CellSearchEvent e : gallery.events()) {
            boolean truth = eventHasCtc.getOrDefault(e.rid(), false);
            boolean call = Boolean.TRUE.equals(e.assigned());
            ctcEvents += truth ? 1 : 0;
            assigned += call ? 1 : 0;
            agree += truth == call ? 1 : 0;
        }
        int events = gallery.events().size();
        return new PatientSummary(p.code(), p.cancerType().name().toLowerCase(Locale.ROOT), frames, byClass, bySub,
                ctcs, events, ctcEvents, assigned, events == 0 ? 0 : ctcEvents / (double) events,
                events == 0 ? 1 : agree / (double) events);
    }
}
