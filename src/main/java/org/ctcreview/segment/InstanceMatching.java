package org.ctcreview.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches predicted to true instances of two label images (0 = background) one-to-one, greedily by IoU,
 * and scores the match as in the StarDist paper: AP = TP / (TP + FP + FN) at an IoU threshold.
 */
public final class InstanceMatching {
    private InstanceMatching() {
    }

    /** Counts at one IoU threshold. */
    public record Score(double threshold, int tp, int fp, int fn, int nTrue, int nPred) {
        public double ap() {
            int d = tp + fp + fn;
            return d == 0 ? 1 : tp / (double) d;
        }

        public double precision() {
            return nPred == 0 ? (nTrue == 0 ? 1 : 0) : tp / (double) nPred;
        }

        public double recall() {
            return nTrue == 0 ? 1 : tp / (double) nTrue;
        }

        public Score plus(Score o) {
            return new Score(threshold, tp + o.tp, fp + o.fp, fn + o.fn, nTrue + o.nTrue, nPred + o.nPred);
        }
    }

    /** Scores at each threshold (IoU >= threshold counts as a match). */
    public static List<Score> score(int[] truth, int[] pred, double... thresholds) {
        if (truth.length != pred.length) {
            throw new IllegalArgumentException("label images differ in size: " + truth.length + " vs " + pred.length);
        }
        Map<Integer, Integer> areaT = new HashMap<>();
        Map<Integer, Integer> areaP = new HashMap<>();
        Map<Long, Integer> overlap = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            int t = truth[i];
            int p = pred[i];
            if (t != 0) {
                areaT.merge(t, 1, Integer::sum);
            }
            if (p != 0) {
                areaP.merge(p, 1, Integer::sum);
            }
            if (t != 0 && p != 0) {
                overlap.merge(((long) t << 32) | (p & 0xffffffffL), 1, Integer::sum);
            }
        }
        List<double[]> pairs = new ArrayList<>();
        for (Map.Entry<Long, Integer> e : overlap.entrySet()) {
            int t = (int) (e.getKey() >> 32);
            int p = (int) (long) e.getKey();
            double iou = e.getValue() / (double) (areaT.get(t) + areaP.get(p) - e.getValue());
            pairs.add(new double[] {iou, t, p});
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        List<Score> out = new ArrayList<>();
        for (double th : thresholds) {
            Map<Integer, Boolean> usedT = new HashMap<>();
            Map<Integer, Boolean> usedP = new HashMap<>();
            int tp = 0;
            for (double[] pr : pairs) {
                if (pr[0] < th || pr[0] <= 0) {
                    break;
                }
                int t = (int) pr[1];
                int p = (int) pr[2];
                if (!usedT.containsKey(t) && !usedP.containsKey(p)) {
                    usedT.put(t, true);
                    usedP.put(p, true);
                    tp++;
                }
            }
            out.add(new Score(th, tp, areaP.size() - tp, areaT.size() - tp, areaT.size(), areaP.size()));
        }
        return out;
    }
}
