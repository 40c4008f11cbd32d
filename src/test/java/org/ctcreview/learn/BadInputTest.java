package org.ctcreview.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ctcreview.model.BadInputException;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gets its own exception type and a message that says what to do. */
class BadInputTest {
    private final Blobs.Data data = Blobs.twoClasses(60, 0.3, 3, 31);

    @Test
    void oneClassOnly() {
        NotEnoughLabelsException e = assertThrows(NotEnoughLabelsException.class,
                () -> CtcClassifier.fit(data.x(), new boolean[60], FitOptions.defaults()));
        assertEquals("not enough labels yet: the training set has only non-CTC cells; label 5 more CTC cells"
                + " (have 0 CTC and 60 non-CTC; fitting needs at least 5 of each and 10 in all)."
                + " Fix: label more cells, then fit again", e.getMessage());
        assertEquals(5, e.morePositive());
        assertEquals(0, e.moreNegative());
        assertTrue(e instanceof BadInputException, "the CLI maps it to exit code 1");
    }

    @Test
    void fewerThanTenCellsOrFiveOfAClass() {
        float[][] x = Blobs.rows(data.x(), 0, 7);
        boolean[] y = {true, true, true, false, false, false, false};
        NotEnoughLabelsException e = assertThrows(NotEnoughLabelsException.class,
                () -> CtcClassifier.fit(x, y, FitOptions.defaults()));
        assertEquals("not enough labels yet: label 2 more CTC cells and 1 more non-CTC cell (have 3 CTC and 4 non-CTC;"
                + " fitting needs at least 5 of each and 10 in all). Fix: label more cells, then fit again",
                e.getMessage());
        assertEquals(2, e.morePositive());
        assertEquals(1, e.moreNegative());
        boolean[] y8 = {true, true, true, true, true, false, false, false};
        NotEnoughLabelsException e8 = assertThrows(NotEnoughLabelsException.class,
                () -> CtcClassifier.fit(Blobs.rows(data.x(), 0, 8), y8, FitOptions.defaults()));
        assertTrue(e8.getMessage().startsWith("not enough labels yet: label 2 more non-CTC cells (have"),
                e8.getMessage());
        boolean[] y6 = {true, true, true, true, true, true};
        NotEnoughLabelsException e6 = assertThrows(NotEnoughLabelsException.class,
                () -> CtcClassifier.fit(Blobs.rows(data.x(), 0, 6), y6, FitOptions.defaults()));
        assertEquals(5, e6.moreNegative());
        NotEnoughLabelsException eAny = assertThrows(NotEnoughLabelsException.class,
                () -> NotEnoughLabelsException.require("CTC", 5, "non-CTC", 4));
        assertTrue(eAny.getMessage().startsWith("not enough labels yet: label 1 more non-CTC cell (have"));
        NotEnoughLabelsException both = assertThrows(NotEnoughLabelsException.class,
                () -> NotEnoughLabelsException.require("CTC", 3, "non-CTC", 3));
        assertTrue(both.getMessage().startsWith("not enough labels yet: label 2 more CTC cells and 2 more non-CTC"
                + " cells (have 3 CTC and 3 non-CTC;"), both.getMessage());
        boolean[] y9 = new boolean[9];
        for (int i = 0; i < 5; i++) {
            y9[i] = true;
        }
        NotEnoughLabelsException e9 = assertThrows(NotEnoughLabelsException.class,
                () -> CtcClassifier.fit(Blobs.rows(data.x(), 0, 9), y9, FitOptions.defaults()));
        assertTrue(e9.getMessage().startsWith("not enough labels yet: label 1 more non-CTC cell "), e9.getMessage());
        boolean[] y12 = new boolean[12];
        y12[0] = true;
        y12[1] = true;
        y12[2] = true;
        y12[3] = true;
        NotEnoughLabelsException e12 = assertThrows(NotEnoughLabelsException.class,
                () -> CtcClassifier.fit(Blobs.rows(data.x(), 0, 12), y12, FitOptions.defaults()));
        assertTrue(e12.getMessage().startsWith("not enough labels yet: label 1 more CTC cell (have 4 CTC and 8"),
                e12.getMessage());
    }

