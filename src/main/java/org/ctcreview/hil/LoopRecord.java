package org.ctcreview.hil;

import java.util.Map;
import java.util.TreeMap;

/**
 * One row of the loop history: pool sizes after the loop's fit, the F1 of each cluster and in total on the
 * test pool (clusters with no test cell are absent) and each cluster's number of test cells, the model version that was evaluated, the labels the
 * expert added afterwards and the time it took.
 */
public record LoopRecord(int loop, int trainSize, int testSize, int relabelSize, Map<Integer, Double> clusterF1,
                         Map<Integer, Integer> clusterTestCells, double totalF1, String modelVersion, int labelsAdded,
                         double labellingSeconds) {
    public LoopRecord {
        clusterF1 = new TreeMap<>(clusterF1);
        clusterTestCells = new TreeMap<>(clusterTestCells);
    }

    /** Labels per minute of expert time; NaN when no time was spent (a simulated expert). */
    public double labelsPerMinute() {
        return labellingSeconds > 0 ? labelsAdded / (labellingSeconds / 60.0) : Double.NaN;
    }
}
