package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctcreview.embed.CellEncoder;
import org.ctcreview.io.ReaderOptions;
import org.ctcreview.pipeline.CartridgeImport;
import org.ctcreview.pipeline.CellFinder;
import org.ctcreview.pipeline.ImportReport;
import org.ctcreview.pipeline.ThumbnailImport;
import org.ctcreview.store.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import CellSearch/CellTracks cartridge folders (frame TIFFs + event XML) into a project.",
                "All folders are checked first and written in one transaction: on any error or Ctrl-C the project "
                        + "stays as it was."})
final class ImportCommand extends BaseCommand {
    @Option(names = "--project", required = true, description = "project folder (created if missing)")
    Path project;

    @Parameters(arity = "1..*", paramLabel = "CARTRIDGE_DIR", description = "cartridge folder(s)")
    List<Path> folders;

    @Option(names = "--patient", description = "patient code (one folder only; default: the folder name)")
    String patient;

    @Option(names = "--channels", split = ",", description = "page names in order, e.g. DAPI,FITC,CK,CD45 "
            + "(default: from the XML, else DAPI,FITC,CK,CD45)")
    List<String> channels;

    @Option(names = "--grid", description = "frame grid ROWSxCOLS when the XML does not give it, e.g. 5x35")
    String grid;

    @Option(names = "--no-xml", description = "import frames only, without the CellSearch event XML")
    boolean noXml;

    @Option(names = "--ignore-extra-files", description = "skip unknown files in the folder instead of refusing it")
    boolean ignoreExtra;

    @Option(names = "--thumbnails", description = "the folders hold ready-made cell thumbnails (one multipage TIFF "
            + "per cell, or <cell>_<channel>.tif|png), not whole frames")
    boolean thumbnails;

    @Option(names = "--segmenter", defaultValue = "auto", description = "how cells are found: hybrid (StarDist on CK, "
            + "classic on DAPI), stardist, classic, none (frames and events only) or auto (hybrid if a StarDist model "
            + "is installed, else classic); default auto")
    String segmenter;

    @Option(names = "--model", description = "StarDist model folder (default: the newest models/stardist-*)")
    Path model;

    @Option(names = "--segment-channels", split = ",", description = "channels segmented, in order (default CK,DAPI)")
    List<String> segmentChannels;

    @Option(names = "--encoder", description = "cell encoder folder (default: the newest models/encoder-*); every new "
            + "cell is embedded in the same transaction")
    Path encoder;

    @Option(names = "--no-embed", description = "do not embed the new cells (run 'ctc embed' later)")
    boolean noEmbed;

    @Override
    int run(ConsoleProgress progress) {
        ReaderOptions options = ReaderOptions.defaults().withChannels(channels);
        if (grid != null) {
            int[] rc = parseGrid(grid);
            options = options.withGrid(rc[0], rc[1]);
        }
        if (noXml) {
            options = options.withoutXml();
        }
        if (ignoreExtra) {
            options = options.ignoringExtraFiles();
        }
        ImportReport report;
        boolean findsCells = thumbnails || !"none".equals(segmenter);
        try (Project p = Project.open(project);
             CellEncoder enc = findsCells ? Encoders.forImport(encoder, noEmbed) : null) {
            if (enc != null) {
                ctx.err.println("embedding cells with " + enc.name() + " (" + enc.modelDir() + ")");
            }
            if (thumbnails) {
                report = importThumbnails(p, enc, progress);
            } else {
                CellFinder finder = Segmenters.finder(segmenter, model, segmentChannels);
                try {
                    if (finder != null) {
                        ctx.err.println("finding cells with " + finder.describe());
                    }
                    report = CartridgeImport.run(p, folders, options, patient, finder, enc, progress);
                } finally {
                    if (finder != null) {
                        finder.close();
                    }
                }
            }
        }
        progress.finish();
        for (ImportReport.Imported c : report.cartridges()) {
            ctx.out.printf("imported %s as patient %s (cartridge %d): %d frames, %d CellSearch events (%d assigned), %d cells%n",
                    c.folder(), c.patientCode(), c.cartridgeId(), c.frames(), c.events(), c.assignedEvents(), c.cells());
            for (String w : c.warnings()) {
                ctx.out.println("  warning: " + w);
            }
        }
        String note = embeddingNote(report, findsCells);
        if (report.embedding() != null) {
            ctx.out.printf("embedded %d cells with %s (model version %d)%n", report.embedding().cells(),
                    report.embedding().encoder(), report.embedding().modelVersionId());
        } else if (note != null) {
            ctx.out.println("note: " + note);
        }
        ctx.out.printf("done in %.1f s%n", report.seconds());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("project", project.toAbsolutePath().toString());
            m.put("cartridges", report.cartridges());
            m.put("embedding", report.embedding());
            if (note != null) {
                m.put("embedding_note", note);
            }
            m.put("seconds", report.seconds());
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }

    private ImportReport importThumbnails(Project p, CellEncoder enc, ConsoleProgress progress) {
        List<ImportReport.Imported> all = new ArrayList<>();
        double seconds = 0;
        ImportReport.Embedding embedded = null;
        for (Path f : folders) {
            ImportReport r = ThumbnailImport.run(p, f, channels != null ? channels
                    : List.of("DAPI", "FITC", "CK", "CD45"), folders.size() == 1 ? patient : null, enc, progress);
            all.addAll(r.cartridges());
            seconds += r.seconds();
            if (r.embedding() != null) {
                embedded = new ImportReport.Embedding(r.embedding().encoder(), r.embedding().modelVersionId(),
                        r.embedding().cells() + (embedded == null ? 0 : embedded.cells()));
            }
        }
        return new ImportReport(all, seconds, embedded);
    }

    /** Why the new cells were not embedded and what to do, or null when they were (or there are none). */
    private String embeddingNote(ImportReport report, boolean findsCells) {
        if (report.embedding() != null || !findsCells || report.cartridges().stream().allMatch(c -> c.cells() == 0)) {
            return null;
        }
        String later = "run 'ctc embed --project " + project + "' to embed them";
        return noEmbed ? "cells were not embedded (--no-embed); " + later
                : "cells were not embedded: " + Encoders.NONE_INSTALLED + ". Fix: put the encoder in "
                        + "models/encoder-<name>/ or pass --encoder DIR, then " + later;
    }

    static int[] parseGrid(String text) {
        String[] parts = text.toLowerCase(java.util.Locale.ROOT).split("x");
        try {
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(new ImportCommand()),
                "--grid wants ROWSxCOLS, e.g. 5x35, not '" + text + "'");
    }
}
