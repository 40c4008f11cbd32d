package org.ctcreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnCommandsTest {
    @TempDir
    Path dir;

    private static JsonNode lastJson(String out) throws Exception {
        String[] lines = out.strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void benchLearnMeasuresTheLoopStepAndWritesThePeerCsv() throws Exception {
        Path csv = dir.resolve("peer.csv");
        CliRunner r = CliRunner.run("bench", "learn", "--skip-map", "--cells", "3000", "--labelled", "400",
                "--repeat", "1", "--peer-csv", csv.toString(), "--json", "-q");
        assertEquals(0, r.code(), r.err());
        JsonNode j = lastJson(r.out());
        assertTrue(j.get("loop_step_best_s").asDouble() > 0, r.out());
        assertEquals(3000, j.get("cells").asInt());
        assertEquals(500, j.get("training_pool").asInt());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 500 + 300, lines.size(), "header + training + test rows");
        assertTrue(lines.get(0).startsWith("f0,f1,") && lines.get(0).endsWith("label,split,cluster"), lines.get(0));
    }

    @Test
    void experimentRefusesAnUnknownScenarioOrStrategyAndAProjectWithoutEmbeddings() {
        CliRunner bad = CliRunner.run("experiment", "sim3", "--project", dir.toString(), "--truth", dir.toString(), "-q");
        assertTrue(bad.code() != 0 && bad.err().contains("sim1 or sim2"), bad.err());
        CliRunner strategy = CliRunner.run("experiment", "sim1", "--project", dir.toString(), "--truth",
                dir.toString(), "--strategy", "best", "-q");
        assertTrue(strategy.code() != 0 && strategy.err().contains("cluster, random, uncertainty or real-world"),
                strategy.err());
        CliRunner empty = CliRunner.run("experiment", "sim1", "--project", dir.resolve("p").toString(), "--truth",
                dir.toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, empty.code(), empty.err());
        assertTrue(empty.err().contains("has no cell embeddings") && empty.err().contains("ctc embed"), empty.err());
    }

    @Test
    void scoreOnAProjectWithoutEmbeddingsSaysWhatToDo() {
        CliRunner r = CliRunner.run("score", "--project", dir.resolve("p").toString(), "-q");
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("ctc embed"), r.err());
    }
}
