package org.ctcreview.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Flat clusters from a condensed tree, as the hdbscan library's {@code get_clusters} (without
 * allow_single_cluster, max_cluster_size or epsilon_max): EOM or leaf selection, then
 * cluster_selection_epsilon by {@code epsilon_search}. The result maps every tree cluster to its flat label:
 * the label of the selected cluster at or above it, -1 when there is none (the background).
 */
final class ClusterSelection {
    private ClusterSelection() {
    }

    /** Per tree cluster (index id - n): its flat label or -1. Labels number the selected clusters by id. */
    static int[] labelOfClusters(CondensedTree t, HdbscanOptions.Selection selection, double epsilon) {
        int c = t.clusterCount();
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i < c; i++) {
            children.add(new ArrayList<>());
        }
        for (int i = 1; i < c; i++) {
            children.get(t.clusterParent[i] - t.n).add(i);
        }
        boolean[] selected = new boolean[c];
        if (selection == HdbscanOptions.Selection.EOM) {
            double[] stab = t.stability.clone();
            for (int i = 1; i < c; i++) {
                selected[i] = true;
            }
            for (int node = c - 1; node >= 1; node--) {
                double sub = 0;
                for (int ch : children.get(node)) {
                    sub += stab[ch];
                }
                if (sub > stab[node]) {
                    selected[node] = false;
                    stab[node] = sub;
                } else {
                    markDescendants(node, children, selected, false);
                }
            }
        } else {
            for (int i = 1; i < c; i++) {
                selected[i] = children.get(i).isEmpty();
            }
        }
        if (epsilon != 0 && c > 1) {
            selected = epsilonSearch(t, selected, children, epsilon);
        }
        int[] labelOf = new int[c];
        labelOf[0] = -1;
        int next = 0;
        for (int i = 1; i < c; i++) {
            labelOf[i] = selected[i] ? next++ : labelOf[t.clusterParent[i] - t.n];
        }
        return labelOf;
    }

    private static boolean[] epsilonSearch(CondensedTree t, boolean[] candidates, List<List<Integer>> children,
                                           double epsilon) {
        int c = candidates.length;
        boolean[] processed = new boolean[c];
        boolean[] chosen = new boolean[c];
        for (int leaf = 1; leaf < c; leaf++) {
            if (!candidates[leaf]) {
                continue;
            }
            if (1 / t.birth[leaf] < epsilon) {
                if (!processed[leaf]) {
                    int up = traverseUpwards(t, leaf, epsilon);
                    chosen[up] = true;
                    markDescendants(up, children, processed, true);
                }
            } else {
                chosen[leaf] = true;
            }
        }
        return chosen;
    }

    /** The first ancestor born above epsilon; a child of the root stays itself (no single cluster). */
    private static int traverseUpwards(CondensedTree t, int leaf, double epsilon) {
        int node = leaf;
        while (true) {
            int parent = t.clusterParent[node] - t.n;
            if (parent == 0) {
                return node;
            }
            if (1 / t.birth[parent] > epsilon) {
                return parent;
            }
            node = parent;
        }
    }

    private static void markDescendants(int node, List<List<Integer>> children, boolean[] flags, boolean value) {
        List<Integer> stack = new ArrayList<>(children.get(node));
        while (!stack.isEmpty()) {
            int x = stack.remove(stack.size() - 1);
            flags[x] = value;
            stack.addAll(children.get(x));
        }
    }
}
