package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ctcreview.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CrashSafetyTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    private static final int KILL_AFTER = 300;

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void givenWriterKilledWithSigkill_thenEveryReportedLabelSurvivesAndTheProjectIsSound() throws Exception {
        long cell;
        try (Project p = Project.open(dir)) {
            cell = Fixtures.importCartridge(p, "P1", 0, 1).cellIds().get(0);
        }
        Process child = ChildJvm.start(LabelBurstMain.class, dir.toString(), Long.toString(cell));
        List<Long> reported = Collections.synchronizedList(new ArrayList<>());
        StringBuilder other = new StringBuilder();
        Thread reader = new Thread(() -> readLines(child, reported, other), "label-burst-reader");
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (reported.size() < KILL_AFTER && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        if (reported.size() < KILL_AFTER || !child.isAlive()) {
            child.destroyForcibly();
            fail("the child stopped after " + reported.size() + " labels: " + other);
        }
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        reader.join(10_000);
        assertNotEquals(0, child.exitValue(), "the child was killed, not finished");

        try (Project p = Project.open(dir)) {
            assertEquals(List.of("ok"), p.integrityCheck());
            Set<Long> stored = new HashSet<>();
            p.labels().history(cell).forEach(l -> stored.add(l.id()));
            for (long id : reported) {
                assertTrue(stored.contains(id), "label " + id + " was reported committed but is missing");
            }
            assertTrue(stored.size() >= reported.size());
            LOG.info("killed child reported {} labels; the database holds {}", reported.size(), stored.size());
            long next = p.labels().add(cell, "CTC", "after", null, "expert");
            assertTrue(next > reported.get(reported.size() - 1));
        }
    }

    /** Reads the child's output until it ends; the kill closes the stream, which ends the loop too. */
    private static void readLines(Process child, List<Long> reported, StringBuilder other) {
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    reported.add(Long.parseLong(line.substring("committed ".length()).trim()));
                } else if (other.length() < 4000) {
                    synchronized (other) {
                        other.append(line).append('\n');
                    }
                }
            }
        } catch (IOException e) {
            // the stream was closed by the kill: everything read so far counts
        }
    }
}
