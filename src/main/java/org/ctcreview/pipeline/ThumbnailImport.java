package org.ctcreview.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.ctcreview.embed.CellEncoder;
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
        return run(project, folder, pageChannels, patientCode, null, progress);
    }

    /** As above, and embeds every thumbnail's crop with {@code encoder} (null: no embeddings). */
    public static ImportReport run(Project project, Path folder, List<String> pageChannels, String patientCode,
                                   CellEncoder encoder, ProgressListener progress) {
        long start = System.nanoTime();
        Path dir = folder.toAbsolutePath().normalize();
        List<Thumbnail> thumbs = ThumbnailFolderReader.read(dir, pageChannels, CellCrop.DEFAULT_SIZE);
        String patient = patientCode != null ? patientCode : dir.getFileName().toString();
        long cartId;
        ImportReport.Embedding embedded = null;
        try (ImportTransaction tx = project.beginImport()) {
            ImportEmbedding embedding = ImportEmbedding.start(tx, encoder);
            long patientId = tx.addPatient(patient);
            cartId = tx.addCartridge(CartridgeRow.thumbnails(patientId, dir.toString(), thumbs.get(0).crop().channels()));
            int n = 0;
            for (Thumbnail t : thumbs) {
                progress.checkCancelled();
                CellCrop c = t.crop();
                double half = c.size() / 2.0;
                long cellId = tx.addCell(new CellRow(cartId, null, null, 0, 0, t.originalWidth(), t.originalHeight(),
                        half, half, 0, 0, (double) t.originalWidth() * t.originalHeight(), "thumbnail:" + t.id()));
                CropRow crop = CropRow.f32(c.size(), c.size(), c.planes().length, flatten(c.planes()),
                        CartridgeImport.json(Map.of("channels", c.channels(), "source", t.source().getFileName().toString())));
                tx.addCrop(cellId, crop);
                if (embedding != null) {
                    embedding.add(cellId, crop);
                }
                progress.update(++n, thumbs.size(), "importing thumbnails"
                        + (embedding == null ? "" : " (" + embedding.embedded() + " embedded)"));
            }
            if (embedding != null) {
                progress.checkCancelled();
                embedding.finish();
                embedded = embedding.report();
            }
            progress.checkCancelled();
            tx.commit();
        }
        ImportReport.Imported imported = new ImportReport.Imported(dir.toString(), patient, cartId, "thumbnails", 0, 0, 0,
                thumbs.size(), List.of());
        return new ImportReport(List.of(imported), (System.nanoTime() - start) / 1e9, embedded);
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
