package org.ctcreview.segment;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ctcreview.embed.TorchRuntime;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.ModelProvenance;
import org.ctcreview.model.Segmentation;

/**
 * StarDist through DJL: percentile-normalise the plane, cut it into overlapping tiles (skipping tiles with
 * no signal above the background), predict, keep each tile's candidates from its core only (no seam
 * duplicates), then star-convex NMS over the whole image.
 */
public final class StarDistSegmenter implements Segmenter {
    private final StarDistCard card;
    private final ZooModel<StarDistTranslator.Tile, StarDistTranslator.Output> model;
    private final Predictor<StarDistTranslator.Tile, StarDistTranslator.Output> predictor;
    private final TilingOptions tiling;
    private long tilesRun;
    private long tilesSkipped;

    /**
     * Largest tile side (a multiple of 16), overlap on each side, and the empty-tile rule (at least
     * {@code minPixels} pixels above median + {@code sigmas} robust sd). Tiles are rectangles that split
     * the image evenly, so a 1384 x 1036 frame becomes 2 x 2 tiles of 768 x 592 at the default.
     */
    public record TilingOptions(int tile, int overlap, boolean skipEmpty, double sigmas, int minPixels) {
        public static TilingOptions defaults() {
            return new TilingOptions(1024, 32, true, 5.0, 4);
        }

        public TilingOptions withoutSkipping() {
            return new TilingOptions(tile, overlap, false, sigmas, minPixels);
        }
    }

    private final Path modelFile;

    private StarDistSegmenter(StarDistCard card, Path modelFile,
                              ZooModel<StarDistTranslator.Tile, StarDistTranslator.Output> model, TilingOptions tiling) {
        this.card = card;
        this.modelFile = modelFile;
        this.model = model;
        this.predictor = model.newPredictor();
        this.tiling = tiling;
    }

    public static StarDistSegmenter load(Path modelDir, TilingOptions tiling) {
        StarDistCard card = StarDistCard.read(modelDir);
        Path pt = modelDir.resolve("model.pt");
        if (!Files.isRegularFile(pt)) {
            throw new BadInputException(pt, "the TorchScript file is missing", "restore model.pt from the training export");
        }
        TorchRuntime.configureOffline();
        Criteria<StarDistTranslator.Tile, StarDistTranslator.Output> criteria = Criteria.builder()
                .setTypes(StarDistTranslator.Tile.class, StarDistTranslator.Output.class)
                .optModelPath(modelDir).optModelName("model").optEngine("PyTorch")
                .optTranslator(new StarDistTranslator()).build();
        try {
            return new StarDistSegmenter(card, pt, criteria.loadModel(), tiling);
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new BadInputException(pt, "the StarDist model cannot be loaded (" + e.getMessage() + ")",
                    "the file is damaged or not TorchScript: restore models/ from git or re-export it", e);
        }
    }

    @Override
    public String name() {
        return "stardist:" + card.name();
    }

    @Override
    public ModelProvenance provenance() {
        String params = String.format(java.util.Locale.ROOT, "{\"prob_threshold\":%s,\"nms_threshold\":%s,"
                        + "\"percentiles\":[%s,%s],\"grid\":%d,\"rays\":%d,\"tile\":%d,\"overlap\":%d,"
                        + "\"skip_empty_tiles\":%s}", card.probThreshold(), card.nmsThreshold(), card.percentileLow(),
                card.percentileHigh(), card.grid(), card.rays(), tiling.tile(), tiling.overlap(), tiling.skipEmpty());
        return new ModelProvenance("segmenter", name(), modelFile, params, card.trainingJson());
    }

    public StarDistCard card() {
        return card;
    }

    /** Tiles predicted and skipped as empty since this segmenter was loaded. */
    public long[] tileCounts() {
        return new long[] {tilesRun, tilesSkipped};
    }

