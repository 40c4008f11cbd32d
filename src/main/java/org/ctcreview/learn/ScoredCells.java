package org.ctcreview.learn;

/**
 * The CTC model's verdict on N cells (arrays indexed like the embeddings given; records compare arrays by
 * reference).
 *
 * @param probability Platt probability of CTC, in [0, 1]
 * @param artefact    flagged by the artefact filter (all false without one)
 * @param candidate   CTC candidate: not an artefact and probability >= threshold
 * @param threshold   the threshold used
 */
public record ScoredCells(double[] probability, boolean[] artefact, boolean[] candidate, double threshold) {
    public ScoredCells {
        if (probability.length != artefact.length || probability.length != candidate.length) {
            throw new IllegalArgumentException("arrays of different lengths");
        }
    }

    /** Scores from probabilities and artefact flags: candidate = !artefact && probability >= threshold. */
    public static ScoredCells of(double[] probability, boolean[] artefact, double threshold) {
        boolean[] candidate = new boolean[probability.length];
        for (int i = 0; i < candidate.length; i++) {
            candidate[i] = !artefact[i] && probability[i] >= threshold;
        }
        return new ScoredCells(probability, artefact, candidate, threshold);
    }

    public int size() {
        return probability.length;
    }

    public int candidates() {
        return count(candidate);
    }

    public int artefacts() {
        return count(artefact);
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
