package org.ctcreview.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ctcreview.model.BadInputException;

/** Removing folders carefully: a project only when it holds a project database. */
final class ProjectFolders {
    private ProjectFolders() {
    }

    static void deleteProject(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.exists(dir.resolve("project.db"))) {
            throw new BadInputException(dir, "is not a ctc project folder (no project.db), so --fresh will not delete it",
                    "choose another --project folder");
        }
        deleteTree(dir);
    }

    /** Deletes a folder and everything in it (temporary benchmark output). */
    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A fresh, empty temporary folder. */
    static Path tempFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
    }
}
