package org.ctcreview.embed;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * The only place that knows the encoder's tensors: a whole batch of normalised crops goes in as one
 * (B, C, S, S) float32 tensor (built from one flat array, no per-crop tensors); out comes (B, D), one
 * embedding per crop.
 */
final class EncoderTranslator implements NoBatchifyTranslator<EncoderTranslator.Batch, float[][]> {

    /** {@code count} crops of {@code channels x size x size} normalised values, crop after crop. */
    record Batch(float[] values, int count, int channels, int size) {
        Batch {
            if (values.length != count * channels * size * size) {
                throw new IllegalArgumentException(values.length + " values are not " + count + " crops of "
                        + channels + "x" + size + "x" + size);
            }
        }
    }

    private final int dim;

    EncoderTranslator(int dim) {
        this.dim = dim;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Batch b) {
        NDArray x = ctx.getNDManager().create(b.values(), new Shape(b.count(), b.channels(), b.size(), b.size()));
        return new NDList(x);
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        if (list.isEmpty()) {
            throw new IllegalStateException("the encoder returned no output, expected (batch, " + dim + ")");
        }
        NDArray y = list.get(0);
        Shape s = y.getShape();
        if (s.dimension() != 2 || s.get(1) != dim) {
            throw new IllegalStateException("the encoder returned a tensor of shape " + s + ", but its card says "
                    + "(batch, " + dim + ")");
        }
        int n = (int) s.get(0);
        float[] flat = y.toFloatArray();
        float[][] out = new float[n][dim];
        for (int i = 0; i < n; i++) {
            System.arraycopy(flat, i * dim, out[i], 0, dim);
        }
        return out;
    }
}
