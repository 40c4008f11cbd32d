package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ctcreview.cluster.HdbscanOptions;
import org.ctcreview.cluster.MapOptions;
import org.ctcreview.hil.ExperimentDesign;
import org.ctcreview.hil.ExperimentOutputs;
import org.ctcreview.hil.ExperimentSummary;
import org.ctcreview.hil.LoopRecord;
import org.ctcreview.hil.ProjectData;
import org.ctcreview.hil.SamplingStrategy;
import org.ctcreview.hil.SimulatedExperiment;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.pipeline.TruthLabels;
import org.ctcreview.store.LoopHistory;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Simulated human-in-the-loop experiments of the published method on a project imported from a "
                + "generated cohort (the generator's truth is the labelling oracle). sim1: 100 random labelled cells, "
                + "+100 per loop, 4 loops. sim2: the main cluster cut to 20 %%, the others to 80 %%, +20 %% of the main "
                + "cluster per loop. Writes a table (Markdown), a CSV and a PNG plot per cluster into --out, and the "
                + "loop history into the project.")
final class ExperimentCommand extends BaseCommand {
    @Parameters(index = "0", description = "sim1 or sim2")
    String scenario;

    @Option(names = "--project", required = true, description = "project folder (with embeddings)")
    Path project;

    @Option(names = "--truth", required = true, description = "the generated cohort folder (holds truth/<patient>/)")
    Path truth;

    @Option(names = "--strategy", defaultValue = "cluster", split = ",",
            description = "cluster, random, uncertainty or real-world; several separated by commas (default cluster)")
    List<String> strategies;

    @Option(names = "--runs", defaultValue = "5", description = "repeated runs with seeds seed..seed+runs-1 (default 5)")
    int runs;

    @Option(names = "--seed", defaultValue = "1", description = "first seed (default 1)")
    long seed;

    @Option(names = "--loops", defaultValue = "4", description = "loops after the initial fit (default 4)")
    int loops;

    @Option(names = "--main-cluster", description = "sim2: the cluster cut to 20 %% (default: the weakest at init)")
    Integer mainCluster;

    @Option(names = "--labelled", defaultValue = "6000",
            description = "size of the labelled set: all true CTCs and as many others, at most this many (default 6000)")
    int labelled;

    @Option(names = "--noise", defaultValue = "0", description = "oracle label noise: probability of a flipped label")
    double noise;

    @Option(names = "--selection", defaultValue = "leaf",
            description = "HDBSCAN cluster selection of the map: leaf (with epsilon 0.25, as the reference) or eom")
    String selection;

    @Option(names = "--out", description = "folder for the table, CSV and plot (default PROJECT/experiments)")
    Path out;

    @Override
    int run(ConsoleProgress progress) {
        ExperimentDesign design = switch (scenario) {
            case "sim1" -> ExperimentDesign.sim1();
            case "sim2" -> ExperimentDesign.sim2(mainCluster == null ? Integer.MIN_VALUE : mainCluster);
            default -> throw new IllegalArgumentException("unknown scenario '" + scenario + "'; use sim1 or sim2");
        };
        design = design.withLoops(loops).withLabelledCap(labelled).withLabelNoise(noise);
        List<SamplingStrategy> chosen = strategies.stream().map(SamplingStrategy::named).toList();
        try (Project p = Project.open(project)) {
            ProjectData data = ProjectData.load(p, mapOptions(selection), progress);
            Map<Long, String> oracle = TruthLabels.read(p, truth);
            FitOptions fit = FitOptions.defaults();
            String version = "encoder#" + data.encoderVersionId() + " map#" + data.map().seed();
            if ("sim2".equals(scenario) && mainCluster == null) {
                List<List<LoopRecord>> probe = SimulatedExperiment.run(ExperimentDesign.sim1().withLoops(0)
                        .withLabelledCap(labelled), chosen.get(0), 1, seed, data.features(), data.clusters(), oracle,
                        fit, version, progress);
                Integer weakest = ExperimentSummary.of("probe", probe).weakestCluster();
                design = ExperimentDesign.sim2(weakest).withLoops(loops).withLabelledCap(labelled).withLabelNoise(noise);
                ctx.err.println("main cluster: " + weakest + " (the weakest at an initial fit on 100 random labels)");
            }
            List<ExperimentSummary> summaries = new ArrayList<>();
            for (SamplingStrategy s : chosen) {
                List<List<LoopRecord>> result = SimulatedExperiment.run(design, s, runs, seed, data.features(),
                        data.clusters(), oracle, fit, version, progress);
                record(p, design, s, result);
                summaries.add(ExperimentSummary.of(s.name(), result));
            }
            progress.finish();
            Path dir = out != null ? out : project.resolve("experiments");
            String base = design.scenario() + (design.mainCluster() != null ? "-main" + design.mainCluster() : "");
            StringBuilder tables = new StringBuilder();
            summaries.forEach(s -> tables.append(ExperimentOutputs.table(s)).append('\n'));
            ExperimentOutputs.writeCsv(summaries, dir.resolve(base + ".csv"));
            ExperimentOutputs.writePlot(summaries, dir.resolve(base + ".png"));
            ExperimentOutputs.write(dir.resolve(base + ".md"), tables.toString());
            ctx.out.println(design.scenario() + " on " + data.features().size() + " cells, " + data.map().clusterCount()
                    + " clusters" + (data.mapBuilt() ? " (map built now)" : "") + ", " + runs + " runs, seed " + seed);
            ctx.out.print(tables);
            ctx.out.println("wrote " + dir.resolve(base + ".md") + ", .csv and .png");
            if (json) {
                ctx.printJson(jsonSummary(summaries, dir.resolve(base + ".png")));
            }
        }
        return ExitCodes.OK;
    }

