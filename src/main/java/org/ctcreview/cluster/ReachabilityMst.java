package org.ctcreview.cluster;

import java.util.Arrays;
import org.ctcreview.task.ProgressListener;

/**
 * The minimum spanning tree of the mutual reachability graph, {@code max(core_a, core_b, |a - b|)}, by
 * Prim's algorithm on the complete graph (O(n^2) time, O(n) memory; exact; ~1.25e9 steps for 50,000
 * points). Edges come out sorted by weight, ties in the order Prim found them.
 */
final class ReachabilityMst {
    private ReachabilityMst() {
    }

    /** n - 1 edges: {@code a[i]}, {@code b[i]}, weight {@code w[i]} (ascending). */
    record Edges(int[] a, int[] b, double[] w) {
    }

    static Edges of(Points2d p, double[] core, ProgressListener progress) {
        int n = p.size();
        int m = n - 1;
        int[] idx = new int[m];
        double[] px = new double[m];
        double[] py = new double[m];
        double[] pc = new double[m];
        double[] best = new double[m];
        int[] from = new int[m];
        for (int i = 0; i < m; i++) {
            idx[i] = i + 1;
            px[i] = p.x()[i + 1];
            py[i] = p.y()[i + 1];
            pc[i] = core[i + 1] * core[i + 1];
            best[i] = Double.POSITIVE_INFINITY;
        }
        int[] ea = new int[Math.max(m, 0)];
        int[] eb = new int[Math.max(m, 0)];
        double[] ew = new double[Math.max(m, 0)];
        int cur = 0;
        double cx = p.x()[0];
        double cy = p.y()[0];
        double cc = core[0] * core[0];
        for (int e = 0; e < n - 1; e++) {
            if ((e & 1023) == 0) {
                progress.checkCancelled();
                progress.update(e, n - 1, "clustering: spanning tree");
            }
            double bestVal = Double.POSITIVE_INFINITY;
            int bestPos = -1;
            for (int i = 0; i < m; i++) {
                double b = best[i];
                if (b > cc) {
                    // mutual reachability is at least the current point's core distance: only then can it improve
                    double dx = px[i] - cx;
                    double dy = py[i] - cy;
                    double d2 = dx * dx + dy * dy;
                    double mr = d2 > cc ? d2 : cc;
                    mr = mr > pc[i] ? mr : pc[i];
                    if (mr < b) {
                        b = mr;
                        best[i] = mr;
                        from[i] = cur;
                    }
                }
                if (b < bestVal) {
                    bestVal = b;
                    bestPos = i;
                }
            }
            ea[e] = from[bestPos];
            eb[e] = idx[bestPos];
            ew[e] = Math.sqrt(bestVal);
            cur = idx[bestPos];
            cx = px[bestPos];
            cy = py[bestPos];
            cc = pc[bestPos];
            m--;
            idx[bestPos] = idx[m];
            px[bestPos] = px[m];
            py[bestPos] = py[m];
            pc[bestPos] = pc[m];
            best[bestPos] = best[m];
            from[bestPos] = from[m];
        }
        return sorted(ea, eb, ew);
    }

    /** The edges in ascending weight; equal weights keep Prim's order (a stable sort). */
    private static Edges sorted(int[] a, int[] b, double[] w) {
        int m = w.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(w[x], w[y]));
        int[] sa = new int[m];
        int[] sb = new int[m];
        double[] sw = new double[m];
        for (int i = 0; i < m; i++) {
            sa[i] = a[order[i]];
            sb[i] = b[order[i]];
            sw[i] = w[order[i]];
        }
        return new Edges(sa, sb, sw);
    }
}
