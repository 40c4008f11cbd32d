package org.ctcreview.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.GridLayout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad cartridge input gives one clear message naming the file and the fix. */
class BadCartridgeInputTest {
    @TempDir
    Path tmp;
    Path dir;
    GridLayout layout;

    @BeforeEach
    void writeGoodCartridge() {
        layout = CartridgeFixtures.smallLayout();
        dir = CartridgeFixtures.write(tmp.resolve("cart"), layout, CellTracksWriter.Options.defaults());
    }

    private BadInputException refused(ReaderOptions options) {
        return assertThrows(BadInputException.class, () -> {
            CellTracksCartridge c = CellTracksReader.open(dir, options);
            c.frames().forEach(c::readFrame);
        });
    }

    private static void assertNames(BadInputException e, Path file, String problem) {
        assertEquals(file, e.file(), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.fix() != null && !e.fix().isBlank(), "message says what to do: " + e.getMessage());
    }

    private Path frame(int n) {
        return dir.resolve(CellTracksFormat.frameFileName(n));
    }

    @Test
    void truncatedTiff() throws IOException {
        byte[] all = Files.readAllBytes(frame(3));
        Files.write(frame(3), java.util.Arrays.copyOf(all, all.length / 2));
        assertNames(refused(ReaderOptions.defaults()), frame(3), "truncated");
    }

    @Test
    void tiffWithTooFewPages() {
        byte[] px = new byte[layout.frameWidth() * layout.frameHeight()];
        TiffFiles.write(frame(2), List.of(TiffPage.gray8(layout.frameWidth(), layout.frameHeight(), px, "DAPI", null),
                TiffPage.gray8(layout.frameWidth(), layout.frameHeight(), px, "FITC", null)), false);
        assertNames(refused(ReaderOptions.defaults()), frame(2), "2 page(s)");
    }

    @Test
    void sixteenBitTiff() {
        List<TiffPage> pages = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            pages.add(TiffPage.gray16(layout.frameWidth(), layout.frameHeight(),
                    new short[layout.frameWidth() * layout.frameHeight()]));
        }
        TiffFiles.write(frame(4), pages, false);
        assertNames(refused(ReaderOptions.defaults()), frame(4), "16-bit");
    }

    @Test
    void rgbTiff() throws IOException {
        BufferedImage rgb = new BufferedImage(layout.frameWidth(), layout.frameHeight(), BufferedImage.TYPE_3BYTE_BGR);
        assertTrue(ImageIO.write(rgb, "tiff", frame(5).toFile()));
        assertNames(refused(ReaderOptions.defaults()), frame(5), "RGB");
    }

    @Test
    void frameCountThatFitsNoLayout() {
        assertNames(refused(ReaderOptions.defaults().withoutXml()), dir, "fit no known CellSearch layout");
        CellTracksCartridge ok = CellTracksReader.open(dir, ReaderOptions.defaults().withoutXml().withGrid(2, 3));
        assertEquals(6, ok.layout().frameCount());
    }

    @Test
    void missingFrameFile() throws IOException {
        Files.delete(frame(4));
        assertNames(refused(ReaderOptions.defaults()), dir, "first missing: frame 4");
    }

    @Test
    void emptyFolder() throws IOException {
        dir = Files.createDirectory(tmp.resolve("empty"));
        assertNames(refused(ReaderOptions.defaults()), dir, "contains no frame TIFFs");
    }

    @Test
    void missingFolder() {
        dir = tmp.resolve("nope");
        assertNames(refused(ReaderOptions.defaults()), dir, "does not exist");
    }

    @Test
    void missingXmlIsRefusedUnlessNoXmlIsChosen() throws IOException {
        Files.delete(dir.resolve(CellTracksFormat.EVENTS_XML));
        BadInputException e = refused(ReaderOptions.defaults());
        assertNames(e, dir, "has no event XML");
        assertTrue(e.fix().contains("--no-xml"));
        CellTracksCartridge c = CellTracksReader.open(dir, ReaderOptions.defaults().withoutXml().withGrid(2, 3));
        assertTrue(c.xml().events().isEmpty());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("no CellSearch events")));
    }

    @Test
    void garbledXml() throws IOException {
        Path xml = dir.resolve(CellTracksFormat.EVENTS_XML);
        Files.writeString(xml, "<export><runs><record><numcols>3</numcols></runs>");
        assertNames(refused(ReaderOptions.defaults()), xml, "not well-formed");
    }

    @Test
    void xmlFrameNumbersBeyondTheFrameCount() throws IOException {
        Path xml = dir.resolve(CellTracksFormat.EVENTS_XML);
        Files.writeString(xml, Files.readString(xml).replace("<framenum>6</framenum>", "<framenum>60</framenum>"));
        assertNames(refused(ReaderOptions.defaults()), xml, "names frame 60");
    }

    @Test
    void nonImageFileInTheFolder() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "operator notes");
        assertNames(refused(ReaderOptions.defaults()), notes, "not a frame TIFF");
        CellTracksCartridge c = CellTracksReader.open(dir, ReaderOptions.defaults().ignoringExtraFiles());
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("notes.txt")));
    }

    @Test
    void textFileWithTiffExtension() throws IOException {
        Files.writeString(frame(6), "this is not an image at all, just text");
        assertNames(refused(ReaderOptions.defaults()), frame(6), "not a TIFF");
    }

    @Test
    void unreadableFile() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads files whatever their permissions");
        Files.setPosixFilePermissions(frame(1), PosixFilePermissions.fromString("---------"));
        assertNames(refused(ReaderOptions.defaults()), frame(1), "permission denied");
    }

    @Test
    void missingRequiredChannel() {
        BadInputException e = refused(ReaderOptions.defaults().withChannels(List.of("DAPI", "FITC", "PE2", "APC")));
        assertTrue(e.getMessage().contains("channel CK is missing"), e.getMessage());
    }
}
