package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctcreview.model.BadInputException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken models and unusable crops give clear messages naming the file or the cell, never a crash. */
class CellEncoderErrorsTest {
    private static CellEncoder encoder;
    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        encoder = CellEncoder.open(EncoderFixture.model(), new CellEncoder.Options(8, 1));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private static float[][] crop(int size) {
        float[][] c = new float[3][size * size];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < c[k].length; i++) {
                c[k][i] = (i * (k + 3)) % 251;
            }
        }
        return c;
    }

    @Test
    void corruptModelFile() throws IOException {
        Files.writeString(dir.resolve("model.json"), EncoderCardTest.CARD);
        Files.write(dir.resolve("model.pt"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        BadInputException e = assertThrows(BadInputException.class, () -> CellEncoder.open(dir).close());
        assertTrue(e.getMessage().contains("model.pt") && e.getMessage().contains("cannot be loaded")
                && e.getMessage().contains("Fix:"), e.getMessage());
    }

    @Test
    void missingModelFile() throws IOException {
        Files.writeString(dir.resolve("model.json"), EncoderCardTest.CARD);
        BadInputException e = assertThrows(BadInputException.class, () -> CellEncoder.open(dir).close());
        assertTrue(e.getMessage().contains("model.pt") && e.getMessage().contains("TorchScript file is missing"),
                e.getMessage());
    }

    @Test
    void wrongCropSizeNamesTheCell() {
        List<float[][]> crops = List.of(crop(48), crop(40));
        BadInputException e = assertThrows(BadInputException.class,
                () -> encoder.embed(crops, i -> "cell " + (100 + i)));
        assertTrue(e.getMessage().contains("cell 101") && e.getMessage().contains("40 x 40")
                && e.getMessage().contains("48 x 48"), e.getMessage());
    }

    @Test
    void wrongChannelCount() {
        float[][] two = {crop(48)[0], crop(48)[1]};
        BadInputException e = assertThrows(BadInputException.class, () -> encoder.embed(List.<float[][]>of(two)));
        assertTrue(e.getMessage().contains("crop 0") && e.getMessage().contains("2 channel(s)")
                && e.getMessage().contains("[DAPI, CK, CD45]"), e.getMessage());
    }

    @Test
    void nanOrInfinityInACropNamesTheCell() {
        float[][] bad = crop(48);
        bad[0][10] = Float.NaN;
        BadInputException e = assertThrows(BadInputException.class,
                () -> encoder.embed(List.of(crop(48), bad), i -> "cell " + (7 + i)));
        assertTrue(e.getMessage().contains("cell 8") && e.getMessage().contains("NaN")
                && e.getMessage().contains("DAPI"), e.getMessage());
        bad[0][10] = Float.POSITIVE_INFINITY;
        e = assertThrows(BadInputException.class, () -> encoder.embed(List.<float[][]>of(bad)));
        assertTrue(e.getMessage().contains("Infinity"), e.getMessage());
    }

    @Test
    void nanInTheOutputIsRefusedNamingTheModel() {
        Path pt = Path.of("models/x/model.pt");
        BadInputException e = assertThrows(BadInputException.class,
                () -> CellEncoder.requireFinite(new float[] {0.5f, Float.NaN}, "cell 3", pt));
        assertTrue(e.getMessage().contains(pt.toString()) && e.getMessage().contains("cell 3")
                && e.getMessage().contains("NaN"), e.getMessage());
    }

    @Test
    void aCardThatDoesNotMatchTheModelIsRefused() throws IOException {
        Files.copy(EncoderFixture.model().resolve("model.pt"), dir.resolve("model.pt"));
        Files.writeString(dir.resolve("model.json"), EncoderCardTest.CARD.replace("\"embedding_dim\":128",
                "\"embedding_dim\":64"));
        try (CellEncoder wrong = CellEncoder.open(dir, new CellEncoder.Options(8, 1))) {
            BadInputException e = assertThrows(BadInputException.class,
                    () -> wrong.embed(List.<float[][]>of(crop(48))));
            assertTrue(e.getMessage().contains("model.pt") && e.getMessage().contains("(batch, 64)"), e.getMessage());
        }
    }

    @Test
    void anEmptyListGivesNoEmbeddingsAndCropsOfAnyBatchSizeWork() {
        assertEquals(0, encoder.embed(List.of()).length);
        float[] one = encoder.embed(List.<float[][]>of(crop(48)))[0];
        float[][] many = encoder.embed(java.util.Collections.nCopies(19, crop(48)));
        assertEquals(19, many.length);
        for (float[] e : many) {
            for (int k = 0; k < e.length; k++) {
                assertEquals(one[k], e[k], 1e-4f);
            }
        }
    }
}
