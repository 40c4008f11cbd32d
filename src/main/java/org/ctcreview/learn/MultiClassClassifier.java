package org.ctcreview.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * One-vs-rest over {@link CellClass#SPECIFIC} on one shared PCA: per class an RBF SVM (balanced weights, gamma
 * 'scale' on its own training rows, Platt), and the predicted class is the argmax of the Platt probabilities
 * (ties: the earlier class). Classes with fewer than {@link NotEnoughLabelsException#MIN_PER_CLASS} labels are
 * left out and listed in {@link #skippedClasses()}. UNSURE and unlabelled cells take no part; NOT_CTC cells are
 * negatives of the CTC model only (they name no specific class).
 */
public final class MultiClassClassifier {
    private static final String KIND = "multi-class";

    private final Pca pca;
    private final List<CellClass> classes;
    private final List<RbfSvm> svms;
    private final List<Platt> platts;
    private final List<FitReport> reports;
    private final Map<CellClass, Integer> skipped;

    private MultiClassClassifier(Pca pca, List<CellClass> classes, List<RbfSvm> svms, List<Platt> platts,
                                 List<FitReport> reports, Map<CellClass, Integer> skipped) {
        this.pca = pca;
        this.classes = List.copyOf(classes);
        this.svms = List.copyOf(svms);
        this.platts = List.copyOf(platts);
        this.reports = List.copyOf(reports);
        this.skipped = Collections.unmodifiableMap(new EnumMap<>(skipped));
    }

    public static MultiClassClassifier fit(float[][] embeddings, CellClass[] labels, FitOptions options) {
        return fit(null, embeddings, labels, options);
    }

    /**
     * Fits on the labelled cells (PCA on them unless {@code pca} is given).
     *
     * @throws NotEnoughLabelsException fewer than two classes with at least 5 labels each
     */
    public static MultiClassClassifier fit(Pca pca, float[][] embeddings, CellClass[] labels, FitOptions options) {
        Features.check(embeddings, pca == null ? 0 : pca.inputDimension());
        int[] idx = TrainingRows.trainable(embeddings, labels);
        Map<CellClass, Integer> counts = new EnumMap<>(CellClass.class);
        for (CellClass c : CellClass.SPECIFIC) {
            counts.put(c, TrainingRows.where(labels, l -> l == c).length);
        }
        List<CellClass> fitted = new ArrayList<>();
        Map<CellClass, Integer> skipped = new EnumMap<>(CellClass.class);
        for (CellClass c : CellClass.SPECIFIC) {
            if (counts.get(c) >= NotEnoughLabelsException.MIN_PER_CLASS) {
                fitted.add(c);
            } else {
                skipped.put(c, counts.get(c));
            }
        }
        if (fitted.size() < 2) {
            List<CellClass> byCount = new ArrayList<>(CellClass.SPECIFIC);
            byCount.sort((a, b) -> counts.get(b) - counts.get(a));
            NotEnoughLabelsException.require(byCount.get(0).name(), counts.get(byCount.get(0)),
                    byCount.get(1).name() + " (or another class)", counts.get(byCount.get(1)));
        }
        float[][] rows = TrainingRows.rows(embeddings, idx);
        Pca p = pca != null ? pca : Pca.fit(rows, options.components());
        double[][] x = p.project(rows, options.threads());
        FitOptions inner = options.withThreads(1);
        List<Callable<SvmFitting.Fitted>> tasks = new ArrayList<>();
        for (CellClass c : fitted) {
            tasks.add(() -> fitOne(x, idx, labels, c, inner));
        }
        List<RbfSvm> svms = new ArrayList<>();
        List<Platt> platts = new ArrayList<>();
        List<FitReport> reports = new ArrayList<>();
        for (SvmFitting.Fitted f : Parallel.tasks(tasks, options.threads())) {
            svms.add(f.svm());
            platts.add(f.platt());
            reports.add(f.report());
        }
        return new MultiClassClassifier(p, fitted, svms, platts, reports, skipped);
    }

    private static SvmFitting.Fitted fitOne(double[][] x, int[] idx, CellClass[] labels, CellClass c, FitOptions o) {
        List<double[]> rows = new ArrayList<>();
        List<Boolean> positive = new ArrayList<>();
        for (int i = 0; i < idx.length; i++) {
            CellClass l = labels[idx[i]];
            if (c == CellClass.CTC || l != CellClass.NOT_CTC) {
                rows.add(x[i]);
                positive.add(l == c);
            }
        }
        boolean[] y = new boolean[positive.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = positive.get(i);
        }
        return SvmFitting.fit(rows.toArray(new double[0][]), y, o);
    }

    /** The classes modelled, in column order of {@link #probabilities}. */
    public List<CellClass> classes() {
        return classes;
    }

    /** Classes left out for too few labels, with their label counts. */
    public Map<CellClass, Integer> skippedClasses() {
        return skipped;
    }

    /** One fit report per class, in {@link #classes()} order. */
    public List<FitReport> reports() {
        return reports;
    }

    public Pca pca() {
        return pca;
    }

    /** Platt probability of each class (one-vs-rest, so rows need not sum to 1): [cell][class index]. */
    public double[][] probabilities(float[][] embeddings, int threads) {
        double[][] x = pca.project(embeddings, threads);
        double[][] out = new double[embeddings.length][classes.size()];
        for (int c = 0; c < classes.size(); c++) {
            double[] d = svms.get(c).decisions(x, threads);
            for (int i = 0; i < d.length; i++) {
                out[i][c] = platts.get(c).probability(d[i]);
            }
        }
        return out;
    }

    /** The most probable class of every cell. */
    public CellClass[] predict(float[][] embeddings, int threads) {
        double[][] p = probabilities(embeddings, threads);
        CellClass[] out = new CellClass[p.length];
        for (int i = 0; i < p.length; i++) {
            int best = 0;
            for (int c = 1; c < classes.size(); c++) {
                if (p[i][c] > p[i][best]) {
                    best = c;
                }
            }
            out[i] = classes.get(best);
        }
        return out;
    }

    public CellClass[] predict(float[][] embeddings) {
        return predict(embeddings, CtcClassifier.defaultThreads());
    }

    public byte[] toBytes() {
        return ModelIo.write(KIND, this::write);
    }

    public static MultiClassClassifier fromBytes(byte[] bytes) {
        return ModelIo.read(bytes, KIND, MultiClassClassifier::read);
    }

    private void write(DataOutputStream out) throws IOException {
        pca.write(out);
        out.writeInt(classes.size());
        for (int c = 0; c < classes.size(); c++) {
            out.writeUTF(classes.get(c).name());
            svms.get(c).write(out);
            out.writeDouble(platts.get(c).a());
            out.writeDouble(platts.get(c).b());
            reports.get(c).write(out);
        }
        out.writeInt(skipped.size());
        for (Map.Entry<CellClass, Integer> e : skipped.entrySet()) {
            out.writeUTF(e.getKey().name());
            out.writeInt(e.getValue());
        }
    }

    private static MultiClassClassifier read(DataInputStream in) throws IOException {
        Pca pca = Pca.read(in);
        int n = in.readInt();
        if (n < 2 || n > CellClass.SPECIFIC.size()) {
            throw new IOException("bad class count " + n);
        }
        List<CellClass> classes = new ArrayList<>();
        List<RbfSvm> svms = new ArrayList<>();
        List<Platt> platts = new ArrayList<>();
        List<FitReport> reports = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            classes.add(CellClass.valueOf(in.readUTF()));
            svms.add(RbfSvm.read(in));
            platts.add(new Platt(in.readDouble(), in.readDouble()));
            reports.add(FitReport.read(in));
        }
        int k = in.readInt();
        Map<CellClass, Integer> skipped = new EnumMap<>(CellClass.class);
        for (int i = 0; i < k; i++) {
            skipped.put(CellClass.valueOf(in.readUTF()), in.readInt());
        }
        return new MultiClassClassifier(pca, classes, svms, platts, reports, skipped);
    }
}
