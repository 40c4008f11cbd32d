package org.ctcreview.hil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SamplingStrategyTest {

    private static List<Candidate> pool(int perCluster, int... clusters) {
        List<Candidate> out = new ArrayList<>();
        long id = 1;
        for (int c : clusters) {
            for (int i = 0; i < perCluster; i++) {
                out.add(new Candidate(id++, c, (i % 10) / 10.0));
            }
        }
        return out;
    }

    @Test
    void clusterProbabilitiesFollowOneMinusF1OverTheSum() {
        Map<Integer, Double> p = ClusterSpecificSampling.probabilities(List.of(0, 1, 2), Map.of(0, 0.9, 1, 0.5, 2, 0.6));
        // weights 0.1, 0.5, 0.4 -> sum 1.0
        assertEquals(0.1, p.get(0), 1e-12);
        assertEquals(0.5, p.get(1), 1e-12);
        assertEquals(0.4, p.get(2), 1e-12);
    }

    @Test
    void clusterWithoutF1GetsTheMeanWeightAndAllPerfectClustersAreUniform() {
        Map<Integer, Double> p = ClusterSpecificSampling.probabilities(List.of(0, 1, 2), Map.of(0, 0.8, 1, 0.4));
        // weights 0.2, 0.6, mean 0.4 -> sum 1.2
        assertEquals(0.2 / 1.2, p.get(0), 1e-12);
        assertEquals(0.6 / 1.2, p.get(1), 1e-12);
        assertEquals(0.4 / 1.2, p.get(2), 1e-12);
        Map<Integer, Double> uniform = ClusterSpecificSampling.probabilities(List.of(3, 4), Map.of(3, 1.0, 4, 1.0));
        assertEquals(0.5, uniform.get(3), 1e-12);
        assertEquals(0.5, uniform.get(4), 1e-12);
    }

    @Test
    void clusterDrawFrequenciesMatchTheProbabilities() {
        List<Candidate> pool = pool(20000, 0, 1);
        Map<Integer, Double> f1 = Map.of(0, 0.8, 1, 0.2); // p0 = 0.2, p1 = 0.8
        List<Long> drawn = new ClusterSpecificSampling().draw(new DrawRequest(pool, f1, 0.5, 5000), new Random(1));
        long fromWeak = drawn.stream().filter(id -> id > 20000).count();
        assertEquals(0.8, fromWeak / 5000.0, 0.02);
        assertEquals(5000, new HashSet<>(drawn).size(), "cells are drawn without replacement");
    }

    @Test
    void everyStrategyReturnsDistinctPoolCellsAndStopsWhenThePoolRunsDry() {
        List<Candidate> pool = pool(5, 0, 1, -1);
        HashSet<Long> ids = new HashSet<>();
        pool.forEach(c -> ids.add(c.cellId()));
        for (String name : List.of("cluster", "random", "uncertainty", "real-world")) {
            SamplingStrategy s = SamplingStrategy.named(name);
            List<Long> drawn = s.draw(new DrawRequest(pool, Map.of(0, 0.9, 1, 0.3, -1, 0.5), 0.5, 100), new Random(2));
            assertTrue(ids.containsAll(drawn), name);
            assertEquals(drawn.size(), new HashSet<>(drawn).size(), name);
            if (!name.equals("real-world")) {
                assertEquals(15, drawn.size(), name + " drains the pool when asked for more than it holds");
            }
        }
    }

    @Test
    void sameSeedSameDraw() {
        List<Candidate> pool = pool(50, 0, 1, 2);
        for (String name : List.of("cluster", "random", "uncertainty", "real-world")) {
            DrawRequest r = new DrawRequest(pool, Map.of(0, 0.9, 1, 0.3, 2, 0.6), 0.5, 20);
            assertEquals(SamplingStrategy.named(name).draw(r, new Random(9)),
                    SamplingStrategy.named(name).draw(r, new Random(9)), name);
        }
    }

    @Test
    void uncertaintyTakesTheCellsClosestToTheThreshold() {
        List<Candidate> pool = List.of(new Candidate(1, 0, 0.05), new Candidate(2, 0, 0.48), new Candidate(3, 1, 0.55),
                new Candidate(4, 1, 0.99), new Candidate(5, 1, 0.7));
        List<Long> drawn = new UncertaintySampling().draw(new DrawRequest(pool, Map.of(), 0.5, 2), new Random(0));
        assertEquals(List.of(2L, 3L), drawn);
    }

    @Test
    void realWorldDrawsOnlyPredictedNonCtcOfTheWeakestClusterUpToTheCap() {
        List<Candidate> pool = new ArrayList<>();
        for (long i = 0; i < 3000; i++) {
            pool.add(new Candidate(i, i < 2000 ? 7 : 8, i % 2 == 0 ? 0.1 : 0.9));
        }
        Map<Integer, Integer> byCluster = new HashMap<>();
        List<Long> drawn = new RealWorldSampling(1000).draw(new DrawRequest(pool, Map.of(7, 0.4, 8, 0.9), 0.5, 5000),
                new Random(3));
        assertEquals(1000, drawn.size(), "capped at 1000");
        for (long id : drawn) {
            Candidate c = pool.get((int) id);
            assertEquals(7, c.cluster());
            assertTrue(c.probability() < 0.5);
            byCluster.merge(c.cluster(), 1, Integer::sum);
        }
        assertThrows(IllegalArgumentException.class, () -> SamplingStrategy.named("nope"));
    }
}
