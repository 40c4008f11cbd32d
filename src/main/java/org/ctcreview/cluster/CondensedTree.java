package org.ctcreview.cluster;

/**
 * HDBSCAN's condensed cluster tree, built as the hdbscan library does: the single-linkage hierarchy of the
 * spanning tree (union-find over edges by weight), walked breadth-first from the root; a split where both
 * sides have at least min_cluster_size points makes two new clusters, a smaller side's points fall out of the
 * current cluster at lambda = 1 / distance. Cluster ids are {@code n} (root) upwards in creation order, so a
 * parent's id is always below its children's; {@link #stability} is the excess of mass of each cluster.
 */
final class CondensedTree {
    private static final double MIN_DISTANCE = 1e-12;

    final int n;
    /** Per point: the cluster it falls out of, and at which lambda. */
    final int[] pointParent;
    final double[] pointLambda;
    /** Per cluster (index id - n): parent cluster id (-1 for the root), birth lambda, size at birth. */
    final int[] clusterParent;
    final double[] birth;
    final int[] size;
    final double[] stability;

    private CondensedTree(int n, int clusters) {
        this.n = n;
        this.pointParent = new int[n];
        this.pointLambda = new double[n];
        this.clusterParent = new int[clusters];
        this.birth = new double[clusters];
        this.size = new int[clusters];
        this.stability = new double[clusters];
    }

    int clusterCount() {
        return clusterParent.length;
    }

    int root() {
        return n;
    }

    static CondensedTree of(ReachabilityMst.Edges mst, int n, int minClusterSize) {
        // single linkage: row i merges left[i] and right[i] into node n + i
        int rowsCount = n - 1;
        int[] left = new int[rowsCount];
        int[] right = new int[rowsCount];
        double[] dist = new double[rowsCount];
        int[] count = new int[2 * n - 1];
        int[] parent = new int[2 * n - 1];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
            count[i] = i < n ? 1 : 0;
        }
        for (int i = 0; i < rowsCount; i++) {
            int a = find(parent, mst.a()[i]);
            int b = find(parent, mst.b()[i]);
            left[i] = a;
            right[i] = b;
            dist[i] = mst.w()[i];
            int node = n + i;
            count[node] = count[a] + count[b];
            parent[a] = node;
            parent[b] = node;
        }
        return condense(n, left, right, dist, count, minClusterSize);
    }

    private static int find(int[] parent, int x) {
        int r = x;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[x] != r) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }

    private static CondensedTree condense(int n, int[] left, int[] right, double[] dist, int[] count, int mcs) {
        int nodes = 2 * n - 1;
        int[] relabel = new int[nodes];
        int rootNode = nodes - 1;
        relabel[rootNode] = n;
        int nextLabel = n + 1;
        int[] pointParent = new int[n];
        double[] pointLambda = new double[n];
        int[] cParent = new int[n];
        double[] cBirth = new double[n];
        int[] cSize = new int[n];
        cParent[0] = -1;
        cSize[0] = n;
        int[] queue = new int[nodes];
        int head = 0;
        int tail = 0;
        queue[tail++] = rootNode;
        int[] drop = new int[n];
        int[] work = new int[nodes];
        while (head < tail) {
            int node = queue[head++];
            if (node < n) {
                continue;
            }
            int row = node - n;
            int l = left[row];
            int r = right[row];
            double lambda = 1.0 / Math.max(dist[row], MIN_DISTANCE);
            int cluster = relabel[node];
            int lc = count[l];
            int rc = count[r];
            if (lc >= mcs && rc >= mcs) {
                for (int child : new int[] {l, r}) {
                    int label = nextLabel++;
                    relabel[child] = label;
                    cParent[label - n] = cluster;
                    cBirth[label - n] = lambda;
                    cSize[label - n] = count[child];
                    queue[tail++] = child;
                }
            } else {
                for (int child : new int[] {l, r}) {
                    if (count[child] >= mcs) {
                        relabel[child] = cluster;
                        queue[tail++] = child;
                    } else {
                        int dropped = subtreePoints(child, n, left, right, work, drop);
                        for (int d = 0; d < dropped; d++) {
                            pointParent[drop[d]] = cluster;
                            pointLambda[drop[d]] = lambda;
                        }
                    }
                }
            }
        }
        CondensedTree t = new CondensedTree(n, nextLabel - n);
        System.arraycopy(pointParent, 0, t.pointParent, 0, n);
        System.arraycopy(pointLambda, 0, t.pointLambda, 0, n);
        System.arraycopy(cParent, 0, t.clusterParent, 0, t.clusterCount());
        System.arraycopy(cBirth, 0, t.birth, 0, t.clusterCount());
        System.arraycopy(cSize, 0, t.size, 0, t.clusterCount());
        t.computeStability();
        return t;
    }

    /** The points under a hierarchy node, breadth-first, into {@code out}; returns their number. */
    private static int subtreePoints(int node, int n, int[] left, int[] right, int[] queue, int[] out) {
        int found = 0;
        int head = 0;
        int tail = 0;
        queue[tail++] = node;
        while (head < tail) {
            int x = queue[head++];
            if (x < n) {
                out[found++] = x;
            } else {
                queue[tail++] = left[x - n];
                queue[tail++] = right[x - n];
            }
        }
        return found;
    }

    private void computeStability() {
        for (int p = 0; p < n; p++) {
            int c = pointParent[p] - n;
            stability[c] += pointLambda[p] - birth[c];
        }
        for (int c = 1; c < clusterCount(); c++) {
            int par = clusterParent[c] - n;
            stability[par] += (birth[c] - birth[par]) * size[c];
        }
    }
}