    @Test
    void tenCellsWithFiveOfEachAreEnough() {
        boolean[] y = new boolean[10];
        for (int i = 0; i < 5; i++) {
            y[i] = true;
        }
        CtcClassifier m = CtcClassifier.fit(Blobs.rows(data.x(), 0, 10), y, FitOptions.defaults());
        assertEquals(10, m.pca().components(), "no more components than cells");
    }

    @Test
    void nanOrInfinityNamesTheRow() {
        float[][] x = copy(data.x());
        x[17][5] = Float.NaN;
        BadFeaturesException e = assertThrows(BadFeaturesException.class,
                () -> CtcClassifier.fit(x, data.ctc(), FitOptions.defaults()));
        assertEquals(17, e.row());
        assertTrue(e.getMessage().startsWith("row 17 of the features has NaN at column 5"), e.getMessage());
        CtcClassifier model = CtcClassifier.fit(data.x(), data.ctc(), FitOptions.defaults());
        float[][] y = copy(data.x());
        y[3][0] = Float.POSITIVE_INFINITY;
        BadFeaturesException inf = assertThrows(BadFeaturesException.class, () -> model.probabilities(y));
        assertTrue(inf.getMessage().startsWith("row 3 of the features has Infinity at column 0"));
    }

    @Test
    void dimensionMismatches() {
        CtcClassifier model = CtcClassifier.fit(data.x(), data.ctc(), FitOptions.defaults());
        float[][] narrow = new float[4][64];
        BadFeaturesException e = assertThrows(BadFeaturesException.class, () -> model.probabilities(narrow));
        assertTrue(e.getMessage().startsWith("the features have 64 values per cell but the model expects 128"),
                e.getMessage());
        float[][] ragged = copy(data.x());
        ragged[9] = new float[127];
        BadFeaturesException r = assertThrows(BadFeaturesException.class,
                () -> CtcClassifier.fit(ragged, data.ctc(), FitOptions.defaults()));
        assertEquals("row 9 of the features has 127 values, row 0 has 128", r.getMessage().split("\\. Fix")[0]);
        BadFeaturesException n = assertThrows(BadFeaturesException.class,
                () -> CtcClassifier.fit(data.x(), new boolean[59], FitOptions.defaults()));
        assertTrue(n.getMessage().startsWith("60 feature rows but 59 labels"), n.getMessage());
        assertThrows(BadFeaturesException.class,
                () -> CtcClassifier.fit(new float[0][], new boolean[0], FitOptions.defaults()));
    }

    @Test
    void damagedOrForeignModelBytes() {
        CtcClassifier model = CtcClassifier.fit(data.x(), data.ctc(), FitOptions.defaults());
        byte[] bytes = model.toBytes();
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length / 2);
        BadInputException e = assertThrows(BadInputException.class, () -> CtcClassifier.fromBytes(cut));
        assertTrue(e.getMessage().contains("truncated or damaged"), e.getMessage());
        BadInputException kind = assertThrows(BadInputException.class, () -> ArtefactFilter.fromBytes(bytes));
        assertTrue(kind.getMessage().startsWith("these bytes hold a ctc-classifier model, not a artefact-filter"),
                kind.getMessage());
        assertThrows(BadInputException.class, () -> Pca.fromBytes(new byte[] {1, 2, 3}));
    }

    @Test
    void badOptionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withC(0));
        assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withGamma(-1.0));
        assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withThreshold(1.5));
        assertThrows(IllegalArgumentException.class, () -> FitOptions.defaults().withPlattFolds(1));
        assertThrows(IllegalArgumentException.class, () -> CvOptions.defaults().withTestFraction(1));
    }

    private static float[][] copy(float[][] x) {
        float[][] c = new float[x.length][];
        for (int i = 0; i < x.length; i++) {
            c[i] = x[i].clone();
        }
        return c;
    }
}
