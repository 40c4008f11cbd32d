package org.ctcreview.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.pipeline.CellFinder;
import org.ctcreview.pipeline.SegmentationBenchmark;
import org.ctcreview.pipeline.TruthTable;
import org.ctcreview.segment.StarDistSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "segment", mixinStandardHelpOptions = true,
        description = "Measure segmenting and cropping a whole cartridge (nothing stored): seconds per frame and per "
                + "cartridge, peak heap; with generator truth (found automatically for ctc simulate output), the recall "
                + "of true CTCs. Target: <= 2 min per 175-frame cartridge on 2 cores, heap <= 2 GB.")
final class BenchSegmentCommand extends BaseCommand {
    @Option(names = "--cartridge", required = true, description = "cartridge folder")
    Path cartridge;

    @Option(names = "--segmenter", defaultValue = "auto", description = "hybrid, stardist, classic or auto (default)")
    String segmenter;

    @Option(names = "--model", description = "StarDist model folder")
    Path model;

    @Option(names = "--truth", description = "objects.csv (default: ../truth/<cartridge name>/objects.csv if present)")
    Path truth;

    @Override
    int run(ConsoleProgress progress) {
        Path t = truth;
        Path guess = cartridge.toAbsolutePath().getParent().resolve("truth").resolve(cartridge.getFileName().toString())
                .resolve("objects.csv");
        if (t == null && Files.isRegularFile(guess)) {
            t = guess;
        }
        List<TruthTable.TrueObject> objects = t == null ? null : TruthTable.read(t);
        PeakHeap.reset();
        long t0 = System.nanoTime();
        SegmentationBenchmark.Result r;
        String name;
        long[] tiles = null;
        CellFinder finder = Segmenters.finder(segmenter, model, null);
        if (finder == null) {
            throw new IllegalArgumentException("bench segment needs a segmenter: hybrid, stardist, classic or auto");
        }
        try (finder) {
            name = finder.describe();
            r = SegmentationBenchmark.run(cartridge, finder, objects, progress);
            for (CellFinder.Pass p : finder.passes()) {
                if (p.segmenter() instanceof StarDistSegmenter sd && tiles == null) {
                    tiles = sd.tileCounts();
                }
            }
        }
        double total = BenchReadCommand.seconds(t0);
        progress.finish();
        Map<String, Object> m = new LinkedHashMap<>(Hardware.describe());
        m.put("segmenter", name);
        m.put("frames", r.frames());
        m.put("cells", r.cells());
        m.put("seconds_total", BenchReadCommand.round(total));
        m.put("seconds_per_frame", BenchReadCommand.round(total / r.frames()));
        m.put("read_s", BenchReadCommand.round(r.readSeconds()));
        m.put("segment_and_crop_s", BenchReadCommand.round(r.segmentSeconds()));
        m.put("peak_heap_mb", PeakHeap.peakMiB());
        if (tiles != null) {
            m.put("tiles_run", tiles[0]);
            m.put("tiles_skipped_empty", tiles[1]);
        }
        if (objects != null) {
            m.put("true_ctcs", r.trueCtcs());
            m.put("ctc_recall", r.trueCtcs() == 0 ? "n/a (no true CTCs)" : BenchReadCommand.round(r.ctcRecall()));
            Map<String, String> sub = new LinkedHashMap<>();
            r.bySubPopulation().forEach((k, v) -> sub.put(k, v[1] + "/" + v[0]));
            m.put("ctc_found_by_sub_population", sub);
        }
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
