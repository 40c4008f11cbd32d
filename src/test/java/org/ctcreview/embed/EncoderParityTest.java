package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Java (DJL, libtorch 2.7.1) embeds the fixture's crops as the Python export did (torch 1.13): same
 * normalisation, same forward pass, within 1e-4 per value, whether crops run in one batch or in several
 * batches on two predictors.
 */
class EncoderParityTest {
    private static final double TOLERANCE = 1e-4;

    @Test
    void javaEmbeddingsMatchPythonInOneBatchOnOneThread() throws IOException {
        check(new CellEncoder.Options(64, 1));
    }

    @Test
    void javaEmbeddingsMatchPythonInSmallBatchesOnTwoPredictors() throws IOException {
        check(new CellEncoder.Options(4, 2));
    }

    private static void check(CellEncoder.Options options) throws IOException {
        List<float[][]> crops = EncoderFixture.crops();
        float[][] expected = EncoderFixture.embeddings();
        try (CellEncoder enc = CellEncoder.open(EncoderFixture.model(), options)) {
            assertEquals(EncoderFixture.meta().path("dim").asInt(), enc.dim(), "card embedding_dim vs fixture");
            float[][] got = enc.embed(crops);
            assertEquals(expected.length, got.length);
            double worst = 0;
            for (int i = 0; i < got.length; i++) {
                assertEquals(expected[i].length, got[i].length);
                for (int k = 0; k < got[i].length; k++) {
                    worst = Math.max(worst, Math.abs(expected[i][k] - got[i][k]));
                }
            }
            assertTrue(worst < TOLERANCE, "largest difference to Python " + worst);
        }
    }
}
