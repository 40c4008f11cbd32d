package org.ctcreview.segment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.Batchifier;
import ai.djl.translate.Translator;
import ai.djl.translate.TranslatorContext;

/**
 * The only place that knows StarDist's tensors: a normalised, padded tile in as (1, 1, H, W); out come the
 * object probability (1, 1, H/g, W/g) and the ray distances (1, R, H/g, W/g) as flat arrays.
 */
final class StarDistTranslator implements Translator<StarDistTranslator.Tile, StarDistTranslator.Output> {

    /** A tile of {@code height x width} normalised values, both multiples of the model's divisor. */
    record Tile(float[] values, int width, int height) {
    }

    /** Probability per grid cell and {@code rays} distance planes, row-major over {@code gridH x gridW}. */
    record Output(float[] prob, float[] dist, int rays, int gridWidth, int gridHeight) {
    }

    /** Tiles already carry their batch dimension (1, 1, H, W). */
    @Override
    public Batchifier getBatchifier() {
        return null;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, Tile tile) {
        NDArray x = ctx.getNDManager().create(tile.values(), new Shape(1, 1, tile.height(), tile.width()));
        return new NDList(x);
    }

    @Override
    public Output processOutput(TranslatorContext ctx, NDList list) {
        if (list.size() < 2) {
            throw new IllegalStateException("StarDist model returned " + list.size() + " output(s), expected (prob, dist)");
        }
        NDArray prob = list.get(0);
        NDArray dist = list.get(1);
        Shape ps = prob.getShape();
        Shape ds = dist.getShape();
        int gh = (int) ps.get(ps.dimension() - 2);
        int gw = (int) ps.get(ps.dimension() - 1);
        int rays = (int) ds.get(1);
        return new Output(prob.toFloatArray(), dist.toFloatArray(), rays, gw, gh);
    }
}
