package org.ctcreview.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Java (DJL, libtorch 2.7.1) gives the same outputs as the Python model that exported the TorchScript
 * (torch 1.13), on the fixture written by training/stardist/export.py, and normalises the same way.
 */
class StarDistParityTest {
    private static final Path FIXTURE = Path.of("src/test/resources/segment/parity");

    private static float[] floats(String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(FIXTURE.resolve(name))).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }

    @Test
    void javaInferenceMatchesPythonOnTheFixture() throws IOException {
        JsonNode meta = new ObjectMapper().readTree(FIXTURE.resolve("parity.json").toFile());
        int h = meta.path("height").asInt();
        int w = meta.path("width").asInt();
        Path model = Path.of("models").resolve(meta.path("model").asText());
        float[] input = floats("input.f32");
        float[] prob = floats("prob.f32");
        float[] dist = floats("dist.f32");
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
        JsonNode meta = new ObjectMapper().readTree(FIXTURE.resolve("parity.json").toFile());
        float[] raw = floats("raw.f32");
        float[] expected = floats("input.f32");
        Percentiles.Normalised n = Percentiles.normalise(raw, meta.path("percentile_low").asDouble(1),
                meta.path("percentile_high").asDouble(99.8));
        assertEquals(meta.path("p_lo").asDouble(), n.pLow(), 1e-3);
        assertEquals(meta.path("p_hi").asDouble(), n.pHigh(), 1e-3);
        for (int i = 0; i < raw.length; i++) {
            assertEquals(expected[i], n.values()[i], 1e-4, "pixel " + i);
        }
    }
}
