package org.ctcreview.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class CropResizeTest {
    @Test
    void upsamplingMatchesTorchBilinearWithHalfPixelCentres() {
        // torch.nn.functional.interpolate(torch.tensor([[[[0., 1.], [2., 3.]]]]), size=4, mode="bilinear",
        // align_corners=False) -> rows [0, .25, .75, 1], [.5, .75, 1.25, 1.5], [1.5, 1.75, 2.25, 2.5], [2, 2.25, 2.75, 3]
        float[] out = CropResize.plane(new float[] {0, 1, 2, 3}, 4);
        assertArrayEquals(new float[] {0f, .25f, .75f, 1f, .5f, .75f, 1.25f, 1.5f, 1.5f, 1.75f, 2.25f, 2.5f,
            2f, 2.25f, 2.75f, 3f}, out, 1e-6f);
    }

    @Test
    void planesOfTheRightSizeOrNotSquarePassUnchanged() {
        float[] p = new float[16];
        assertSame(p, CropResize.plane(p, 4));
        float[] odd = new float[15];
        assertSame(odd, CropResize.plane(odd, 4));
        assertEquals(224 * 224, CropResize.plane(new float[48 * 48], 224).length);
    }
}
