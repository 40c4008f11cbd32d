package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.cluster.MapCluster;
import org.ctcreview.hil.MapUpdate;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "map", mixinStandardHelpOptions = true,
        description = "Build the latent map of the project's cells (UMAP of the embeddings to 2-D + HDBSCAN clusters, "
                + "stored with the encoder version), or, when a map exists, place the cells embedded since (e.g. a new "
                + "patient) on it without refitting.")
final class MapCommand extends BaseCommand {
    @Option(names = "--project", required = true, description = "project folder")
    Path project;

    @Option(names = "--selection", defaultValue = "leaf",
            description = "HDBSCAN cluster selection: leaf (with epsilon 0.25, as the reference) or eom")
    String selection;

    @Option(names = "--rebuild", description = "fit a new map of all cells even if one exists")
    boolean rebuild;

    @Override
    int run(ConsoleProgress progress) {
        long t0 = System.nanoTime();
        MapUpdate.Result r;
        try (Project p = Project.open(project)) {
            r = MapUpdate.run(p, ExperimentCommand.mapOptions(selection), rebuild, progress);
        }
        progress.finish();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("map_id", r.mapId());
        m.put("encoder_version", r.encoderVersionId());
        m.put("cells", r.map().size());
        m.put("built", r.built());
        m.put("placed", r.placed());
        m.put("clusters", r.map().clusterCount());
        m.put("background", r.map().clusterList().stream().filter(MapCluster::isBackground)
                .mapToInt(MapCluster::size).sum());
        m.put("seconds", BenchReadCommand.round(BenchReadCommand.seconds(t0)));
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
