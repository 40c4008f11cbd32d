package org.ctcreview.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.io.CellTracksCartridge;
import org.ctcreview.io.CellTracksReader;
import org.ctcreview.io.FrameFile;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.pipeline.CartridgeImport;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Measure reading a cartridge: checking the folder, decoding every frame to 12-bit, and a full "
                + "import into a throw-away project. Prints the numbers and the hardware.")
final class BenchReadCommand extends BaseCommand {
    @Option(names = "--cartridge", required = true, description = "cartridge folder")
    Path cartridge;

    @Override
    int run(ConsoleProgress progress) {
        Map<String, Object> m = new LinkedHashMap<>(Hardware.describe());
        PeakHeap.reset();
        long t0 = System.nanoTime();
        CellTracksCartridge c = CellTracksReader.open(cartridge, ReaderOptions.defaults(), progress);
        double open = seconds(t0);
        long bytes = 0;
        long t1 = System.nanoTime();
        for (FrameFile f : c.frames()) {
            progress.checkCancelled();
            c.readFrame(f);
            bytes += size(f.file());
            progress.update(f.frameNumber(), c.frames().size(), "decoding frames");
        }
        double decode = seconds(t1);
        long decodePeak = PeakHeap.peakMiB();
        PeakHeap.reset();
        Path tmp = ProjectFolders.tempFolder("ctc-bench-").resolve("project");
        long t2 = System.nanoTime();
        try (Project p = Project.open(tmp)) {
            CartridgeImport.run(p, java.util.List.of(cartridge), ReaderOptions.defaults(), null, progress);
        } finally {
            ProjectFolders.deleteTree(tmp.getParent());
        }
        double imported = seconds(t2);
        m.put("frames", c.frames().size());
        m.put("file_mb", Math.round(bytes / 1e6 * 10) / 10.0);
        m.put("open_and_check_s", round(open));
        m.put("decode_s", round(decode));
        m.put("decode_s_per_frame", round(decode / c.frames().size()));
        m.put("decode_peak_heap_mb", decodePeak);
        m.put("import_s", round(imported));
        m.put("import_peak_heap_mb", PeakHeap.peakMiB());
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
