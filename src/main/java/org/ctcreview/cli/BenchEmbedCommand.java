package org.ctcreview.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.pipeline.EmbeddingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "embed", mixinStandardHelpOptions = true,
        description = "Measure cell embedding: crops per second at the encoder's crop size (checks, normalisation and "
                + "forward pass; nothing stored), after a warm-up. Real crops cut from a cartridge (default "
                + "sample-data/P001 when present) or --generated ones. Target: >= 500 crops/s on 2 cores.")
final class BenchEmbedCommand extends BaseCommand {
    static final double TARGET = 500;

    @Option(names = "--crops", defaultValue = "2048", description = "crops timed (default ${DEFAULT-VALUE})")
    int crops;

    @Option(names = "--batch", defaultValue = "" + CellEncoder.DEFAULT_BATCH, description = "crops per forward pass "
            + "(default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--threads", description = "encoder threads, each with its own predictor; 1 = one predictor "
            + "using libtorch's intra-op threads (default: one per core, at most 8)")
    Integer threads;

    @Option(names = "--encoder", description = "cell encoder folder (default: the newest models/encoder-*)")
    Path encoder;

    @Option(names = "--cartridge", description = "cut real crops from this cartridge (default: sample-data/P001)")
    Path cartridge;

    @Option(names = "--generated", description = "use generated crops instead of real ones")
    boolean generated;

    @Override
    int run(ConsoleProgress progress) {
        if (crops < 1) {
            throw new IllegalArgumentException("--crops must be at least 1");
        }
        Map<String, Object> m = new LinkedHashMap<>(Hardware.describe());
        EmbeddingBenchmark.Result r;
        try (CellEncoder enc = Encoders.open(encoder, Encoders.options(batch, threads))) {
            EmbeddingBenchmark.Crops input = crops(enc, progress);
            m.put("encoder", enc.name());
            m.put("crop", enc.card().channels().size() + " x " + enc.card().size() + " x " + enc.card().size());
            m.put("crops_source", input.source());
            r = EmbeddingBenchmark.run(enc, input.crops(), 2 * batch * enc.options().threads(), progress);
        }
        progress.finish();
        m.put("crops", r.crops());
        m.put("batch", r.batch());
        m.put("threads", r.threads());
        m.put("warmup_s", BenchReadCommand.round(r.warmupSeconds()));
        m.put("seconds", BenchReadCommand.round(r.seconds()));
        m.put("crops_per_s", Math.round(r.cropsPerSecond() * 10) / 10.0);
        m.put("process_cpu_s", BenchReadCommand.round(r.cpuSeconds()));
        m.put("cpu_per_wall", BenchReadCommand.round(r.cpuSeconds() / r.seconds()));
        m.put("target", (r.cropsPerSecond() >= TARGET ? "met" : "missed") + " (>= " + (int) TARGET
                + " crops/s on 2 cores)");
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }

    private EmbeddingBenchmark.Crops crops(CellEncoder enc, ConsoleProgress progress) {
        Path source = cartridge != null ? cartridge : Path.of("sample-data", "P001");
        if (generated || (cartridge == null && !Files.isDirectory(source))) {
            return EmbeddingBenchmark.generatedCrops(crops, enc.card().channels().size(), enc.card().size(), 1);
        }
        return EmbeddingBenchmark.realCrops(source, crops, enc.card().channels(), progress);
    }
}
