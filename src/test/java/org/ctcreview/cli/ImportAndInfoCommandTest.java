package org.ctcreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ctcreview.io.CartridgeFixtures;
import org.ctcreview.io.CellTracksFormat;
import org.ctcreview.io.CellTracksWriter;
import org.ctcreview.store.Project;
import org.ctcreview.task.CancelFlag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportAndInfoCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    Path cart;
    Path project;

    @BeforeEach
    void setUp() {
        cart = CartridgeFixtures.write(tmp.resolve("P007"), CartridgeFixtures.smallLayout(), CellTracksWriter.Options.defaults());
        project = tmp.resolve("proj");
    }

    private JsonNode info() throws IOException {
        CliRunner r = CliRunner.run("info", "--project", project.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.lastLine()).get("summary");
    }

    @Test
    void importThenInfoReportsFramesAndEventsAsJson() throws IOException {
        CliRunner r = CliRunner.run("import", "--project", project.toString(), cart.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode imported = JSON.readTree(r.lastLine());
        assertEquals("P007", imported.get("cartridges").get(0).get("patientCode").asText());
        JsonNode s = info();
        assertEquals(1, s.get("patients").asInt());
        assertEquals(6, s.get("frames").asInt());
        assertEquals(6, s.get("events").asInt());
        assertEquals(3, s.get("assignedEvents").asInt());
    }

    @Test
    void everySegmenterAnImportUsesIsRecordedOnceAsAModelVersion() throws IOException {
        assertEquals(0, CliRunner.run("import", "--project", project.toString(), cart.toString(),
                "--segmenter", "hybrid", "--no-embed").code());
        assertEquals(2, info().get("modelVersions").asInt(), "StarDist@CK and classic@DAPI");
        Path other = CartridgeFixtures.write(tmp.resolve("P010"), CartridgeFixtures.smallLayout(),
                CellTracksWriter.Options.defaults());
        assertEquals(0, CliRunner.run("import", "--project", project.toString(), other.toString(),
                "--segmenter", "classic", "--no-embed").code());
        assertEquals(2, info().get("modelVersions").asInt(), "the same segmenters are not recorded twice");
        try (Project p = Project.openReadOnly(project)) {
            var stardist = p.modelVersions().get(1).orElseThrow().row();
            assertTrue(stardist.name().startsWith("stardist:") && stardist.fileSha256().length() == 64, stardist.toString());
            assertTrue(stardist.parametersJson().contains("prob_threshold"), stardist.parametersJson());
        }
    }

    @Test
    void badInputExitsNonZeroNamesTheFileAndLeavesTheProjectUnchanged() throws IOException {
        assertEquals(0, CliRunner.run("import", "--project", project.toString(), cart.toString()).code());
        JsonNode before = info();
        Path other = CartridgeFixtures.write(tmp.resolve("P008"), CartridgeFixtures.smallLayout(),
                CellTracksWriter.Options.defaults());
        Path frame = other.resolve(CellTracksFormat.frameFileName(5));
        byte[] all = Files.readAllBytes(frame);
        Files.write(frame, Arrays.copyOf(all, all.length - 100));

        CliRunner r = CliRunner.run("import", "--project", project.toString(), other.toString());

        assertEquals(ExitCodes.BAD_INPUT, r.code());
        assertTrue(r.err().contains(frame.toString()) && r.err().contains("truncated"), r.err());
        assertTrue(r.err().contains("Fix:"), r.err());
        assertEquals(before, info());
    }

    @Test
    void importingTheSameFolderTwiceIsRefused() throws IOException {
        assertEquals(0, CliRunner.run("import", "--project", project.toString(), cart.toString()).code());
        CliRunner again = CliRunner.run("import", "--project", project.toString(), cart.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.code());
        assertTrue(again.err().contains("already imported"), again.err());
        assertEquals(1, info().get("cartridges").asInt());
    }

    @Test
    void cancelledImportChangesNothing() throws IOException {
        assertEquals(0, CliRunner.run("import", "--project", project.toString(), cart.toString()).code());
        JsonNode before = info();
        Path other = CartridgeFixtures.write(tmp.resolve("P009"), CartridgeFixtures.smallLayout(),
                CellTracksWriter.Options.defaults());
        CancelFlag cancel = new CancelFlag();
        cancel.cancel();
        CliRunner r = CliRunner.run(cancel, "import", "--project", project.toString(), other.toString());
        assertEquals(ExitCodes.CANCELLED, r.code(), r.err());
        assertEquals(before, info());
    }

    @Test
    void aProjectOpenElsewhereIsRefusedWithExitCode3() {
        try (Project held = Project.open(project)) {
            CliRunner r = CliRunner.run("import", "--project", project.toString(), cart.toString());
            assertEquals(ExitCodes.LOCKED, r.code(), r.err());
            assertTrue(r.err().contains(project.getFileName().toString()), r.err());
        }
    }

    @Test
    void everyCommandHasHelp() {
        for (String cmd : new String[] {"import", "info", "doctor", "pipeline", "simulate", "embed"}) {
            CliRunner r = CliRunner.run(cmd, "--help");
            assertEquals(0, r.code(), cmd);
            assertTrue(r.out().contains("Usage: ctc " + cmd), r.out());
        }
        CliRunner top = CliRunner.run("--help");
        assertTrue(top.out().contains("simulate") && top.out().contains("import") && top.out().contains("info"));
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRunner.run("info", "--projekt", "x").code());
    }
}
