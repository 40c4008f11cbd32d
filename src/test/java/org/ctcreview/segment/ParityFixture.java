package org.ctcreview.segment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Java-vs-Python fixture written by training/stardist/export.py. */
final class ParityFixture {
    static final Path DIR = Path.of("src/test/resources/segment/parity");

    private ParityFixture() {
    }

    static JsonNode meta() throws IOException {
        return new ObjectMapper().readTree(DIR.resolve("parity.json").toFile());
    }

    /** A raw float32 little-endian file of the fixture. */
    static float[] floats(String name) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(DIR.resolve(name))).order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / 4];
        b.asFloatBuffer().get(out);
        return out;
    }

    /** The model folder the fixture was exported from. */
    static Path model() throws IOException {
        return Path.of("models").resolve(meta().path("model").asText());
    }
}
