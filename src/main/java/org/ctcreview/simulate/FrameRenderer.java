package org.ctcreview.simulate;

import java.util.SplittableRandom;
import org.ctcreview.model.GridLayout;

/**
 * Draws a frame: objects into signal planes (only within their boxes), edge glare, an uneven and
 * vignetted background per channel, then shot and read noise and hot-pixel speckle, clamped to 12 bit.
 * Also fills the 16-bit instance mask.
 */
final class FrameRenderer {
    static final int CHANNELS = 4;
    private static final double FIELD_SCALE = 260;

    private FrameRenderer() {
    }

    /**
     * Renders a scene.
     *
     * @param withMask whether to fill the label mask (otherwise {@link RenderedFrame#mask()} is null)
     */
    static RenderedFrame render(FrameScene scene, double[] background, double noiseScale, NoiseConfig noise,
                                SplittableRandom r, boolean withMask) {
        int w = scene.width();
        int h = scene.height();
        float[][] planes = new float[CHANNELS][w * h];
        short[] mask = new short[w * h];
        BlobPainter painter = new BlobPainter(w, h, planes, mask);
        for (SimObject o : scene.objects()) {
            for (Blob b : o.blobs()) {
                painter.paint(b, o.maskId());
            }
        }
        for (Glare g : scene.glares()) {
            paintGlare(planes, w, h, g);
        }
        addBackground(planes, w, h, background, noise, r.nextLong());
        for (float[] plane : planes) {
            for (int y = 0; y < h; y++) {
                NoiseTable.addRow(plane, y * w, w, noise.readNoise(), noise.shotGain(), noiseScale, r);
            }
        }
        addHotPixels(planes, w, h, noise.hotPixelsPerFrame(), r);
        MaskStats stats = MaskStats.of(mask, w, h, scene.objects().size());
        return new RenderedFrame(planes, withMask ? mask : null, stats);
    }

    private static void addBackground(float[][] planes, int w, int h, double[] bg, NoiseConfig noise, long seed) {
        double unevenness = noise.unevenness();
        double vignette = noise.vignetting();
        double cx = w / 2.0;
        double cy = h / 2.0;
        double norm = 1 / (cx * cx + cy * cy);
        float[] field = new float[w];
        for (int y = 0; y < h; y++) {
            double dy2 = (y - cy) * (y - cy);
            for (int x = 0; x < w; x++) {
                double f = 1 + unevenness * Texture.value(x, y, FIELD_SCALE, seed)
                        - vignette * ((x - cx) * (x - cx) + dy2) * norm;
                field[x] = (float) f;
            }
            int row = y * w;
            for (int c = 0; c < planes.length; c++) {
                float level = (float) bg[c];
                float[] p = planes[c];
                for (int x = 0; x < w; x++) {
                    p[row + x] += level * field[x];
                }
            }
        }
    }

    private static void paintGlare(float[][] planes, int w, int h, Glare g) {
        boolean vertical = g.side() == Glare.Side.LEFT || g.side() == Glare.Side.RIGHT;
        int along = vertical ? h : w;
        int reach = Math.min(g.paintReach(), vertical ? w : h);
        for (int s = 0; s < along; s++) {
            double front = g.width() * (1 + 0.45 * Texture.value(s, 0, 90, g.seed())
                    + 0.2 * Texture.value(s, 7, 17, g.seed() + 1));
            double streak = 1 + 0.35 * Texture.value(s, 3, 6, g.seed() + 2);
            for (int d = 0; d < reach; d++) {
                double v = g.peak() * streak * Math.exp(-d / front);
                if (v < 1) {
                    break;
                }
                int x = vertical ? (g.side() == Glare.Side.LEFT ? d : w - 1 - d) : s;
                int y = vertical ? s : (g.side() == Glare.Side.TOP ? d : h - 1 - d);
                int i = y * w + x;
                for (int c = 0; c < planes.length; c++) {
                    planes[c][i] += (float) (v * Glare.CHANNEL_WEIGHT[c]);
                }
            }
        }
    }

    /** Hot pixels at the configured density of a camera frame, so small canvases (previews) get few. */
    private static void addHotPixels(float[][] planes, int w, int h, int perFrame, SplittableRandom r) {
        int count = (int) Math.round(perFrame * (double) w * h
                / ((double) GridLayout.CAMERA_WIDTH * GridLayout.CAMERA_HEIGHT));
        for (float[] plane : planes) {
            for (int k = 0; k < count; k++) {
                int i = r.nextInt(w * h);
                float v = plane[i] + (float) Rand.logNormal(r, 250, 0.8);
                plane[i] = Math.min(4095f, v);
            }
        }
    }
}
