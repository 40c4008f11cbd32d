package org.ctcreview.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ctcreview.io.CartridgeFixtures;
import org.ctcreview.io.CellTracksFormat;
import org.ctcreview.io.CellTracksWriter;
import org.ctcreview.store.Project;
import org.ctcreview.testing.ChildJvm;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File permissions, tested for real: the CLI runs in a child JVM. As root (CI, our machines) the child runs
 * under {@code setpriv} without the capabilities that let root ignore permissions, so chmod applies to it.
 */
class PermissionsTest {
    @TempDir
    Path tmp;
    Path cart;

    @BeforeEach
    void setUp() {
        cart = CartridgeFixtures.write(tmp.resolve("P1"), CartridgeFixtures.smallLayout(), CellTracksWriter.Options.defaults());
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> prefix() {
        return root() ? List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search") : List.of();
    }

    private static void assumePermissionsApply(Path probeDir) throws Exception {
        Path ro = Files.createDirectory(probeDir.resolve("probe"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        List<String> cmd = new ArrayList<>(prefix());
        cmd.addAll(List.of("touch", ro.resolve("x").toString()));
        int code;
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            code = p.waitFor();
        } catch (IOException e) {
            code = 0;
        }
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        Assumptions.assumeTrue(code != 0, "this machine cannot drop the permission override (no setpriv)");
    }

    private record Result(int code, String output) {
    }

    private static Result ctc(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(prefix());
        cmd.addAll(ChildJvm.command("1g", Main.class, args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out);
    }

    @Test
    void unreadableFrameFileIsNamedWithTheFix() throws Exception {
        assumePermissionsApply(tmp);
        Path frame = cart.resolve(CellTracksFormat.frameFileName(2));
        Files.setPosixFilePermissions(frame, PosixFilePermissions.fromString("---------"));
        Path project = tmp.resolve("proj");
        Result r = ctc("import", "--project", project.toString(), cart.toString());
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.output());
        assertTrue(r.output().contains(frame.toString()) && r.output().contains("permission denied"), r.output());
        assertTrue(r.output().contains("chmod"), r.output());
        try (Project p = Project.open(project)) {
            assertEquals(0, p.summary().cartridges());
        }
    }

    @Test
    void readOnlyProjectFolderIsRefusedAndLeftUnchanged() throws Exception {
        assumePermissionsApply(tmp);
        Path project = tmp.resolve("proj");
        try (Project p = Project.open(project)) {
            assertEquals(0, p.summary().cartridges());
        }
        byte[] before = Files.readAllBytes(project.resolve("project.db"));
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Result r = ctc("import", "--project", project.toString(), cart.toString());
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.output());
            assertTrue(r.output().contains(project.toString()), r.output());
            assertTrue(r.output().toLowerCase(java.util.Locale.ROOT).contains("read-only")
                    || r.output().toLowerCase(java.util.Locale.ROOT).contains("writ"), r.output());
            Result info = ctc("info", "--project", project.toString());
            assertEquals(0, info.code(), "a read-only project can still be summarised: " + info.output());
        } finally {
            Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(project.resolve("project.db"))));
    }
}
