package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.simulate.CohortGenerator;
import org.ctcreview.simulate.CohortSummary;
import org.ctcreview.simulate.SimulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Measure generating one cartridge (default 175 frames, uncompressed, with truth masks) into a "
                + "temporary folder that is deleted afterwards. Target: <= 60 s on 2 cores.")
final class BenchSimulateCommand extends BaseCommand {
    @Option(names = "--frames", defaultValue = "175", description = "frames (default 175)")
    int frames;

    @Option(names = "--seed", defaultValue = "1", description = "seed (default 1)")
    long seed;

    @Option(names = "--keep", description = "keep the generated cohort in this folder instead of deleting it")
    Path keep;

    @Override
    int run(ConsoleProgress progress) {
        SimulationConfig c = SimulationConfig.defaults().withSeed(seed).withCohort(1, frames);
        Path dir = keep != null ? keep : ProjectFolders.tempFolder("ctc-bench-sim-");
        PeakHeap.reset();
        CohortSummary s;
        try {
            s = CohortGenerator.generate(c, dir, progress);
        } finally {
            if (keep == null) {
                ProjectFolders.deleteTree(dir);
            }
        }
        progress.finish();
        Map<String, Object> m = new LinkedHashMap<>(Hardware.describe());
        m.put("frames", frames);
        m.put("objects", s.patients().get(0).objectsByClass().values().stream().mapToInt(Integer::intValue).sum());
        m.put("seconds", BenchReadCommand.round(s.seconds()));
        m.put("frames_per_s", BenchReadCommand.round(frames / s.seconds()));
        m.put("mb_written", Math.round(s.bytesWritten() / 1e5) / 10.0);
        m.put("peak_heap_mb", PeakHeap.peakMiB());
        m.put("target_s", 60);
        m.put("target_met", s.seconds() <= 60);
        m.forEach((k, v) -> ctx.out.println(k + ": " + v));
        if (json) {
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
