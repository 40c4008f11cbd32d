package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ctcreview.task.CancelledException;
import org.ctcreview.task.ProgressListener;
import org.junit.jupiter.api.Test;

class MonteCarloCvTest {

    @Test
    void splitsAreStratifiedNinetyTenAndDeterministicBySeed() {
        boolean[] ctc = new boolean[200];
        for (int i = 0; i < 55; i++) {
            ctc[i * 3] = true;
        }
        List<Split> a = MonteCarloCv.splits(ctc, 20, 0.1, 7);
        List<Split> b = MonteCarloCv.splits(ctc, 20, 0.1, 7);
        List<Split> c = MonteCarloCv.splits(ctc, 20, 0.1, 8);
        assertEquals(20, a.size());
        for (int s = 0; s < a.size(); s++) {
            Split split = a.get(s);
            // 55 CTC -> round(5.5) = 6 test; 145 non-CTC -> round(14.5) = 15 test
            assertEquals(21, split.test().length);
            assertEquals(179, split.train().length);
            int testCtc = 0;
            Set<Integer> seen = new HashSet<>();
            for (int i : split.test()) {
                testCtc += ctc[i] ? 1 : 0;
                seen.add(i);
            }
            for (int i : split.train()) {
                assertTrue(seen.add(i), "train and test are disjoint");
            }
            assertEquals(200, seen.size());
            assertEquals(6, testCtc);
            assertArrayEquals(split.test(), b.get(s).test());
        }
        assertNotEquals(List.of(a.get(0).test()[0], a.get(1).test()[0]), List.of(c.get(0).test()[0],
                c.get(1).test()[0]));
    }

    @Test
    void meanAndSdOverSplitsWithCountsPerCluster() {
        Blobs.Data d = Blobs.twoClasses(300, 0.3, 3.5, 21);
        int[] cluster = d.cluster().clone();
        // cluster 7: three non-CTC cells only; cluster 8 exists but its cells are UNSURE
        int placed = 0;
        for (int i = 0; i < cluster.length && placed < 3; i++) {
            if (!d.ctc()[i]) {
                cluster[i] = 7;
                placed++;
            }
        }
        CellClass[] labels = d.labels().clone();
        labels[299] = CellClass.UNSURE;
        cluster[299] = 8;
        CvOptions o = CvOptions.defaults().withSplits(6).withThreads(2);
        int[] updates = {0};
        ProgressListener counting = new ProgressListener() {
            @Override
            public synchronized void update(long done, long total, String message) {
                updates[0]++;
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        CvResult r = MonteCarloCv.run(d.x(), labels, cluster, o, counting);
        assertEquals(6, r.splits());
        assertEquals(6, updates[0]);
        assertEquals(6, r.total().count());
        assertTrue(r.total().mean() > 0.75, "total F1 " + r.total());
        assertTrue(r.total().sd() >= 0);
        assertEquals(List.of(0, 1, 7), List.copyOf(r.clusters().keySet()), "UNSURE cells and their cluster left out");
        CvResult.ClusterCv seven = r.clusters().get(7);
        assertEquals(seven.splitsWithTestCells(), seven.score().count());
        assertEquals(seven.splitsWithTestCells(), seven.splitsBySpecificity(), "no CTC in cluster 7");
        assertTrue(seven.splitsWithTestCells() < 6, "three cells are not drawn into every test set");
        assertEquals(6, r.clusters().get(0).splitsWithTestCells());
        // per-split scores average to the reported mean
        double sum = 0;
        for (Evaluation e : r.perSplit()) {
            sum += e.clusters().get(0).value();
        }
        assertEquals(sum / 6, r.clusters().get(0).score().mean(), 1e-12);
        // same seed, other thread count: the same numbers
        CvResult again = MonteCarloCv.run(d.x(), labels, cluster, o.withThreads(1), ProgressListener.none());
        assertEquals(r.total(), again.total());
        assertEquals(r.clusters(), again.clusters());
    }

    @Test
    void cancelStopsTheRun() {
        Blobs.Data d = Blobs.twoClasses(100, 0.3, 3.5, 22);
        ProgressListener cancelled = new ProgressListener() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(CancelledException.class, () -> MonteCarloCv.run(d.x(), d.ctc(), d.cluster(),
                CvOptions.defaults().withSplits(3), cancelled));
    }

    @Test
    void tooFewLabelsForTheTrainingPartAreRefused() {
        Blobs.Data d = Blobs.twoClasses(100, 0.3, 3.5, 23);
        boolean[] ctc = new boolean[100];
        for (int i = 0; i < 5; i++) {
            ctc[i] = true;
        }
        // 5 CTC, one of them in every test set: 4 left to train on
        NotEnoughLabelsException e = assertThrows(NotEnoughLabelsException.class, () -> MonteCarloCv.run(d.x(),
                ctc, d.cluster(), CvOptions.defaults().withSplits(2), ProgressListener.none()));
        assertTrue(e.getMessage().startsWith("not enough labels yet: label 1 more CTC cell "), e.getMessage());
    }
}
