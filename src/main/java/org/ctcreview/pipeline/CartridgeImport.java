package org.ctcreview.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.io.CellTracksCartridge;
import org.ctcreview.io.CellTracksReader;
import org.ctcreview.io.FrameFile;
import org.ctcreview.io.FrameTiffReader;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.CellSearchEvent;
import org.ctcreview.model.GridLayout;
import org.ctcreview.store.CartridgeInfo;
import org.ctcreview.model.ModelProvenance;
import org.ctcreview.model.SegmentedObject;
import org.ctcreview.store.CartridgeRow;
import org.ctcreview.store.CellRow;
import org.ctcreview.store.FrameRow;
import org.ctcreview.store.ImportTransaction;
import org.ctcreview.store.ModelVersionRow;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports CellTracks cartridge folders into a project. Every folder is opened and checked first; then
 * all of them are written in one transaction, frame by frame (never a whole cartridge in memory).
 * Any failure or cancellation leaves the project as it was.
 */
public final class CartridgeImport {
    private static final Logger LOG = LoggerFactory.getLogger(CartridgeImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CartridgeImport() {
    }

    /** Imports frames and events only, finding no cells. */
    public static ImportReport run(Project project, List<Path> folders, ReaderOptions options, String patientCode,
                                   ProgressListener progress) {
        return run(project, folders, options, patientCode, null, progress);
    }

    /** Finds cells with {@code finder} but does not embed them. */
    public static ImportReport run(Project project, List<Path> folders, ReaderOptions options, String patientCode,
                                   CellFinder finder, ProgressListener progress) {
        return run(project, folders, options, patientCode, finder, null, progress);
    }

    /**
     * @param patientCode the patient of a single folder, or null to use each folder's name
     * @param finder      segments every frame into cells with crops, or null for frames and events only
     * @param encoder     embeds every new cell in the same transaction, or null to leave cells unembedded
     */
    public static ImportReport run(Project project, List<Path> folders, ReaderOptions options, String patientCode,
                                   CellFinder finder, CellEncoder encoder, ProgressListener progress) {
        long start = System.nanoTime();
        if (patientCode != null && folders.size() > 1) {
            throw new IllegalArgumentException("--patient names one patient; import several folders without it");
        }
        List<CellTracksCartridge> carts = new ArrayList<>();
        for (Path f : folders) {
            CellTracksCartridge c = CellTracksReader.open(f.toAbsolutePath().normalize(), options, progress);
            refuseDuplicate(project, c);
            carts.add(c);
        }
        long totalFrames = carts.stream().mapToLong(c -> c.frames().size()).sum();
        List<ImportReport.Imported> done = new ArrayList<>();
        ImportReport.Embedding embedded = null;
        try (ImportTransaction tx = project.beginImport()) {
            if (finder != null) {
                recordSegmenters(tx, finder);
            }
            ImportEmbedding embedding = finder == null ? null : ImportEmbedding.start(tx, encoder);
            long[] framesDone = {0};
            for (CellTracksCartridge c : carts) {
                done.add(importOne(tx, c, patientCode != null ? patientCode : c.name(), finder, embedding, progress,
                        framesDone, totalFrames));
            }
            if (embedding != null) {
                progress.checkCancelled();
                embedding.finish();
                embedded = embedding.report();
            }
            progress.checkCancelled();
            tx.commit();
        }
        ImportReport report = new ImportReport(done, (System.nanoTime() - start) / 1e9, embedded);
        LOG.info("imported {} cartridge(s), {} frames in {} s", done.size(), totalFrames, report.seconds());
        return report;
    }

    private static ImportReport.Imported importOne(ImportTransaction tx, CellTracksCartridge c, String patient,
                                                   CellFinder finder, ImportEmbedding embedding,
                                                   ProgressListener progress, long[] framesDone, long totalFrames) {
        GridLayout g = c.layout();
        long patientId = tx.addPatient(patient);
        long cartId = tx.addCartridge(CartridgeRow.cellSearch(patientId, c.folder().toString(), g, c.channels(),
                c.warnings()));
        int cells = 0;
        for (FrameFile f : c.frames()) {
            progress.checkCancelled();
            FrameTiffReader.FrameRead read = c.readFrame(f);
            int n = f.frameNumber();
            long frameId = tx.addFrame(new FrameRow(cartId, n, g.row(n), g.col(n), g.isEdge(n),
                    f.file().getFileName().toString(), FileHashes.sha256(f.file()), size(f.file()),
                    json(FrameStats.rescale(read.rescale())), json(FrameStats.stats(read.image()))));
            if (finder != null) {
                cells += addCells(tx, cartId, frameId, g, n, CellExtraction.extract(read, finder), embedding);
            }
            progress.update(++framesDone[0], totalFrames, "importing " + c.name() + " frame " + n
                    + (embedding == null ? "" : " (" + embedding.embedded() + " cells embedded)"));
        }
        List<CellSearchEvent> events = c.xml().events();
        tx.addEvents(cartId, events);
        int assigned = (int) events.stream().filter(e -> Boolean.TRUE.equals(e.assigned())).count();
        return new ImportReport.Imported(c.folder().toString(), patient, cartId, "cellsearch", c.frames().size(),
                events.size(), assigned, cells, c.warnings());
    }

    private static int addCells(ImportTransaction tx, long cartId, long frameId, GridLayout g, int frame,
                                List<CellExtraction.ExtractedCell> cells, ImportEmbedding embedding) {
        for (CellExtraction.ExtractedCell cell : cells) {
            SegmentedObject o = cell.object();
            long id = tx.addCell(new CellRow(cartId, frameId, o.polygon(), o.bboxX(), o.bboxY(), o.bboxWidth(),
                    o.bboxHeight(), o.centroidX(), o.centroidY(), g.toCartridgeX(frame, o.centroidX()),
                    g.toCartridgeY(frame, o.centroidY()), o.area(), cell.foundBy()));
            tx.addCrop(id, cell.crop());
            if (embedding != null) {
                embedding.add(id, cell.crop());
            }
        }
        return cells.size();
    }

    /** Every segmenter the import uses becomes (or matches) a model version: name, file hash, parameters. */
    private static void recordSegmenters(ImportTransaction tx, CellFinder finder) {
        for (CellFinder.Pass pass : finder.passes()) {
            ModelProvenance p = pass.segmenter().provenance();
            tx.addModelVersion(new ModelVersionRow(p.kind(), p.name(), p.file() == null ? null : p.file().toString(),
                    p.file() == null ? null : FileHashes.sha256(p.file()), p.parametersJson(), p.trainingJson(), null));
        }
    }

    private static void refuseDuplicate(Project project, CellTracksCartridge c) {
        for (CartridgeInfo info : project.catalog().cartridges()) {
            if (info.row().sourceFolder().equals(c.folder().toString())) {
                throw new BadInputException(c.folder(), "is already imported as cartridge " + info.id()
                        + " (patient " + info.patientCode() + ")", "nothing to do; use another project to import it again");
            }
        }
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
