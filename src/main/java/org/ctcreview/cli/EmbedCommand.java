package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.pipeline.EmbedCells;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = {"Embed every cell of a project that has no embedding of the current encoder (a changed model "
                + "file or name is a new model version, so all cells are embedded again; older embeddings stay).",
                "One transaction: on any error or Ctrl-C the project stays as it was."})
final class EmbedCommand extends BaseCommand {
    @Option(names = "--project", required = true, description = "project folder")
    Path project;

    @Option(names = "--encoder", description = "cell encoder folder (default: the newest models/encoder-*)")
    Path encoder;

    @Option(names = "--force", description = "embed every cell again, even those already embedded by this encoder")
    boolean force;

    @Option(names = "--batch", defaultValue = "" + CellEncoder.DEFAULT_BATCH, description = "crops per forward pass "
            + "(default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", description = "encoder threads, each with its own predictor; 1 = one predictor "
            + "using libtorch's intra-op threads (default: one per core, at most 8)")
    Integer threads;

    @Override
    int run(ConsoleProgress progress) {
        EmbedCells.Report r;
        try (Project p = Project.open(project);
             CellEncoder enc = Encoders.open(encoder, Encoders.options(batch, threads))) {
            ctx.err.println("embedding cells with " + enc.name() + " (" + enc.modelDir() + ")");
            r = EmbedCells.run(p, enc, force, progress);
        }
        progress.finish();
        ctx.out.printf("embedded %d cells with %s (model version %d); %d of %d cells already had an embedding of "
                        + "this version%n", r.embedded(), r.encoder(), r.modelVersionId(), r.skipped(), r.cellsWithCrops());
        ctx.out.printf("done in %.1f s (%.0f cells/s)%n", r.seconds(), r.embedded() / Math.max(r.seconds(), 1e-9));
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", project.toAbsolutePath().toString());
            m.put("encoder", r.encoder());
            m.put("model_version_id", r.modelVersionId());
            m.put("embedded", r.embedded());
            m.put("already_embedded", r.skipped());
            m.put("cells", r.cellsWithCrops());
            m.put("seconds", r.seconds());
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
