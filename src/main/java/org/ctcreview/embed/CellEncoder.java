package org.ctcreview.embed;

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
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.IntFunction;
import org.ctcreview.model.BadInputException;
import org.ctcreview.model.ModelProvenance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cell embeddings from a TorchScript encoder ({@code model.pt} + {@code model.json}) through DJL, offline.
 * Crops are checked, normalised ({@link CropNormalizer}) and run in batches on {@link EncoderWorkers}: with
 * {@code threads > 1} each worker has its own predictor and one intra-op thread and batches run side by side;
 * with one worker, one predictor uses libtorch's intra-op threads (docs/benchmarks.md compares the two).
 * Not for concurrent use by several callers.
 */
public final class CellEncoder implements AutoCloseable {
    public static final int DEFAULT_BATCH = 64;
    /** One worker per core (2 on the target machine), at most 8. */
    public static final int DEFAULT_THREADS = Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    private static final Logger LOG = LoggerFactory.getLogger(CellEncoder.class);

    /** Crops per forward pass, and predictors run side by side. */
    public record Options(int batch, int threads) {
        public Options {
            if (batch < 1 || threads < 1) {
                throw new IllegalArgumentException("batch and threads must be at least 1, not " + batch + ", " + threads);
            }
        }

        public static Options defaults() {
            return new Options(DEFAULT_BATCH, DEFAULT_THREADS);
        }
    }

    private final Path dir;
    private final Path modelFile;
    private final String sha256;
    private final EncoderCard card;
    private final Options options;
    private final ZooModel<EncoderTranslator.Batch, float[][]> model;
    private final BlockingQueue<Predictor<EncoderTranslator.Batch, float[][]>> predictors;
    private final EncoderWorkers workers;
    private final CropNormalizer normalizer;

    private CellEncoder(Path dir, Path modelFile, String sha256, EncoderCard card, Options options,
                        ZooModel<EncoderTranslator.Batch, float[][]> model) {
        this.dir = dir;
        this.modelFile = modelFile;
        this.sha256 = sha256;
        this.card = card;
        this.options = options;
        this.model = model;
        this.normalizer = CropNormalizer.of(card);
        this.predictors = new ArrayBlockingQueue<>(options.threads());
        for (int i = 0; i < options.threads(); i++) {
            predictors.add(model.newPredictor());
        }
        this.workers = EncoderWorkers.start(options.threads());
    }

    public static CellEncoder open(Path modelDir) {
        return open(modelDir, Options.defaults());
    }

