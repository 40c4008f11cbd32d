package org.ctcreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.model.BadInputException;

/** Finds the cell encoder: --encoder DIR, or the newest models/encoder-* folder. */
final class Encoders {
    static final String NONE_INSTALLED = "no encoder model is installed (models/encoder-<name>/ with model.pt and "
            + "model.json)";

    private Encoders() {
    }

    /** The newest (by name) models/encoder-* folder holding a model.json, if any. */
    static Optional<Path> defaultDir() {
        Path models = Path.of(System.getProperty("ctc.models", "models"));
        if (!Files.isDirectory(models)) {
            return Optional.empty();
        }
        try (Stream<Path> s = Files.list(models)) {
            return s.filter(p -> p.getFileName().toString().startsWith("encoder-") && Files.isDirectory(p)
                            && Files.isRegularFile(p.resolve("model.json")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()));
        } catch (IOException e) {
            throw new BadInputException(models, "cannot be listed (" + e.getMessage() + ")", "pass --encoder DIR", e);
        }
    }

    /** The encoder named by {@code dir}, else the default one, else a {@link BadInputException} saying how to fix it. */
    static CellEncoder open(Path dir, CellEncoder.Options options) {
        Path d = dir != null ? dir : defaultDir().orElseThrow(() -> new BadInputException(
                Path.of(System.getProperty("ctc.models", "models")).toAbsolutePath(), NONE_INSTALLED,
                "pass --encoder DIR, or run from the repository root where models/ is"));
        return CellEncoder.open(d, options);
    }

    /** --batch and --threads (null: one thread per core). */
    static CellEncoder.Options options(int batch, Integer threads) {
        return new CellEncoder.Options(batch, threads == null ? CellEncoder.DEFAULT_THREADS : threads);
    }

    /** For import: the encoder, or null (cells are not embedded) when none is installed and none was named. */
    static CellEncoder forImport(Path dir, boolean noEmbed) {
        if (noEmbed) {
            return null;
        }
        if (dir == null && defaultDir().isEmpty()) {
            return null;
        }
        return open(dir, CellEncoder.Options.defaults());
    }
}