    @Override
    public Segmentation segment(float[] plane, int width, int height) {
        if (plane.length != width * height) {
            throw new IllegalArgumentException("plane of " + plane.length + " values is not " + width + "x" + height);
        }
        Percentiles.Normalised n = Percentiles.normalise(plane, card.percentileLow(), card.percentileHigh());
        float signal = (float) n.toNormalised(n.median() + tiling.sigmas() * Math.max(n.robustSd(), 1e-6));
        List<StarNms.Candidate> candidates = new ArrayList<>();
        Axis ax = Axis.of(width, tiling.tile(), tiling.overlap(), card.divisibleBy());
        Axis ay = Axis.of(height, tiling.tile(), tiling.overlap(), card.divisibleBy());
        for (int ty = 0; ty < ay.count(); ty++) {
            for (int tx = 0; tx < ax.count(); tx++) {
                int x0 = ax.start(tx);
                int y0 = ay.start(ty);
                float[] tile = cut(n.values(), width, height, x0, y0, ax.size(), ay.size());
                if (tiling.skipEmpty() && countAbove(tile, signal) < tiling.minPixels()) {
                    tilesSkipped++;
                    continue;
                }
                tilesRun++;
                StarDistTranslator.Output out = predictRaw(tile, ax.size(), ay.size());
                collect(out, x0, y0, ax.coreStart(tx) - x0, ax.coreEnd(tx) - x0, ay.coreStart(ty) - y0,
                        ay.coreEnd(ty) - y0, width, height, candidates);
            }
        }
        candidates.sort(Comparator.comparingDouble((StarNms.Candidate c) -> c.prob()).reversed());
        return new Segmentation(width, height, StarNms.suppress(candidates, card.nmsThreshold(), width, height));
    }

    /** One forward pass on already-normalised values (for the Java-vs-Python parity test). */
    StarDistTranslator.Output predictRaw(float[] values, int width, int height) {
        try {
            return predictor.predict(new StarDistTranslator.Tile(values, width, height));
        } catch (TranslateException e) {
            throw new IllegalStateException("StarDist prediction failed: " + e.getMessage(), e);
        }
    }

    /** Candidates of one tile whose centre lies in the tile's core [cx0, cx1) x [cy0, cy1) (tile coordinates). */
    private void collect(StarDistTranslator.Output out, int x0, int y0, int cx0, int cx1, int cy0, int cy1,
                         int width, int height, List<StarNms.Candidate> into) {
        int g = card.grid();
        int cells = out.gridWidth() * out.gridHeight();
        for (int i = 0; i < out.gridHeight(); i++) {
            for (int j = 0; j < out.gridWidth(); j++) {
                float p = out.prob()[i * out.gridWidth() + j];
                if (p <= card.probThreshold()) {
                    continue;
                }
                int ly = i * g;
                int lx = j * g;
                int px = x0 + lx;
                int py = y0 + ly;
                if (lx < cx0 || ly < cy0 || lx >= cx1 || ly >= cy1 || px >= width || py >= height) {
                    continue;
                }
                float[] d = new float[out.rays()];
                for (int k = 0; k < out.rays(); k++) {
                    d[k] = Math.max(0, out.dist()[k * cells + i * out.gridWidth() + j]);
                }
                // rays start at the centre of pixel (px, py)
                into.add(new StarNms.Candidate(px + 0.5, py + 0.5, p, d));
            }
        }
    }

    private static float[] cut(float[] img, int width, int height, int x0, int y0, int tw, int th) {
        float[] t = new float[tw * th];
        for (int r = 0; r < th; r++) {
            int y = y0 + r;
            if (y < 0 || y >= height) {
                continue;
            }
            int from = Math.max(0, -x0);
            int to = Math.min(tw, width - x0);
            if (to > from) {
                System.arraycopy(img, y * width + x0 + from, t, r * tw + from, to - from);
            }
        }
        return t;
    }

    private static int countAbove(float[] tile, float threshold) {
        int n = 0;
        for (float v : tile) {
            if (v > threshold) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
