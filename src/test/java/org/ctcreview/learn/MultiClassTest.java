package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MultiClassTest {
    private static final CellClass[] SIX = CellClass.SPECIFIC.toArray(new CellClass[0]);

    @Test
    void separableBlobsAreClassifiedAlmostPerfectly() {
        Blobs.Data train = Blobs.separated(30, SIX, 1);
        Blobs.Data test = Blobs.separated(50, SIX, 2);
        MultiClassClassifier m = MultiClassClassifier.fit(train.x(), train.labels(), FitOptions.defaults());
        assertEquals(CellClass.SPECIFIC, m.classes());
        assertTrue(m.skippedClasses().isEmpty());
        CellClass[] predicted = m.predict(test.x(), 2);
        int right = 0;
        for (int i = 0; i < predicted.length; i++) {
            right += predicted[i] == test.labels()[i] ? 1 : 0;
        }
        assertTrue(right >= 0.99 * predicted.length, right + " of " + predicted.length);
        double[][] p = m.probabilities(test.x(), 1);
        assertEquals(6, p[0].length);
        for (double[] row : p) {
            for (double v : row) {
                assertTrue(v >= 0 && v <= 1);
            }
        }
        MultiClassClassifier back = MultiClassClassifier.fromBytes(m.toBytes());
        assertArrayEquals(predicted, back.predict(test.x(), 1));
        assertEquals(m.reports(), back.reports());
    }

    @Test
    void rareClassesAreSkippedAndUnsureAndNotCtcStayOutOfOtherModels() {
        Blobs.Data train = Blobs.separated(20, new CellClass[] {CellClass.CTC, CellClass.WBC, CellClass.TDEV}, 3);
        CellClass[] labels = train.labels().clone();
        int tdev = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == CellClass.TDEV && tdev++ >= 3) {
                labels[i] = i % 2 == 0 ? CellClass.UNSURE : CellClass.NOT_CTC;
            }
        }
        MultiClassClassifier m = MultiClassClassifier.fit(train.x(), labels, FitOptions.defaults());
        assertEquals(List.of(CellClass.CTC, CellClass.WBC), m.classes());
        assertEquals(Map.of(CellClass.TDEV, 3, CellClass.BARE_NUCLEUS, 0, CellClass.CD45_EV, 0,
                CellClass.ARTEFACT, 0), m.skippedClasses());
        int notCtc = (int) java.util.Arrays.stream(labels).filter(l -> l == CellClass.NOT_CTC).count();
        // CTC model: CTC, WBC, the 3 TDEV and NOT_CTC; WBC model: without NOT_CTC
        assertEquals(20 + 20 + 3 + notCtc, m.reports().get(0).cells());
        assertEquals(20 + 20 + 3, m.reports().get(1).cells());
    }

    @Test
    void oneClassOnlyIsRefusedWithWhatToLabel() {
        Blobs.Data train = Blobs.separated(20, new CellClass[] {CellClass.WBC}, 4);
        NotEnoughLabelsException e = assertThrows(NotEnoughLabelsException.class,
                () -> MultiClassClassifier.fit(train.x(), train.labels(), FitOptions.defaults()));
        assertTrue(e.getMessage().startsWith("not enough labels yet: the training set has only WBC cells; label 5"
                + " more "), e.getMessage());
    }
}
