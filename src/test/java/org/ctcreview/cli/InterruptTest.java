package org.ctcreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctcreview.io.CartridgeFixtures;
import org.ctcreview.io.CellTracksWriter;
import org.ctcreview.model.GridLayout;
import org.ctcreview.store.Project;
import org.ctcreview.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during a real import in a separate process: exit code 130 and an unchanged project. */
class InterruptTest {
    @TempDir
    Path tmp;

    @Test
    void sigintDuringImportRollsBackAndExits130() throws Exception {
        GridLayout layout = new GridLayout(4, 6, GridLayout.CAMERA_WIDTH, GridLayout.CAMERA_HEIGHT);
        CellTracksWriter w = CellTracksWriter.create(tmp.resolve("big"), layout, CartridgeFixtures.CHANNELS,
                CellTracksWriter.Options.defaults());
        for (int f = 1; f <= layout.frameCount(); f++) {
            w.writeFrame(CartridgeFixtures.frame(layout, f, 3));
        }
        w.writeEventsXml(CartridgeFixtures.events(layout));
        Path project = tmp.resolve("proj");
        try (Project p = Project.open(project)) {
            assertEquals(0, p.summary().frames());
        }
        Process child = new ProcessBuilder(ChildJvm.command("1g", Main.class, "import", "--project",
                project.toString(), tmp.resolve("big").toString())).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean sent = false;
            while ((line = r.readLine()) != null) {
                lines.add(line);
                if (!sent && line.contains("importing big frame")) {
                    new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
                    sent = true;
                }
            }
        }
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.CANCELLED, child.exitValue(), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("interrupted")), String.join("\n", lines));
        try (Project p = Project.open(project)) {
            assertEquals(0, p.summary().frames(), "no frame of the interrupted import is kept");
            assertEquals(0, p.summary().cartridges());
            assertEquals(List.of("ok"), p.integrityCheck());
        }
    }
}
