package org.ctcreview.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.ctcreview.io.TiffFiles;
import org.ctcreview.io.TiffPage;
import org.ctcreview.model.BadInputException;
import org.ctcreview.store.CropRow;
import org.ctcreview.store.Project;
import org.ctcreview.store.Stored;
import org.ctcreview.store.CellRow;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThumbnailImportTest {
    private static final List<String> PAGES = List.of("DAPI", "FITC", "CK", "CD45");
    @TempDir
    Path tmp;

    /** An 80x80 thumbnail whose page p has value 10*(p+1) everywhere and 200+p at the centre pixel. */
    private static byte[] page(int p, int size) {
        byte[] px = new byte[size * size];
        java.util.Arrays.fill(px, (byte) (10 * (p + 1)));
        px[(size / 2) * size + size / 2] = (byte) (200 + p);
        return px;
    }

    @Test
    void multipageThumbnailsBecomeCellsWithCentredCrops() {
        Path dir = tmp.resolve("thumbs");
        for (int i = 0; i < 3; i++) {
            List<TiffPage> pages = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                pages.add(TiffPage.gray8(80, 80, page(p, 80), PAGES.get(p), Map.of()));
            }
            TiffFiles.write(dir.resolve("event" + i + ".tif"), pages, false);
        }
        try (Project project = Project.open(tmp.resolve("proj"))) {
            ImportReport r = ThumbnailImport.run(project, dir, PAGES, "PT1", ProgressListener.none());
            assertEquals(3, r.cartridges().get(0).cells());
            List<Stored<CellRow>> cells = project.catalog().cells(r.cartridges().get(0).cartridgeId());
            assertEquals(3, cells.size());
            CropRow crop = project.crops().get(cells.get(0).id()).orElseThrow();
            assertEquals(48, crop.width());
            assertEquals(3, crop.channels());
            float[] v = crop.toFloats();
            int centre = 24 * 48 + 24;
            assertEquals(200, v[centre], "DAPI page centre");
            assertEquals(202, v[48 * 48 + centre], "CK is page 3");
            assertEquals(203, v[2 * 48 * 48 + centre], "CD45 is page 4");
            assertEquals(30, v[48 * 48], "CK background");
        }
    }

    @Test
    void onePngPerChannelIsGroupedByCell() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("perchannel"));
        for (String cell : List.of("c1", "c2")) {
            for (String ch : List.of("DAPI", "CK-PE", "CD45-APC")) {
                BufferedImage img = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
                img.getRaster().setSample(20, 20, 0, ch.length());
                ImageIO.write(img, "png", dir.resolve(cell + "_" + ch + ".png").toFile());
            }
        }
        try (Project project = Project.open(tmp.resolve("proj"))) {
            ImportReport r = ThumbnailImport.run(project, dir, PAGES, null, ProgressListener.none());
            assertEquals(2, r.cartridges().get(0).cells());
            assertEquals("perchannel", r.cartridges().get(0).patientCode());
            long cell = project.catalog().cells(r.cartridges().get(0).cartridgeId()).get(0).id();
            float[] v = project.crops().get(cell).orElseThrow().toFloats();
            int centre = 24 * 48 + 24;
            assertEquals(4, v[centre], "40 px thumbnail is padded, centre kept");
            assertEquals(5, v[48 * 48 + centre]);
            assertEquals(8, v[2 * 48 * 48 + centre]);
        }
    }

    @Test
    void aMissingChannelImageIsRefusedAndNothingIsImported() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("partial"));
        for (String ch : List.of("DAPI", "CK")) {
            ImageIO.write(new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY), "png",
                    dir.resolve("c1_" + ch + ".png").toFile());
        }
        try (Project project = Project.open(tmp.resolve("proj"))) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> ThumbnailImport.run(project, dir, PAGES, null, ProgressListener.none()));
            assertTrue(e.getMessage().contains("no CD45 image"), e.getMessage());
            assertEquals(0, project.summary().cells());
        }
    }
}
