package org.ctcreview.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;

class KnnTest {

    @Test
    void givenClusteredAndUniformData_thenTheSearchEqualsBruteForce() {
        Synthetic.Data clustered = Synthetic.mixture(3000, 4);
        float[][] uniform = new float[1500][12];
        Random r = new Random(9);
        for (float[] v : uniform) {
            for (int d = 0; d < v.length; d++) {
                v[d] = r.nextFloat();
            }
        }
        for (float[][] data : new float[][][] {clustered.vectors(), uniform}) {
            Knn.Neighbours nb = Knn.self(data, 40, 2, ProgressListener.none());
            for (int q = 0; q < data.length; q += 37) {
                int[] expected = bruteForce(data[q], data, q, 40);
                int[] got = Arrays.copyOfRange(nb.index(), q * 40, q * 40 + 40);
                assertArrayEquals(expected, got, "query " + q);
            }
        }
    }

    @Test
    void givenQueriesAgainstReferences_thenDistancesAreExactAndSorted_andThreadsDoNotMatter() {
        Synthetic.Data refs = Synthetic.mixture(2000, 5);
        Synthetic.Data queries = Synthetic.mixture(300, 6);
        Knn.Neighbours one = Knn.query(queries.vectors(), refs.vectors(), 25, 1, ProgressListener.none());
        Knn.Neighbours two = Knn.query(queries.vectors(), refs.vectors(), 25, 2, ProgressListener.none());
        assertArrayEquals(one.index(), two.index());
        assertArrayEquals(one.distance(), two.distance());
        for (int q = 0; q < 300; q++) {
            assertArrayEquals(bruteForce(queries.vectors()[q], refs.vectors(), -1, 25),
                    Arrays.copyOfRange(one.index(), q * 25, q * 25 + 25));
            for (int j = 0; j < 25; j++) {
                double exact = Math.sqrt(dist2(queries.vectors()[q], refs.vectors()[one.index(q, j)]));
                assertEquals((float) exact, one.distance(q, j));
                if (j > 0) {
                    assertEquals(true, one.distance(q, j - 1) <= one.distance(q, j));
                }
            }
        }
    }

    @Test
    void givenDuplicates_thenTiesAreBrokenByIndex() {
        float[][] data = new float[50][3];
        for (int i = 0; i < 50; i++) {
            data[i][0] = i % 5;
        }
        Knn.Neighbours nb = Knn.self(data, 9, 2, ProgressListener.none());
        assertArrayEquals(new int[] {5, 10, 15, 20, 25, 30, 35, 40, 45}, Arrays.copyOfRange(nb.index(), 0, 9));
    }

    static int[] bruteForce(float[] q, float[][] refs, int exclude, int k) {
        Integer[] idx = new Integer[refs.length];
        for (int i = 0; i < refs.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(i -> (float) Math.sqrt(dist2(q, refs[i])))
                .thenComparingInt(i -> i));
        return Arrays.stream(idx).filter(i -> i != exclude).limit(k).mapToInt(Integer::intValue).toArray();
    }

    static double dist2(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            double v = (double) a[d] - b[d];
            s += v * v;
        }
        return s;
    }
}
