package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CropNormalizerTest {
    private static final List<String> CH = List.of("DAPI", "CK", "CD45");
    private final CropNormalizer n = CropNormalizer.of(-1f, 1f);

    @Test
    void minMaxPerChannelMapsToMinusOneToOne() {
        float[][] crop = {{10, 20, 30, 50}, {0, 255, 255, 0}, {100, 100, 100, 100}};
        float[] x = n.apply(crop, CH);
        assertArrayEquals(new float[] {-1f, -0.5f, 0f, 1f, -1f, 1f, 1f, -1f, -1f, -1f, -1f, -1f}, x, 1e-7f);
    }

    @Test
    void aFlatChannelGivesLow() {
        float[][] crop = {{7, 7, 7, 7}, {0, 0, 0, 0}, {-3, -3, -3, -3}};
        for (float v : n.apply(crop, CH)) {
            assertTrue(v == -1f, "flat channel gives -1, got " + v);
        }
    }

    @Test
    void theUnitDoesNotMatterOnlyTheOrder() {
        float[][] u8 = {{3, 9, 200, 41}, {1, 2, 3, 4}, {9, 0, 0, 1}};
        float[][] rescaled = new float[3][4];
        for (int c = 0; c < 3; c++) {
            for (int i = 0; i < 4; i++) {
                rescaled[c][i] = 60 + u8[c][i] * (4095f - 60f) / 255f;
            }
        }
        assertArrayEquals(n.apply(u8, CH), n.apply(rescaled, CH), 1e-6f);
    }

    @Test
    void writesAtTheOffsetInChannelOrder() {
        float[] dest = new float[10];
        CropNormalizer.of(0f, 1f).into(new float[][] {{0, 4}, {2, 1}}, CH, dest, 3);
        assertArrayEquals(new float[] {0, 0, 0, 0, 1, 1, 0, 0, 0, 0}, dest, 1e-7f);
    }

    @Test
    void nanOrInfinityIsRefusedNamingChannelAndPixel() {
        float[][] crop = new float[3][48 * 48];
        crop[1][48 * 2 + 5] = Float.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> n.apply(crop, CH));
        assertTrue(e.getMessage().contains("CK") && e.getMessage().contains("NaN")
                && e.getMessage().contains("x 5, y 2"), e.getMessage());
        crop[1][48 * 2 + 5] = 0;
        crop[2][0] = Float.NEGATIVE_INFINITY;
        e = assertThrows(IllegalArgumentException.class, () -> n.apply(crop, CH));
        assertTrue(e.getMessage().contains("CD45") && e.getMessage().contains("Infinity"), e.getMessage());
    }
}
