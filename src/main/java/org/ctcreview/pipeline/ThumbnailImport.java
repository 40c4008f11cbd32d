package org.ctcreview.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctcreview.io.Thumbnail;
import org.ctcreview.io.ThumbnailFolderReader;
import org.ctcreview.model.CellCrop;
import org.ctcreview.store.CartridgeRow;
import org.ctcreview.store.CellRow;
import org.ctcreview.store.CropRow;
import org.ctcreview.store.ImportTransaction;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;

/** Imports a folder of ready-made thumbnails: one cell and one crop per thumbnail, in one transaction. */
public final class ThumbnailImport {
    private ThumbnailImport() {
    }

    public static ImportReport run(Project project, Path folder, List<String> pageChannels, String patientCode,
                                   ProgressListener progress) {
        long start = System.nanoTime();
        Path dir = folder.toAbsolutePath().normalize();
        List<Thumbnail> thumbs = ThumbnailFolderReader.read(dir, pageChannels, CellCrop.DEFAULT_SIZE);
        String patient = patientCode != null ? patientCode : dir.getFileName().toString();
        long cartId;
        try (ImportTransaction tx = project.beginImport()) {
            long patientId = tx.addPatient(patient);
            cartId = tx.addCartridge(CartridgeRow.thumbnails(patientId, dir.toString(), thumbs.get(0).crop().channels()));
            int n = 0;
            for (Thumbnail t : thumbs) {
                progress.checkCancelled();
                CellCrop c = t.crop();
                double half = c.size() / 2.0;
                long cellId = tx.addCell(new CellRow(cartId, null, null, 0, 0, t.originalWidth(), t.originalHeight(),
                        half, half, 0, 0, (double) t.originalWidth() * t.originalHeight(), "thumbnail:" + t.id()));
                tx.addCrop(cellId, CropRow.f32(c.size(), c.size(), c.planes().length, flatten(c.planes()),
                        CartridgeImport.json(Map.of("channels", c.channels(), "source", t.source().getFileName().toString()))));
                progress.update(++n, thumbs.size(), "importing thumbnails");
            }
            tx.commit();
        }
        ImportReport.Imported imported = new ImportReport.Imported(dir.toString(), patient, cartId, "thumbnails", 0, 0, 0,
                thumbs.size(), List.of());
        return new ImportReport(List.of(imported), (System.nanoTime() - start) / 1e9);
    }

    private static float[] flatten(float[][] planes) {
        int n = planes[0].length;
        float[] out = new float[planes.length * n];
        for (int c = 0; c < planes.length; c++) {
            System.arraycopy(planes[c], 0, out, c * n, n);
        }
        return out;
    }
}
