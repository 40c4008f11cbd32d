package org.ctcreview.hil;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.learn.CellClass;
import org.ctcreview.learn.CtcClassifier;
import org.ctcreview.learn.FitOptions;
import org.ctcreview.learn.FitReport;
import org.ctcreview.store.Embeddings;
import org.ctcreview.store.ModelVersionRow;
import org.ctcreview.store.Project;
import org.ctcreview.task.ProgressListener;

/**
 * Fits the CTC classifier (PCA-32 + RBF SVM + Platt) on the project's current labels and scores every embedded
 * cell; the classifier (with its PCA), its provenance (encoder version, labels used, options, fit report) and the
 * scores are stored as a new model version in one transaction.
 */
public final class ScoreCells {
    private ScoreCells() {
    }

    public record Report(long modelVersionId, int labelled, int positives, int scored, int candidates, FitReport fit) {
    }

    public static Report run(Project project, FitOptions options, ProgressListener progress) {
        long encoder = EncoderData.newestVersion(project);
        Embeddings.Matrix m = project.embeddings().matrix(encoder);
        Map<Long, Integer> row = new LinkedHashMap<>();
        for (int i = 0; i < m.size(); i++) {
            row.put(m.cellIds()[i], i);
        }
        List<float[]> x = new ArrayList<>();
        List<CellClass> y = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<Long, String> e : project.labels().current().entrySet()) {
            Integer i = row.get(e.getKey());
            CellClass c = CellClass.of(e.getValue());
            if (i == null) {
                missing++;
            } else if (c.trainable()) {
                x.add(m.vectors()[i]);
                y.add(c);
            }
        }
        progress.update(0, 2, "fitting on " + x.size() + " labelled cells");
        CtcClassifier clf = CtcClassifier.fit(x.toArray(float[][]::new), y.toArray(CellClass[]::new), options);
        progress.checkCancelled();
        progress.update(1, 2, "scoring " + m.size() + " cells");
        double[] p = clf.probabilities(m.vectors(), options.threads());
        int positives = (int) y.stream().filter(c -> c == CellClass.CTC).count();
        FitReport r = clf.report();
        String params = String.format(java.util.Locale.ROOT, "{\"pca_components\":%d,\"C\":%s,\"gamma\":%s,"
                + "\"gamma_rule\":\"%s\",\"threshold\":%s,\"support_vectors\":%d,\"calibration\":\"%s\",\"seed\":%d}",
                r.components(), r.c(), r.gamma(), r.gammaRule(), clf.threshold(), r.supportVectors(), r.calibration(),
                options.seed());
        String training = String.format(java.util.Locale.ROOT, "{\"encoder_version\":%d,\"labelled_cells\":%d,"
                + "\"ctc\":%d,\"non_ctc\":%d,\"labels_without_embedding\":%d}", encoder, x.size(), positives,
                x.size() - positives, missing);
        long id = project.scores().save(new ModelVersionRow("classifier", "pca32-rbf-svm", null, null, params, training,
                encoder), "ctcl", clf.toBytes(), m.cellIds(), p);
        int candidates = 0;
        for (double v : p) {
            candidates += v >= clf.threshold() ? 1 : 0;
        }
        return new Report(id, x.size(), positives, p.length, candidates, r);
    }
}