    /** Loads the encoder in {@code modelDir}; a missing or broken card or model gives a {@link BadInputException}. */
    public static CellEncoder open(Path modelDir, Options options) {
        Path dir = modelDir.toAbsolutePath().normalize();
        EncoderCard card = EncoderCard.read(dir);
        Path pt = dir.resolve("model.pt");
        if (!Files.isRegularFile(pt)) {
            throw new BadInputException(pt, "the encoder's TorchScript file is missing",
                    "restore model.pt from the encoder export (it belongs next to model.json)");
        }
        String sha = Sha256.of(pt);
        if (card.declaredSha256() != null && !card.declaredSha256().equalsIgnoreCase(sha)) {
            LOG.warn("{}: SHA-256 {} differs from the {} recorded in model.json; are card and model from the same "
                    + "export?", pt, sha, card.declaredSha256());
        }
        TorchRuntime.configureOffline();
        Criteria<EncoderTranslator.Batch, float[][]> criteria = Criteria.builder()
                .setTypes(EncoderTranslator.Batch.class, float[][].class)
                .optModelPath(dir).optModelName("model").optEngine("PyTorch")
                .optTranslator(new EncoderTranslator(card.embeddingDim())).build();
        ZooModel<EncoderTranslator.Batch, float[][]> model;
        try {
            model = criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new BadInputException(pt, "the encoder model cannot be loaded (" + e.getMessage() + ")",
                    "the file is damaged or not TorchScript: copy model.pt again from the encoder export", e);
        }
        LOG.info("loaded encoder {} from {} ({} threads, batch {})", card.name(), dir, options.threads(), options.batch());
        try {
            return new CellEncoder(dir, pt, sha, card, options, model);
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    public EncoderCard card() {
        return card;
    }

    public Path modelDir() {
        return dir;
    }

    public String fileSha256() {
        return sha256;
    }

    public Options options() {
        return options;
    }

    /** libtorch's intra-op thread count as the workers see it, sampled over a few tasks (for tests). */
    List<Integer> workerIntraOpThreads() {
        return workers.intraOpThreads(4 * options.threads());
    }

    public int dim() {
        return card.embeddingDim();
    }

    /** e.g. "encoder:xcit-nano-dino-v1". */
    public String name() {
        return "encoder:" + card.name();
    }

    /** For the project's model_versions: the whole card is the parameters, its training section the training. */
    public ModelProvenance provenance() {
        return new ModelProvenance("encoder", name(), modelFile, card.cardJson(), card.trainingJson());
    }

    /** Embeddings of crops named "crop 0", "crop 1", ... in messages. */
    public float[][] embed(List<float[][]> crops) {
        return embed(crops, i -> "crop " + i);
    }

    /**
     * One embedding per crop, in order. Each crop is one row-major {@code size x size} plane per card channel,
     * in the card's channel order, in any intensity unit. {@code nameOf} names crop i in error messages.
     */
    public float[][] embed(List<float[][]> input, IntFunction<String> nameOf) {
        List<float[][]> crops = card.resize() ? CropResize.toSize(input, card.size()) : input;
        for (int i = 0; i < crops.size(); i++) {
            checkShape(crops.get(i), nameOf.apply(i));
        }
        List<int[]> ranges = new ArrayList<>();
        for (int from = 0; from < crops.size(); from += options.batch()) {
            ranges.add(new int[] {from, Math.min(crops.size(), from + options.batch())});
        }
        float[][] out = new float[crops.size()][];
        List<Runnable> tasks = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            tasks.add(() -> runBatch(crops, r[0], r[1], nameOf, out));
        }
        workers.runAll(tasks);
        return out;
    }

    private void runBatch(List<float[][]> crops, int from, int to, IntFunction<String> nameOf, float[][] out) {
        int c = card.channels().size();
        int per = c * card.size() * card.size();
        float[] values = new float[(to - from) * per];
        for (int i = from; i < to; i++) {
            try {
                normalizer.into(crops.get(i), card.channels(), values, (i - from) * per);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(null, nameOf.apply(i) + ": " + e.getMessage(),
                        "crops must hold finite intensities; re-import the cartridge or thumbnails this cell came from");
            }
        }
        float[][] emb = predict(new EncoderTranslator.Batch(values, to - from, c, card.size()));
        for (int i = from; i < to; i++) {
            out[i] = requireFinite(emb[i - from], nameOf.apply(i), modelFile);
        }
    }

    /** The embedding itself, or a {@link BadInputException} naming the model when it holds NaN or infinity. */
    static float[] requireFinite(float[] embedding, String name, Path modelFile) {
        for (float v : embedding) {
            if (!Float.isFinite(v)) {
                throw new BadInputException(modelFile, "the encoder returned " + v + " in the embedding of " + name
                        + " (its input was finite)",
                        "the model is broken (damaged file or diverged training): re-export model.pt");
            }
        }
        return embedding;
    }

    private float[][] predict(EncoderTranslator.Batch batch) {
        Predictor<EncoderTranslator.Batch, float[][]> p;
        try {
            p = predictors.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an encoder predictor", e);
        }
        try {
            float[][] out = p.predict(batch);
            if (out.length != batch.count()) {
                throw new IllegalStateException(out.length + " embeddings for " + batch.count() + " crops");
            }
            return out;
        } catch (TranslateException | RuntimeException e) {
            throw new BadInputException(modelFile, "the encoder failed on a batch of " + batch.count() + " crops of "
                    + batch.channels() + " x " + batch.size() + " x " + batch.size() + " (" + e.getMessage() + ")",
                    "model.json must describe model.pt (input size, channels, embedding_dim): re-export both together", e);
        } finally {
            predictors.add(p);
        }
    }

    private void checkShape(float[][] crop, String name) {
        int c = card.channels().size();
        int s = card.size();
        if (crop == null || crop.length != c) {
            throw new BadInputException(null, name + ": the crop has " + (crop == null ? 0 : crop.length)
                    + " channel(s), the encoder " + card.name() + " takes " + c + " " + card.channels(),
                    "give one plane per channel " + card.channels() + " in that order");
        }
        for (float[] plane : crop) {
            if (plane == null || plane.length != s * s) {
                int n = plane == null ? 0 : plane.length;
                int side = (int) Math.round(Math.sqrt(n));
                String got = side * side == n ? side + " x " + side : n + " values";
                throw new BadInputException(null, name + ": the crop is " + got + ", the encoder " + card.name()
                        + " takes " + s + " x " + s + " (" + card.file() + ")",
                        "cut crops at " + s + " px (the import does), or use an encoder trained for this crop size");
            }
        }
    }

    @Override
    public void close() {
        workers.close();
        predictors.forEach(Predictor::close);
        model.close();
    }
}
