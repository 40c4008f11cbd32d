package org.ctcreview.learn;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Monte-Carlo cross-validation outcome.
 *
 * @param splits   splits run
 * @param total    mean and sd of the total score (F1, or specificity in a split without test CTC) over splits
 * @param clusters per cluster id: its score over the splits where it had labelled test cells
 * @param perSplit every split's evaluation, in split order
 */
public record CvResult(int splits, Stats total, SortedMap<Integer, ClusterCv> clusters, List<Evaluation> perSplit) {
    public CvResult {
        clusters = Collections.unmodifiableSortedMap(new TreeMap<>(clusters));
        perSplit = List.copyOf(perSplit);
    }

    /**
     * One cluster across splits.
     *
     * @param score               mean and sd over the splits where the cluster had labelled test cells
     * @param splitsWithTestCells that number of splits ({@code score.count()}); 0: the cluster has no score
     * @param splitsBySpecificity of those, splits where it had no true CTC and was scored by specificity
     */
    public record ClusterCv(int cluster, Stats score, int splitsWithTestCells, int splitsBySpecificity) {
    }
}
