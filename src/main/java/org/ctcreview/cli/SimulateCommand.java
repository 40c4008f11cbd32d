package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ctcreview.simulate.CohortGenerator;
import org.ctcreview.simulate.CohortSummary;
import org.ctcreview.simulate.PatientSummary;
import org.ctcreview.simulate.Preview;
import org.ctcreview.simulate.SimulationConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic cohort: one CellTracks cartridge folder per patient (frame TIFFs + event "
                + "XML) and, apart from it, the ground truth (OUT/truth/<patient>/objects.csv and instance masks).",
                "Deterministic from --seed. Every parameter is in the JSON config (--write-config shows the defaults)."})
final class SimulateCommand extends BaseCommand {
    @Option(names = "--out", required = true, description = "output folder (for --preview: where the PNGs go)")
    Path out;

    @Option(names = "--patients", description = "number of patients (default: from the config, 1 if none)")
    Integer patients;

    @Option(names = "--frames", description = "frames per cartridge (default 175; 140/144/170/175/180/210 use "
            + "CellSearch grids, other counts a small grid)")
    Integer frames;

    @Option(names = "--seed", description = "random seed (default: from the config)")
    Long seed;

    @Option(names = "--config", description = "JSON config file (defaults for anything it leaves out)")
    Path config;

    @Option(names = "--compress", description = "deflate-compress the frame TIFFs (small sample data)")
    boolean compress;

    @Option(names = "--no-masks", description = "do not write the instance masks of the ground truth")
    boolean noMasks;

    @Option(names = "--threads", description = "rendering threads (default: all cores)")
    Integer threads;

    @Option(names = "--preview", description = "only render pictures: OUT/preview-frame.png (RGB composite of a "
            + "frame) and OUT/preview-gallery.png (example crops per object class)")
    boolean preview;

    @Option(names = "--preview-frame", description = "frame number shown by --preview (default 2)", defaultValue = "2")
    int previewFrame;

    @Option(names = "--preview-patient", description = "patient (1-based) whose staining --preview uses (default 1)",
            defaultValue = "1")
    int previewPatient;

    @Option(names = "--write-config", description = "write the effective config to this JSON file and stop")
    Path writeConfig;

    @Override
    int run(ConsoleProgress progress) {
        SimulationConfig c = config != null ? SimulationConfig.read(config) : SimulationConfig.defaults();
        if (seed != null) {
            c = c.withSeed(seed);
        }
        c = c.withCohort(patients != null ? patients : c.patients(), frames != null ? frames : c.framesPerCartridge());
        c = c.withOutput(threads != null ? threads : c.threads(), compress || c.compressFrames(), !noMasks && c.writeMasks());
        if (writeConfig != null) {
            c.write(writeConfig);
            ctx.out.println("wrote " + writeConfig);
            return ExitCodes.OK;
        }
        if (preview) {
            Preview.Result r = Preview.render(c, previewPatient - 1, previewFrame, out.resolve("preview-frame.png"),
                    out.resolve("preview-gallery.png"));
            ctx.out.println("wrote " + r.composite() + " (patient " + r.patientCode() + ", frame " + r.frame() + ")");
            ctx.out.println("wrote " + r.gallery());
            if (json) {
                ctx.printJson(Map.of("composite", r.composite().toString(), "gallery", r.gallery().toString(),
                        "objects_in_frame", r.objectsInFrame()));
            }
            return ExitCodes.OK;
        }
        CohortSummary s = CohortGenerator.generate(c, out, progress);
        progress.finish();
        for (PatientSummary p : s.patients()) {
            ctx.out.println("  " + p.code() + ": " + p.objectsByClass());
        }
        ctx.out.printf(java.util.Locale.ROOT, "wrote %d patient(s) to %s: %d CTCs, %d CellSearch events (PPV %.2f, "
                        + "operator agreement %.2f), %d files, %.1f MB in %.1f s%n", s.patients().size(), s.outDir(),
                s.ctcs(), s.events(), s.ppv(), s.operatorAgreement(), s.filesWritten(), s.bytesWritten() / 1e6, s.seconds());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("out", s.outDir().toString());
            m.put("patients", s.patients());
            m.put("ctcs", s.ctcs());
            m.put("events", s.events());
            m.put("ppv", s.ppv());
            m.put("operator_agreement", s.operatorAgreement());
            m.put("files", s.filesWritten());
            m.put("bytes", s.bytesWritten());
            m.put("seconds", s.seconds());
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
