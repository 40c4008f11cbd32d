package org.ctcreview.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ctcreview.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ProjectLockTest {
    @TempDir
    Path dir;

    @Test
    void givenProjectOpenInThisJvm_whenOpenedAgain_thenLockedButReadOnlyWorks() {
        try (Project first = Project.open(dir)) {
            Fixtures.importCartridge(first, "P1", 2, 1);
            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> Project.open(dir));
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("open the project read-only"), e.getMessage());
            // the refused open must not have dropped the first lock
            assertThrows(ProjectLockedException.class, () -> Project.open(dir));
            try (Project reader = Project.openReadOnly(dir)) {
                assertEquals(1, reader.summary().cartridges());
            }
            first.labels().add(1, "CTC", "anna", null, "expert");
        }
        try (Project again = Project.open(dir)) {
            assertEquals(1, again.summary().labels());
        }
    }

    @Test
    @Timeout(120)
    void givenProjectOpenInAnotherProcess_whenOpened_thenLockedWithItsPidAndReadOnlyReads() throws Exception {
        long cell;
        try (Project p = Project.open(dir)) {
            cell = Fixtures.importCartridge(p, "P1", 4, 2).cellIds().get(0);
        }
        Process child = ChildJvm.start(HoldProjectMain.class, dir.toString(), Long.toString(cell));
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             OutputStream in = child.getOutputStream()) {
            StringBuilder seen = new StringBuilder();
            String line;
            while ((line = out.readLine()) != null && !line.equals("opened")) {
                seen.append(line).append('\n');
            }
            assertEquals("opened", line, "the child did not open the project: " + seen);

            ProjectLockedException e = assertThrows(ProjectLockedException.class, () -> Project.open(dir));
            assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("close the other program"), e.getMessage());
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());

            try (Project reader = Project.openReadOnly(dir)) {
                ProjectSummary s = reader.summary();
                assertEquals(1, s.cartridges());
                assertEquals(2, s.cells());
                assertEquals(1, s.labels(), "the reader sees what the writer committed");
            }
            in.write("quit\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(0, child.exitValue());
        Project.open(dir).close();
    }
}
