package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ctcreview.model.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken or missing model gives a clear message naming the file, never a crash. */
class StarDistLoadingTest {
    private static final String CARD = "{\"name\":\"t\",\"input\":{\"channels\":1,\"divisible_by\":16,"
            + "\"normalisation\":{\"low\":1,\"high\":99.8}},\"grid\":2,\"rays\":32,\"thresholds\":{\"prob\":0.5,\"nms\":0.4}}";
    @TempDir
    Path dir;

    private BadInputException refused() {
        return assertThrows(BadInputException.class,
                () -> StarDistSegmenter.load(dir, StarDistSegmenter.TilingOptions.defaults()).close());
    }

    @Test
    void corruptTorchScriptFile() throws IOException {
        Files.writeString(dir.resolve("model.json"), CARD);
        Files.write(dir.resolve("model.pt"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        BadInputException e = refused();
        assertTrue(e.getMessage().contains("model.pt") && e.getMessage().contains("cannot be loaded"), e.getMessage());
    }

    @Test
    void missingModelFile() throws IOException {
        Files.writeString(dir.resolve("model.json"), CARD);
        assertTrue(refused().getMessage().contains("TorchScript file is missing"));
    }

    @Test
    void missingOrGarbledCard() throws IOException {
        assertTrue(refused().getMessage().contains("model card is missing"));
        Files.writeString(dir.resolve("model.json"), "{not json");
        assertTrue(refused().getMessage().contains("not valid JSON"));
    }

    @Test
    void wrongInputChannelCount() throws IOException {
        Files.writeString(dir.resolve("model.json"), CARD.replace("\"channels\":1", "\"channels\":3"));
        assertTrue(refused().getMessage().contains("expects 3 input channels"));
    }
}
