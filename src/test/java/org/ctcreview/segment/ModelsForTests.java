package org.ctcreview.segment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The committed StarDist model that tests run against. */
final class ModelsForTests {
    private ModelsForTests() {
    }

    static Path stardist() {
        try (Stream<Path> s = Files.list(Path.of("models"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("stardist-"))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow(() -> new IllegalStateException("no models/stardist-* committed"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
