package org.ctcreview.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.embed.EncoderFixture;
import org.ctcreview.io.CartridgeFixtures;
import org.ctcreview.pipeline.CropPlanes;
import org.ctcreview.store.Embeddings;
import org.ctcreview.store.ModelVersionRow;
import org.ctcreview.store.Project;
import org.ctcreview.task.CancelFlag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Embedding through the command line: during import, with ctc embed, after a model change, and benchmarked. */
class EmbedCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    Path cart;
    Path project;

    @BeforeEach
    void setUp() {
        EncoderFixture.model();
        cart = CartridgeFixtures.writeWithCells(tmp.resolve("P020"));
        project = tmp.resolve("proj");
    }

    private JsonNode summary() throws IOException {
        CliRunner r = CliRunner.run("info", "--project", project.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.lastLine()).get("summary");
    }

    private JsonNode ok(String... args) throws IOException {
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.code(), r.out() + r.err());
        return JSON.readTree(r.lastLine());
    }

    private void importWithoutEmbedding() throws IOException {
        CliRunner r = CliRunner.run("import", "--project", project.toString(), cart.toString(), "--segmenter",
                "classic", "--no-embed");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("not embedded (--no-embed)") && r.out().contains("ctc embed"), r.out());
        assertEquals(0, summary().get("embeddings").asInt());
    }

    @Test
    void importEmbedsEveryNewCellWithTheDefaultEncoderAsJavaWouldDirectly() throws IOException {
        JsonNode imported = ok("import", "--project", project.toString(), cart.toString(), "--segmenter", "classic",
                "--json");
        int cells = summary().get("cells").asInt();
        assertTrue(cells >= 6, "the fixture has two cells per frame, found " + cells);
        assertEquals(cells, imported.get("embedding").get("cells").asInt());
        assertEquals(cells, summary().get("embeddings").asInt(), "one embedding per cell");
        long version = imported.get("embedding").get("modelVersionId").asLong();
        try (Project p = Project.openReadOnly(project);
             CellEncoder enc = CellEncoder.open(EncoderFixture.model())) {
            ModelVersionRow row = p.modelVersions().get(version).orElseThrow().row();
            assertEquals("encoder", row.kind());
            assertEquals(enc.fileSha256(), row.fileSha256());
            assertTrue(row.parametersJson().contains("minmax_per_crop_channel"), row.parametersJson());
            Embeddings.Matrix m = p.embeddings().matrix(version);
            assertEquals(cells, m.size());
            assertEquals(enc.dim(), m.dim());
            long cell = m.cellIds()[cells - 1];
            float[][] planes = CropPlanes.of(p.crops().get(cell).orElseThrow(), enc.card().channels(), cell);
            assertArrayEquals(enc.embed(List.<float[][]>of(planes))[0], m.vectors()[cells - 1], 1e-5f);
        }
        JsonNode again = ok("embed", "--project", project.toString(), "--json");
        assertEquals(0, again.get("embedded").asInt(), "nothing left to embed");
        assertEquals(cells, again.get("already_embedded").asInt());
        assertEquals(version, again.get("model_version_id").asLong(), "the same model is the same version");
    }

    @Test
    void embedFillsInAndReembedsAfterTheModelChanges() throws IOException {
        importWithoutEmbedding();
        int cells = summary().get("cells").asInt();
        JsonNode first = ok("embed", "--project", project.toString(), "--json");
        assertEquals(cells, first.get("embedded").asInt());

        Path other = Files.createDirectories(tmp.resolve("encoder-other"));
        Files.copy(EncoderFixture.model().resolve("model.pt"), other.resolve("model.pt"));
        JsonNode card = JSON.readTree(EncoderFixture.model().resolve("model.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) card).put("name", "encoder-retrained");
        Files.writeString(other.resolve("model.json"), card.toString());
        JsonNode second = ok("embed", "--project", project.toString(), "--encoder", other.toString(), "--json");
        assertEquals(cells, second.get("embedded").asInt(), "a new model version: every cell again");
        assertNotEquals(first.get("model_version_id").asLong(), second.get("model_version_id").asLong());
        assertEquals(2 * cells, summary().get("embeddings").asInt(), "the old version's embeddings stay");

        assertEquals(0, ok("embed", "--project", project.toString(), "--encoder", other.toString(), "--json")
                .get("embedded").asInt());
        assertEquals(cells, ok("embed", "--project", project.toString(), "--encoder", other.toString(), "--force",
                "--json").get("embedded").asInt());
        assertEquals(2 * cells, summary().get("embeddings").asInt(), "--force replaces, never duplicates");
    }

    @Test
    void cancelledEmbedChangesNothing() throws IOException {
        importWithoutEmbedding();
        JsonNode before = summary();
        CancelFlag cancel = new CancelFlag();
        cancel.cancel();
        CliRunner r = CliRunner.run(cancel, "embed", "--project", project.toString());
        assertEquals(ExitCodes.CANCELLED, r.code(), r.err());
        assertEquals(before, summary());
    }

    @Test
    void withoutAnEncoderImportStillWorksAndSaysHowToEmbedLater() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("no-models"));
        String old = System.getProperty("ctc.models");
        System.setProperty("ctc.models", empty.toString());
        try {
            CliRunner r = CliRunner.run("import", "--project", project.toString(), cart.toString(), "--segmenter",
                    "classic", "--json");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("cells were not embedded: no encoder model is installed")
                    && r.out().contains("ctc embed --project"), r.out());
            assertTrue(JSON.readTree(r.lastLine()).get("embedding").isNull());
            assertTrue(summary().get("cells").asInt() > 0);
            assertEquals(0, summary().get("embeddings").asInt());

            CliRunner embed = CliRunner.run("embed", "--project", project.toString());
            assertEquals(ExitCodes.BAD_INPUT, embed.code());
            assertTrue(embed.err().contains("no encoder model is installed") && embed.err().contains("--encoder"),
                    embed.err());
        } finally {
            if (old == null) {
                System.clearProperty("ctc.models");
            } else {
                System.setProperty("ctc.models", old);
            }
        }
    }

    @Test
    void aBrokenEncoderNamedOnTheCommandLineStopsTheImportAndChangesNothing() throws IOException {
        Path broken = Files.createDirectories(tmp.resolve("encoder-broken"));
        Files.copy(EncoderFixture.model().resolve("model.json"), broken.resolve("model.json"));
        Files.write(broken.resolve("model.pt"), new byte[] {9, 9, 9});
        CliRunner r = CliRunner.run("import", "--project", project.toString(), cart.toString(), "--segmenter",
                "classic", "--encoder", broken.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains(broken.resolve("model.pt").toString()) && r.err().contains("Fix:"), r.err());
        assertEquals(0, summary().get("cells").asInt());
    }

    @Test
    void pipelinePassesTheEmbeddingOptionsOn() throws IOException {
        JsonNode s = ok("pipeline", "--project", project.toString(), cart.toString(), "--no-embed", "--json");
        assertTrue(s.get("summary").get("cells").asInt() > 0);
        assertEquals(0, s.get("summary").get("embeddings").asInt());
    }

    @Test
    void benchEmbedPrintsCropsPerSecondAndWhereTheCropsCameFrom() throws IOException {
        CliRunner r = CliRunner.run("bench", "embed", "--generated", "--crops", "12", "--batch", "4", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode m = JSON.readTree(r.lastLine());
        assertTrue(m.get("crops_per_s").asDouble() > 0, r.lastLine());
        assertEquals(12, m.get("crops").asInt());
        assertTrue(m.get("crops_source").asText().startsWith("generated"), r.lastLine());
        assertTrue(m.has("cores") && m.has("java") && m.has("target"), r.lastLine());
        assertTrue(r.out().contains("crops_per_s: "), r.out());
    }
}
