package org.ctcreview.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ctcreview.pipeline.SegmentationEvaluation;
import org.ctcreview.segment.Segmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "segment-eval", mixinStandardHelpOptions = true,
        description = "Segment a folder of images and score against integer instance masks of the same names: "
                + "AP = TP/(TP+FP+FN) at IoU 0.5 and 0.7 (StarDist paper), precision, recall, object counts.")
final class SegmentEvalCommand extends BaseCommand {
    @Option(names = "--images", required = true, description = "folder of images (TIFF/PNG)")
    Path images;

    @Option(names = "--masks", required = true, description = "folder of label masks with the same file names")
    Path masks;

    @Option(names = "--segmenter", defaultValue = "stardist", description = "stardist or classic (default stardist)")
    String segmenter;

    @Option(names = "--model", description = "StarDist model folder (default: the newest models/stardist-*)")
    Path model;

    @Option(names = "--page", defaultValue = "1", description = "page of multipage images to segment (1-based)")
    int page;

    @Override
    int run(ConsoleProgress progress) {
        SegmentationEvaluation.Result r;
        try (Segmenter s = Segmenters.create(segmenter, model)) {
            r = SegmentationEvaluation.run(s, images, masks, page, progress);
        }
        progress.finish();
        ctx.out.printf(Locale.ROOT, "%s on %d images: AP@0.5 %.3f, AP@0.7 %.3f, precision %.3f, recall %.3f, "
                        + "%d true, %d predicted, %.2f s segmenting%n", r.segmenter(), r.images(), r.at50().ap(),
                r.at70().ap(), r.at50().precision(), r.at50().recall(), r.at50().nTrue(), r.at50().nPred(), r.seconds());
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ap50", r.at50().ap());
            m.put("ap70", r.at70().ap());
            m.put("precision", r.at50().precision());
            m.put("recall", r.at50().recall());
            m.put("n_true", r.at50().nTrue());
            m.put("n_pred", r.at50().nPred());
            m.put("segmenter", r.segmenter());
            m.put("images", r.images());
            m.put("seconds", r.seconds());
            ctx.printJson(m);
        }
        return ExitCodes.OK;
    }
}
