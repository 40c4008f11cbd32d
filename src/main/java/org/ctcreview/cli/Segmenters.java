package org.ctcreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ctcreview.model.BadInputException;
import org.ctcreview.segment.ClassicSegmenter;
import org.ctcreview.segment.Segmenter;
import org.ctcreview.segment.StarDistSegmenter;

/** Picks a segmenter by its CLI name. */
final class Segmenters {
    private Segmenters() {
    }

    static Segmenter create(String name, Path model) {
        return switch (name) {
            case "classic" -> ClassicSegmenter.withDefaults();
            case "stardist" -> StarDistSegmenter.load(model != null ? model : defaultModel(),
                    StarDistSegmenter.TilingOptions.defaults());
            default -> throw new IllegalArgumentException("--segmenter must be stardist or classic, not '" + name + "'");
        };
    }

    /** The segmenter for an import, or null for "none"; "auto" prefers an installed StarDist model. */
    static Segmenter forImport(String name, Path model) {
        if ("none".equals(name)) {
            return null;
        }
        if ("auto".equals(name)) {
            return create(model != null || hasModel() ? "stardist" : "classic", model);
        }
        return create(name, model);
    }

    private static boolean hasModel() {
        try {
            defaultModel();
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }

    static Path defaultModel() {
        Path models = Path.of(System.getProperty("ctc.models", "models"));
        try (Stream<Path> s = Files.isDirectory(models) ? Files.list(models) : Stream.empty()) {
            return s.filter(p -> p.getFileName().toString().startsWith("stardist-") && Files.isDirectory(p))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new BadInputException(models.toAbsolutePath(), "holds no stardist-* model",
                            "pass --model DIR, or run from the repository root where models/ is"));
        } catch (IOException e) {
            throw new BadInputException(models, "cannot be listed", "pass --model DIR", e);
        }
    }
}
