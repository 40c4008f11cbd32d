package org.ctcreview.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.embed.EncoderFixture;
import org.ctcreview.io.CartridgeFixtures;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.io.TiffFiles;
import org.ctcreview.io.TiffPage;
import org.ctcreview.segment.ClassicSegmenter;
import org.ctcreview.store.Project;
import org.ctcreview.store.ProjectSummary;
import org.ctcreview.task.CancelledException;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cells are embedded inside the import's transaction: all of them, or none when the import stops. */
class ImportEmbeddingTest {
    private static CellEncoder encoder;
    @TempDir
    Path tmp;

    @BeforeAll
    static void open() {
        // small batches so that a 4-frame cartridge spans several embedding chunks
        encoder = CellEncoder.open(EncoderFixture.model(), new CellEncoder.Options(2, 2));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static ImportReport importCells(Project p, Path cart, ProgressListener progress) {
        try (CellFinder finder = CellFinder.of(ClassicSegmenter.withDefaults())) {
            return CartridgeImport.run(p, List.of(cart), ReaderOptions.defaults(), null, finder, encoder, progress);
        }
    }

    @Test
    void everyCellOfACartridgeGetsOneEmbedding() {
        Path cart = CartridgeFixtures.writeWithCells(tmp.resolve("P030"));
        try (Project p = Project.open(tmp.resolve("proj"))) {
            ImportReport r = importCells(p, cart, ProgressListener.none());
            ProjectSummary s = p.summary();
            assertTrue(s.cells() >= 6, "cells " + s.cells());
            assertEquals(s.cells(), s.embeddings());
            assertEquals(s.cells(), r.embedding().cells());
            assertEquals(encoder.name(), r.embedding().encoder());
            assertTrue(p.embeddings().cellsWithoutEmbedding(r.embedding().modelVersionId()).isEmpty());
        }
    }

    @Test
    void anImportCancelledAfterCellsWereEmbeddedStoresNoCellsNoEmbeddingsAndNoModelVersion() {
        Path cart = CartridgeFixtures.writeWithCells(tmp.resolve("P031"));
        List<String> seen = new ArrayList<>();
        ProgressListener cancelOnceEmbedding = new ProgressListener() {
            @Override
            public void update(long done, long total, String message) {
                seen.add(message);
            }

            @Override
            public boolean isCancelled() {
                return !seen.isEmpty() && seen.get(seen.size() - 1).matches(".*\\([1-9][0-9]* cells embedded\\)");
            }
        };
        // chunks of 4 crops: the first cells are embedded and written after frame 2, before the import stops
        try (Project p = Project.open(tmp.resolve("proj"));
             CellEncoder oneByOne = CellEncoder.open(EncoderFixture.model(), new CellEncoder.Options(1, 1));
             CellFinder finder = CellFinder.of(ClassicSegmenter.withDefaults())) {
            assertThrows(CancelledException.class, () -> CartridgeImport.run(p, List.of(cart),
                    ReaderOptions.defaults(), null, finder, oneByOne, cancelOnceEmbedding));
            assertTrue(seen.stream().anyMatch(m -> m.endsWith("cells embedded)") && !m.contains("(0 cells")),
                    seen.toString());
            ProjectSummary s = p.summary();
            assertEquals(0, s.cells());
            assertEquals(0, s.embeddings());
            assertEquals(0, s.modelVersions());
        }
    }

    @Test
    void thumbnailsAreEmbeddedToo() {
        Path dir = tmp.resolve("thumbs");
        List<String> pages = List.of("DAPI", "FITC", "CK", "CD45");
        for (int i = 0; i < 3; i++) {
            List<TiffPage> tiff = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                byte[] px = new byte[60 * 60];
                for (int j = 0; j < px.length; j++) {
                    px[j] = (byte) ((j * (k + 1) + i * 7) % 200);
                }
                tiff.add(TiffPage.gray8(60, 60, px, pages.get(k), Map.of()));
            }
            TiffFiles.write(dir.resolve("event" + i + ".tif"), tiff, false);
        }
        try (Project p = Project.open(tmp.resolve("proj"))) {
            ImportReport r = ThumbnailImport.run(p, dir, pages, "PT1", encoder, ProgressListener.none());
            assertEquals(3, r.embedding().cells());
            assertEquals(3, p.summary().embeddings());
        }
    }
}