    static MapOptions mapOptions(String selection) {
        MapOptions d = MapOptions.defaults();
        HdbscanOptions h = switch (selection) {
            case "leaf" -> d.hdbscan();
            case "eom" -> d.hdbscan().withSelection(HdbscanOptions.Selection.EOM, 0);
            default -> throw new IllegalArgumentException("unknown --selection '" + selection + "'; use leaf or eom");
        };
        return new MapOptions(d.umap(), h);
    }

    private void record(Project p, ExperimentDesign d, SamplingStrategy s, List<List<LoopRecord>> result) {
        String settings = String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"strategy\":\"%s\",\"runs\":%d,\"seed\":%d,"
                + "\"loops\":%d,\"labelled\":%d,\"noise\":%s,\"main_cluster\":%s}", d.scenario(), s.name(), runs, seed,
                d.loops(), d.labelledCap(), d.labelNoise(), d.mainCluster());
        long session = p.sessions().start("experiment-" + d.scenario(), "simulated-oracle", settings);
        for (int r = 0; r < result.size(); r++) {
            for (LoopRecord l : result.get(r)) {
                p.loopHistory().add(new LoopHistory.LoopRow(session, r, l.loop(), s.name(), l.modelVersion(),
                        l.trainSize(), l.testSize(), l.relabelSize(), l.totalF1(), l.clusterF1(), l.labelsAdded(),
                        l.labellingSeconds()));
            }
        }
        p.sessions().end(session);
    }

    private Map<String, Object> jsonSummary(List<ExperimentSummary> summaries, Path plot) {
        Map<String, Object> first = summary(summaries.get(0));
        first.put("plot", plot.toString());
        if (summaries.size() > 1) {
            Map<String, Object> by = new LinkedHashMap<>();
            summaries.forEach(s -> by.put(s.strategy(), summary(s)));
            first.put("by_strategy", by);
        }
        return first;
    }

    private Map<String, Object> summary(ExperimentSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("strategy", s.strategy());
        m.put("runs", s.runs());
        m.put("total_f1", rounded(s.totalMean()));
        m.put("total_f1_sd", rounded(s.totalSd()));
        m.put("weakest_cluster", s.weakestCluster());
        m.put("weakest_f1", s.weakestCluster() == null ? null : rounded(s.clusterMean().get(s.weakestCluster())));
        Map<String, Object> clusters = new LinkedHashMap<>();
        s.clusterMean().forEach((k, v) -> clusters.put(String.valueOf(k), rounded(v)));
        m.put("cluster_f1", clusters);
        return m;
    }

    private static List<Double> rounded(double[] v) {
        List<Double> out = new ArrayList<>();
        for (double x : v) {
            out.add(Double.isNaN(x) ? null : Math.round(x * 10000) / 10000.0);
        }
        return out;
    }
}
