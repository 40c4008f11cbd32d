package org.ctcreview.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ctcreview.model.BadInputException;

/** Removing a project folder, carefully: only one that holds a project database. */
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
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
