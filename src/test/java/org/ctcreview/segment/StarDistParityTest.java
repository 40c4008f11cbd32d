package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Java (DJL, libtorch 2.7.1) gives the same outputs as the Python model that exported the TorchScript
 * (torch 1.13), on the fixture written by training/stardist/export.py, and normalises the same way.
 */
class StarDistParityTest {
    @Test
    void javaInferenceMatchesPythonOnTheFixture() throws IOException {
        JsonNode meta = ParityFixture.meta();
        int h = meta.path("height").asInt();
        int w = meta.path("width").asInt();
        Path model = ParityFixture.model();
        float[] input = ParityFixture.floats("input.f32");
        float[] prob = ParityFixture.floats("prob.f32");
        float[] dist = ParityFixture.floats("dist.f32");
        assertEquals(w * h, input.length);
        try (StarDistSegmenter s = StarDistSegmenter.load(model, StarDistSegmenter.TilingOptions.defaults())) {
            StarDistTranslator.Output out = s.predictRaw(input, w, h);
            assertEquals(prob.length, out.prob().length);
            assertEquals(dist.length, out.dist().length);
            double maxProb = 0;
            double maxDist = 0;
            for (int i = 0; i < prob.length; i++) {
                maxProb = Math.max(maxProb, Math.abs(prob[i] - out.prob()[i]));
            }
            for (int i = 0; i < dist.length; i++) {
                maxDist = Math.max(maxDist, Math.abs(dist[i] - out.dist()[i]));
            }
            assertTrue(maxProb < 1e-4, "largest probability difference " + maxProb);
            assertTrue(maxDist < 1e-3, "largest distance difference (pixels) " + maxDist);
        }
    }

    @Test
    void javaNormalisationMatchesNumpyPercentiles() throws IOException {
        JsonNode meta = ParityFixture.meta();
        float[] raw = ParityFixture.floats("raw.f32");
        float[] expected = ParityFixture.floats("input.f32");
        Percentiles.Normalised n = Percentiles.normalise(raw, meta.path("percentile_low").asDouble(1),
                meta.path("percentile_high").asDouble(99.8));
        assertEquals(meta.path("p_lo").asDouble(), n.pLow(), 1e-3);
        assertEquals(meta.path("p_hi").asDouble(), n.pHigh(), 1e-3);
        for (int i = 0; i < raw.length; i++) {
            assertEquals(expected[i], n.values()[i], 1e-4, "pixel " + i);
        }
    }
}
