package org.ctcreview.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * The "noisy crop" filter: an RBF SVM (balanced, Platt) of ARTEFACT against every other label, applied before
 * CTC scoring; cells it flags are marked and never CTC candidates. {@link #off()} flags nothing.
 */
public final class ArtefactFilter {
    private static final String KIND = "artefact-filter";
    private static final ArtefactFilter OFF = new ArtefactFilter(null, "artefact filter off");

    private final BinaryModel model;
    private final String status;

    private ArtefactFilter(BinaryModel model, String status) {
        this.model = model;
        this.status = status;
    }

    /** A filter that flags nothing. */
    public static ArtefactFilter off() {
        return OFF;
    }

    /**
     * Fits PCA and the SVM on the labelled cells (UNSURE and unlabelled left out).
     *
     * @throws NotEnoughLabelsException fewer than 5 ARTEFACT or 5 other labels (or 10 in all)
     */
    public static ArtefactFilter fit(float[][] embeddings, CellClass[] labels, FitOptions options) {
        return fit(null, embeddings, labels, options);
    }

    /** As {@link #fit(float[][], CellClass[], FitOptions)} with a given PCA (null: fit one here). */
    public static ArtefactFilter fit(Pca pca, float[][] embeddings, CellClass[] labels, FitOptions options) {
        int[] idx = TrainingRows.trainable(embeddings, labels);
        BinaryModel m = BinaryModel.fit(pca, TrainingRows.rows(embeddings, idx),
                TrainingRows.is(labels, idx, CellClass.ARTEFACT), options, "ARTEFACT", "other labelled");
        return new ArtefactFilter(m, "artefact filter on: " + m.report.positives() + " ARTEFACT vs "
                + m.report.negatives() + " other labels");
    }

    /** Fits when the labels allow it; otherwise returns a filter that is off and whose status says why. */
    public static ArtefactFilter fitIfEnoughLabels(float[][] embeddings, CellClass[] labels, FitOptions options) {
        try {
            return fit(embeddings, labels, options);
        } catch (NotEnoughLabelsException e) {
            return new ArtefactFilter(null, "artefact filter off: " + e.getMessage());
        }
    }

    public boolean enabled() {
        return model != null;
    }

    /** One line for the user: on with its training counts, or off and why. */
    public String status() {
        return status;
    }

    /** True for cells the filter calls artefacts (probability >= threshold); all false when off. */
    public boolean[] flag(float[][] embeddings, int threads) {
        boolean[] out = new boolean[embeddings.length];
        if (model == null) {
            return out;
        }
        double[] p = model.probabilities(embeddings, threads);
        for (int i = 0; i < out.length; i++) {
            out[i] = p[i] >= model.threshold;
        }
        return out;
    }

    /** Probability of ARTEFACT for every cell (all 0 when off). */
    public double[] probabilities(float[][] embeddings, int threads) {
        return model == null ? new double[embeddings.length] : model.probabilities(embeddings, threads);
    }

    /** The fit report, or null when off. */
    public FitReport report() {
        return model == null ? null : model.report;
    }

    public byte[] toBytes() {
        return ModelIo.write(KIND, this::write);
    }

    public static ArtefactFilter fromBytes(byte[] bytes) {
        return ModelIo.read(bytes, KIND, ArtefactFilter::read);
    }

    private void write(DataOutputStream out) throws IOException {
        out.writeUTF(status);
        out.writeBoolean(model != null);
        if (model != null) {
            model.write(out);
        }
    }

    private static ArtefactFilter read(DataInputStream in) throws IOException {
        String status = in.readUTF();
        return new ArtefactFilter(in.readBoolean() ? BinaryModel.read(in) : null, status);
    }
}
