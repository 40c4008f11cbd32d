package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctcreview.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing, garbled or unusable encoder card is refused with a message naming model.json and the fix. */
class EncoderCardTest {
    static final String CARD = "{\"name\":\"t\",\"kind\":\"encoder\",\"input\":{\"layout\":\"NCHW float32\","
            + "\"size\":48,\"channels\":[\"DAPI\",\"CK\",\"CD45\"],\"normalization\":\"minmax_per_crop_channel\","
            + "\"range\":[-1.0,1.0]},\"output\":{\"embedding_dim\":128},\"training\":{\"seed\":0}}";
    @TempDir
    Path dir;

    private String refused(String card) throws IOException {
        if (card != null) {
            Files.writeString(dir.resolve("model.json"), card);
        }
        BadInputException e = assertThrows(BadInputException.class, () -> EncoderCard.read(dir));
        assertTrue(e.getMessage().contains(dir.resolve("model.json").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("Fix:"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsTheCommittedCardsFields() throws IOException {
        Files.writeString(dir.resolve("model.json"), CARD);
        EncoderCard c = EncoderCard.read(dir);
        assertEquals("t", c.name());
        assertEquals(48, c.size());
        assertEquals(List.of("DAPI", "CK", "CD45"), c.channels());
        assertEquals(-1f, c.rangeLow());
        assertEquals(1f, c.rangeHigh());
        assertEquals(128, c.embeddingDim());
        assertEquals("{\"seed\":0}", c.trainingJson());
        assertTrue(c.cardJson().contains("minmax_per_crop_channel"));
    }

    @Test
    void missingCard() throws IOException {
        assertTrue(refused(null).contains("encoder card is missing"));
    }

    @Test
    void garbledCard() throws IOException {
        assertTrue(refused("{not json").contains("not valid JSON"));
        assertTrue(refused("[1, 2]").contains("not a JSON object"));
    }

    @Test
    void wrongKind() throws IOException {
        assertTrue(refused(CARD.replace("\"kind\":\"encoder\"", "\"kind\":\"segmenter\"")).contains("not 'encoder'"));
        assertTrue(refused(CARD.replace("\"kind\":\"encoder\",", "")).contains("not 'encoder'"));
    }

    @Test
    void badSizeChannelsDimOrRange() throws IOException {
        assertTrue(refused(CARD.replace("\"size\":48", "\"size\":0")).contains("input.size"));
        assertTrue(refused(CARD.replace("\"size\":48", "\"size\":\"big\"")).contains("input.size"));
        assertTrue(refused(CARD.replace("[\"DAPI\",\"CK\",\"CD45\"]", "[]")).contains("input.channels"));
        assertTrue(refused(CARD.replace("{\"embedding_dim\":128}", "{}")).contains("output.embedding_dim is missing"));
        assertTrue(refused(CARD.replace("[-1.0,1.0]", "[1.0,-1.0]")).contains("input.range"));
        assertTrue(refused(CARD.replace("NCHW float32", "NHWC uint8")).contains("input.layout"));
    }

    @Test
    void unknownNormalisation() throws IOException {
        assertTrue(refused(CARD.replace("minmax_per_crop_channel", "percentile_1_99"))
                .contains("unknown input.normalization 'percentile_1_99'"));
    }
}
