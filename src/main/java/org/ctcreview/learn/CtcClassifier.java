package org.ctcreview.learn;

/**
 * The CTC-vs-rest model of the published method: PCA (128 -> 32) then an RBF SVM with balanced class weights,
 * Platt probabilities, and a threshold (0.5) on them. Immutable and thread-safe; scoring runs on several threads
 * and gives the same numbers for any thread count.
 */
public final class CtcClassifier {
    private static final String KIND = "ctc-classifier";
    private final BinaryModel model;

    private CtcClassifier(BinaryModel model) {
        this.model = model;
    }

    /**
     * Fits PCA on {@code embeddings} (the training pool) and the SVM on them; {@code ctc[i]} is cell i's label.
     *
     * @throws NotEnoughLabelsException fewer than 5 CTC or non-CTC cells, or fewer than 10 in all
     * @throws BadFeaturesException     NaN/Inf, ragged rows, or labels not matching the rows
     */
    public static CtcClassifier fit(float[][] embeddings, boolean[] ctc, FitOptions options) {
        return fit(null, embeddings, ctc, options);
    }

    /** As {@link #fit(float[][], boolean[], FitOptions)} with a PCA fitted elsewhere (null: fit one here). */
    public static CtcClassifier fit(Pca pca, float[][] embeddings, boolean[] ctc, FitOptions options) {
        return new CtcClassifier(BinaryModel.fit(pca, embeddings, ctc, options, "CTC", "non-CTC"));
    }

    /**
     * Fits on labelled cells: CTC is positive, every other label negative; UNSURE and null (unlabelled) cells are
     * left out (of the PCA too).
     */
    public static CtcClassifier fit(float[][] embeddings, CellClass[] labels, FitOptions options) {
        int[] idx = TrainingRows.trainable(embeddings, labels);
        return fit(TrainingRows.rows(embeddings, idx), TrainingRows.is(labels, idx, CellClass.CTC), options);
    }

    /** Probability of CTC for every cell, using all available processors. */
    public double[] probabilities(float[][] embeddings) {
        return probabilities(embeddings, defaultThreads());
    }

    /** Probability of CTC for every cell, on up to {@code threads} threads. */
    public double[] probabilities(float[][] embeddings, int threads) {
        return model.probabilities(embeddings, threads);
    }

    /** SVM decision values (before Platt scaling; > 0 leans CTC). */
    public double[] decisions(float[][] embeddings, int threads) {
        return model.decisions(embeddings, threads);
    }

    /** True where probability >= threshold. */
    public boolean[] predict(float[][] embeddings) {
        return score(embeddings).candidate();
    }

    /** Probabilities and candidates, using all available processors. */
    public ScoredCells score(float[][] embeddings) {
        return score(embeddings, ArtefactFilter.off(), defaultThreads());
    }

    /** Probabilities and candidates; cells the filter flags are marked and are never candidates. */
    public ScoredCells score(float[][] embeddings, ArtefactFilter filter, int threads) {
        double[] p = probabilities(embeddings, threads);
        return ScoredCells.of(p, filter.flag(embeddings, threads), model.threshold);
    }

    /** The same model with another probability threshold. */
    public CtcClassifier withThreshold(double threshold) {
        return new CtcClassifier(model.withThreshold(threshold));
    }

    public double threshold() {
        return model.threshold;
    }

    public Pca pca() {
        return model.pca;
    }

    public RbfSvm svm() {
        return model.svm;
    }

    public Platt platt() {
        return model.platt;
    }

    /** Training counts, C, gamma, calibration and grid of the fit. */
    public FitReport report() {
        return model.report;
    }

    /** PCA, support vectors, coefficients, b, gamma, Platt a and b, threshold and the fit report. */
    public byte[] toBytes() {
        return ModelIo.write(KIND, model::write);
    }

    public static CtcClassifier fromBytes(byte[] bytes) {
        return new CtcClassifier(ModelIo.read(bytes, KIND, BinaryModel::read));
    }

    static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }
}
