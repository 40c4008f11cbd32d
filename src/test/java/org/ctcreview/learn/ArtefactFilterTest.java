package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArtefactFilterTest {
    private static final CellClass[] THREE = {CellClass.CTC, CellClass.WBC, CellClass.ARTEFACT};

    @Test
    void flaggedCellsAreMarkedAndNeverCandidates() {
        Blobs.Data train = Blobs.separated(40, THREE, 1);
        Blobs.Data test = Blobs.separated(40, THREE, 2);
        ArtefactFilter filter = ArtefactFilter.fit(train.x(), train.labels(), FitOptions.defaults());
        assertTrue(filter.enabled());
        assertEquals("artefact filter on: 40 ARTEFACT vs 80 other labels", filter.status());
        boolean[] flags = filter.flag(test.x(), 2);
        for (int i = 0; i < flags.length; i++) {
            assertEquals(test.labels()[i] == CellClass.ARTEFACT, flags[i], "cell " + i);
        }
        // a CTC model that (wrongly) calls artefacts CTC: the filter keeps them out of the candidates
        boolean[] ctcOrArtefact = new boolean[train.labels().length];
        for (int i = 0; i < ctcOrArtefact.length; i++) {
            ctcOrArtefact[i] = train.labels()[i] != CellClass.WBC;
        }
        CtcClassifier model = CtcClassifier.fit(train.x(), ctcOrArtefact, FitOptions.defaults());
        ScoredCells plain = model.score(test.x());
        ScoredCells filtered = model.score(test.x(), filter, 2);
        assertEquals(80, plain.candidates());
        assertEquals(40, filtered.candidates());
        assertEquals(40, filtered.artefacts());
        assertArrayEquals(plain.probability(), filtered.probability(), 0);
        for (int i = 0; i < flags.length; i++) {
            assertFalse(filtered.artefact()[i] && filtered.candidate()[i]);
        }
        ArtefactFilter back = ArtefactFilter.fromBytes(filter.toBytes());
        assertArrayEquals(filter.probabilities(test.x(), 1), back.probabilities(test.x(), 2), 0);
        assertEquals(filter.status(), back.status());
    }

    @Test
    void tooFewArtefactLabelsSayHowManyMoreOrSwitchTheFilterOff() {
        Blobs.Data train = Blobs.separated(30, THREE, 3);
        CellClass[] labels = train.labels().clone();
        int kept = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] == CellClass.ARTEFACT && kept++ >= 3) {
                labels[i] = null;
            }
        }
        NotEnoughLabelsException e = assertThrows(NotEnoughLabelsException.class,
                () -> ArtefactFilter.fit(train.x(), labels, FitOptions.defaults()));
        assertEquals("not enough labels yet: label 2 more ARTEFACT cells (have 3 ARTEFACT and 60 other labelled;"
                + " fitting needs at least 5 of each and 10 in all). Fix: label more cells, then fit again",
                e.getMessage());
        assertEquals(2, e.morePositive());
        ArtefactFilter off = ArtefactFilter.fitIfEnoughLabels(train.x(), labels, FitOptions.defaults());
        assertFalse(off.enabled());
        assertTrue(off.status().startsWith("artefact filter off: not enough labels yet: label 2 more ARTEFACT"));
        assertArrayEquals(new boolean[train.x().length], off.flag(train.x(), 2));
        assertFalse(ArtefactFilter.fromBytes(off.toBytes()).enabled());
        assertFalse(ArtefactFilter.off().enabled());
    }
}
