package org.ctcreview.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.GridLayout;

/** Small synthetic cartridges for store tests. */
final class Fixtures {
    static final GridLayout GRID = new GridLayout(2, 3, 64, 48);
    static final List<String> CHANNELS = List.of("DAPI", "FITC", "CK", "CD45");

    private Fixtures() {
    }

    /** What {@link #importCartridge} added. */
    record Imported(long patientId, long cartridgeId, List<Long> frameIds, List<Long> cellIds) {
    }

    /** Imports one cartridge with every frame of {@link #GRID}, {@code events} events and {@code cells} cells. */
    static Imported importCartridge(Project project, String patient, int events, int cells) {
        try (ImportTransaction tx = project.beginImport()) {
            Imported imported = addCartridge(tx, patient, events, cells, new Random(patient.hashCode()));
            tx.commit();
            return imported;
        }
    }

    static Imported addCartridge(ImportTransaction tx, String patient, int events, int cells, Random rnd) {
        long patientId = tx.addPatient(patient);
        long cartridgeId = tx.addCartridge(CartridgeRow.cellSearch(patientId, "/data/" + patient, GRID, CHANNELS,
                List.of("no numselected in record 2")));
        List<Long> frameIds = new ArrayList<>();
        for (int f = 1; f <= GRID.frameCount(); f++) {
            frameIds.add(tx.addFrame(new FrameRow(cartridgeId, f, GRID.row(f), GRID.col(f), GRID.isEdge(f),
                    "tile" + f + ".tif", "ab" + f, 1000L + f, "[{\"low\":0,\"high\":4095}]", null)));
        }
        List<CellSearchEvent> evs = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            evs.add(new CellSearchEvent(100 + i, 1 + i % GRID.frameCount(), i, i, i + 10, i + 12,
                    i % 3 == 0 ? Boolean.TRUE : i % 3 == 1 ? Boolean.FALSE : null, i % 2 == 0 ? i : null));
        }
        tx.addEvents(cartridgeId, evs);
        List<Long> cellIds = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            long frameId = frameIds.get(i % frameIds.size());
            long cellId = tx.addCell(new CellRow(cartridgeId, frameId, new float[] {1, 2, 3.5f, 4, 5, 6.25f},
                    10, 12, 8, 9, 14.5, 16.5, 200.5 + i, 300.5, 42.0, "test"));
            tx.addCrop(cellId, CropRow.f32(48, 48, 3, randomFloats(rnd, 3 * 48 * 48), "{\"min\":[0,0,0]}"));
            cellIds.add(cellId);
        }
        return new Imported(patientId, cartridgeId, frameIds, cellIds);
    }

    static float[] randomFloats(Random rnd, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = rnd.nextFloat() * 4095f;
        }
        return v;
    }
}
