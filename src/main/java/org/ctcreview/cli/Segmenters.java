package org.ctcreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ctcreview.pipeline.CellFinder;
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
            default -> throw new IllegalArgumentException(
                    "--segmenter must be auto, hybrid, stardist, classic or none, not '" + name + "'");
        };
    }

    /**
     * How cells are found, by CLI name: "stardist" or "classic" on every channel, "hybrid" (StarDist on CK as
     * the reference method does, the classic segmenter on DAPI), "auto" (hybrid if a StarDist model is
     * installed, else classic), or "none" (null: frames and events only).
     */
    static CellFinder finder(String name, Path model, List<String> channels) {
        List<String> ch = channels != null ? channels : CellFinder.DEFAULT_CHANNELS;
        String resolved = "auto".equals(name) ? (model != null || hasModel() ? "hybrid" : "classic") : name;
        return switch (resolved) {
            case "none" -> null;
            case "hybrid" -> {
                if (channels != null) {
                    throw new IllegalArgumentException("--segment-channels does not apply to the hybrid segmenter "
                            + "(StarDist on CK, classic on DAPI); choose --segmenter stardist or classic");
                }
                yield CellFinder.of(create("stardist", model), ClassicSegmenter.withDefaults());
            }
            default -> CellFinder.of(create(resolved, model), ch);
        };
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
