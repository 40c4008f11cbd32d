package org.ctcreview.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.ctcreview.model.FrameImage;
import org.ctcreview.model.GridLayout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellTracksRoundTripTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "deflate={0}, high tag offset={1}")
    @CsvSource({"false,false", "true,false", "false,true", "true,true"})
    void readerRecoversWhatTheWriterWrote(boolean deflate, boolean offset) {
        GridLayout layout = CartridgeFixtures.smallLayout();
        Path dir = CartridgeFixtures.write(tmp.resolve("c1"), layout, new CellTracksWriter.Options(deflate, offset));

        CellTracksCartridge cart = CellTracksReader.open(dir, ReaderOptions.defaults());

        assertEquals(layout, cart.layout());
        assertEquals(CellTracksFormat.STANDARD_CHANNELS, cart.channels());
        assertEquals(6, cart.frames().size());
        assertEquals(CartridgeFixtures.events(layout), cart.xml().events());
        for (FrameFile f : cart.frames()) {
            FrameImage original = CartridgeFixtures.frame(layout, f.frameNumber(), 1);
            FrameTiffReader.FrameRead read = cart.readFrame(f);
            assertEquals(4, read.pagesInFile());
            for (int c = 0; c < 4; c++) {
                assertTrue(read.rescale().get(c).fromTags());
                float[] a = original.planes()[c];
                float[] b = read.image().planes()[c];
                float step = (read.rescale().get(c).high() - read.rescale().get(c).low()) / 255f;
                for (int i = 0; i < a.length; i++) {
                    assertEquals(a[i], b[i], step / 2 + 1.01f, "frame " + f.frameNumber() + " channel " + c + " px " + i);
                }
            }
        }
    }
}
