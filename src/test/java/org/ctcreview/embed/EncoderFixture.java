package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed encoder (models/encoder-xcit-nano-dino-v1) and the Java-vs-Python fixture its export wrote
 * (src/test/resources/embed/parity): uint8 crops N x 3 x 48 x 48 and Python's float32 embeddings N x dim.
 * Missing files fail the test with a message saying what to commit; they are never skipped.
 */
public final class EncoderFixture {
    public static final Path MODEL = Path.of("models/encoder-xcit-nano-dino-v1");
    static final Path DIR = Path.of("src/test/resources/embed/parity");

    private EncoderFixture() {
    }

    /** The encoder folder; fails the test when it is not in the checkout. */
    public static Path model() {
        if (!Files.isRegularFile(MODEL.resolve("model.pt")) || !Files.isRegularFile(MODEL.resolve("model.json"))) {
            fail(MODEL.toAbsolutePath() + " holds no model.pt + model.json: commit the exported encoder there "
                    + "(the tests run it; see training/README.md)");
        }
        return MODEL;
    }

    static JsonNode meta() throws IOException {
        return new ObjectMapper().readTree(file("fixture.json").toFile());
    }

    /** The fixture's crops as planes per channel, values 0..255. */
    static List<float[][]> crops() throws IOException {
        JsonNode m = meta();
        int n = m.path("n").asInt();
        int c = m.path("channels").size();
        int s = m.path("size").asInt();
        byte[] b = Files.readAllBytes(file("crops_u8_n3x48x48.bin"));
        if (b.length != n * c * s * s) {
            fail("crops_u8_n3x48x48.bin has " + b.length + " bytes, fixture.json says " + n + " x " + c + " x " + s
                    + " x " + s + ": regenerate the fixture with the model");
        }
        List<float[][]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[][] planes = new float[c][s * s];
            for (int k = 0; k < c; k++) {
                for (int p = 0; p < s * s; p++) {
                    planes[k][p] = b[(i * c + k) * s * s + p] & 0xff;
                }
            }
            out.add(planes);
        }
        return out;
    }

    /** Python's embeddings, one row per crop. */
    static float[][] embeddings() throws IOException {
        JsonNode m = meta();
        int n = m.path("n").asInt();
        int dim = m.path("dim").asInt();
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file("embeddings_f32.bin"))).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() != 4 * n * dim) {
            fail("embeddings_f32.bin has " + b.remaining() + " bytes, expected " + n + " x " + dim + " float32");
        }
        float[][] out = new float[n][dim];
        for (float[] row : out) {
            b.asFloatBuffer().get(row);
            b.position(b.position() + 4 * dim);
        }
        return out;
    }

    private static Path file(String name) {
        Path f = DIR.resolve(name);
        if (!Files.isRegularFile(f)) {
            fail(f.toAbsolutePath() + " is missing: commit the parity fixture the encoder export wrote "
                    + "(fixture.json, crops_u8_n3x48x48.bin, embeddings_f32.bin)");
        }
        return f;
    }
}
