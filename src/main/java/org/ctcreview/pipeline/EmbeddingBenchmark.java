package org.ctcreview.pipeline;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.io.CellTracksCartridge;
import org.ctcreview.io.CellTracksReader;
import org.ctcreview.io.FrameFile;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.segment.ClassicSegmenter;
import org.ctcreview.task.ProgressListener;

/**
 * Embedding throughput: crops per second through {@link CellEncoder} (checks, normalisation, forward pass),
 * after a warm-up. Crops are real (cut from a cartridge by the import's extraction, cells found by the classic
 * segmenter) or generated; the speed of the forward pass does not depend on the content.
 */
public final class EmbeddingBenchmark {
    private EmbeddingBenchmark() {
    }

    /** The crops to embed and where they came from, in words. */
    public record Crops(List<float[][]> crops, String source) {
    }

    /**
     * Timed embedding: crops, wall seconds, crops per second, process CPU seconds (all threads, native included;
     * about 2 x wall on an idle 2-core machine, less when other programs share the cores).
     */
    public record Result(int crops, int batch, int threads, double warmupSeconds, double seconds, double cropsPerSecond,
                         double cpuSeconds) {
    }

    /** {@code n} crops cut from the frames of {@code cartridge}, repeated if the cartridge has fewer cells. */
    public static Crops realCrops(Path cartridge, int n, List<String> channels, ProgressListener progress) {
        CellTracksCartridge c = CellTracksReader.open(cartridge.toAbsolutePath().normalize(), ReaderOptions.defaults(),
                progress);
        List<float[][]> distinct = new ArrayList<>();
        int frames = 0;
        try (CellFinder finder = CellFinder.of(ClassicSegmenter.withDefaults())) {
            for (FrameFile f : c.frames()) {
                if (distinct.size() >= n) {
                    break;
                }
                progress.checkCancelled();
                for (CellExtraction.ExtractedCell cell : CellExtraction.extract(c.readFrame(f), finder)) {
                    distinct.add(CropPlanes.of(cell.crop(), channels, 0));
                }
                progress.update(++frames, c.frames().size(), "cutting crops from " + c.name());
            }
        }
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException(cartridge + ": no cells found to cut crops from; use generated crops");
        }
        List<float[][]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(distinct.get(i % distinct.size()));
        }
        String source = String.format(java.util.Locale.ROOT, "real: %d crops cut from %s (%d of %d frames, classic "
                        + "segmenter)%s", Math.min(n, distinct.size()), c.name(), frames, c.frames().size(),
                distinct.size() < n ? ", repeated to " + n : "");
        return new Crops(out, source);
    }

    /** {@code n} generated crops: a bright blob of random size and place on a noisy background per channel. */
    public static Crops generatedCrops(int n, int channels, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<float[][]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            float[][] crop = new float[channels][size * size];
            double cx = size / 2.0 + r.nextDouble(-6, 6);
            double cy = size / 2.0 + r.nextDouble(-6, 6);
            double rad = r.nextDouble(3, 10);
            for (int k = 0; k < channels; k++) {
                double peak = r.nextDouble(0, 200);
                for (int p = 0; p < size * size; p++) {
                    double d2 = Math.pow(p % size - cx, 2) + Math.pow(p / size - cy, 2);
                    crop[k][p] = (float) (20 + r.nextDouble(0, 10) + peak * Math.exp(-d2 / (2 * rad * rad)));
                }
            }
            out.add(crop);
        }
        return new Crops(out, "generated: " + n + " synthetic crops (blob on noise, seed " + seed + ")");
    }

    /** Embeds {@code warmup} crops untimed, then all crops timed, in chunks so that progress can be shown. */
    public static Result run(CellEncoder encoder, List<float[][]> crops, int warmup, ProgressListener progress) {
        long w0 = System.nanoTime();
        encoder.embed(crops.subList(0, Math.min(warmup, crops.size())));
        double warm = (System.nanoTime() - w0) / 1e9;
        int chunk = 4 * encoder.options().batch() * encoder.options().threads();
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        for (int from = 0; from < crops.size(); from += chunk) {
            progress.checkCancelled();
            encoder.embed(crops.subList(from, Math.min(crops.size(), from + chunk)));
            progress.update(Math.min(crops.size(), from + chunk), crops.size(), "embedding");
        }
        double s = (System.nanoTime() - t0) / 1e9;
        double cpu = (cpuNanos() - cpu0) / 1e9;
        return new Result(crops.size(), encoder.options().batch(), encoder.options().threads(), warm, s,
                crops.size() / s, cpu);
    }

    private static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
