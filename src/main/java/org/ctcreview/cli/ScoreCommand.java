package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.hil.ScoreCells;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Fit the CTC classifier (PCA 32 + RBF SVM with balanced class weights + Platt probabilities) on "
                + "the project's current labels and store a CTC probability for every embedded cell, with the fitted "
                + "model and its provenance as a new model version.")
final class ScoreCommand extends BaseCommand {
    @Option(names = "--project", required = true, description = "project folder")
    Path project;

    @Option(names = "--threshold", defaultValue = "0.5", description = "CTC candidate threshold (default 0.5)")
    double threshold;

    @Option(names = "--C", defaultValue = "1.0", description = "SVM C (default 1)")
    double c;

    @Option(names = "--grid-search", description = "choose C and gamma by 3-fold F1 on a small grid")
    boolean grid;

    @Override
    int run(ConsoleProgress progress) {
        FitOptions fit = FitOptions.defaults().withThreshold(threshold).withC(c).withGridSearch(grid);
        ScoreCells.Report r;
        try (Project p = Project.open(project)) {
            r = ScoreCells.run(p, fit, progress);
        }
        progress.finish();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model_version", r.modelVersionId());
        m.put("labelled_cells", r.labelled());
        m.put("ctc_labels", r.positives());
        m.put("scored_cells", r.scored());
        m.put("candidates", r.candidates());
        m.put("gamma", r.fit().gamma());
        m.put("support_vectors", r.fit().supportVectors());
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
